/**
 * Particle microstructures of composite cathodes: spheres of CAM, pores (void) and carbon/binder
 * (CBD) in a solid-electrolyte matrix, ready for the Gmsh/OpenCASCADE mesher.
 *
 * <h2>Sources</h2>
 * <ul>
 *   <li>{@link org.ssbfem.mesh.micro.PackingGenerator}: random packings from a
 *       {@link org.ssbfem.mesh.micro.PackingSpec}. Densification by a force-biased algorithm
 *       (Mościński et al. 1989; Bezrukov, Bargieł and Stoyan 2002) adapted to fixed radii
 *       ({@link org.ssbfem.mesh.micro.ForceBiasedRelaxer}), then projection onto the contact rule
 *       ({@link org.ssbfem.mesh.micro.ContactProjector}), with a cell list for neighbour search
 *       (O(N) per sweep). It reaches 40 to 75 vol% with hundreds to a few thousand particles in
 *       seconds, where random sequential addition jams near 38 %. Deterministic for a seed.</li>
 *   <li>{@link org.ssbfem.mesh.micro.DemCsvReader} (CSV with unit-suffixed columns) and
 *       {@link org.ssbfem.mesh.micro.LammpsDumpReader} (LIGGGHTS/LAMMPS text dumps), followed by
 *       {@link org.ssbfem.mesh.micro.TangencyCheck}, which refuses or fixes near-tangencies.</li>
 * </ul>
 *
 * <h2>Boolean safety</h2>
 * No two surfaces are near-tangent: every pair is either at least {@code min_gap} (times the
 * smaller radius) apart or, for touching particles of the same phase under the OVERLAP rule,
 * overlapping by at least {@code min_overlap}; every particle crosses a box face by at least
 * {@code min_gap} of its radius or stays that far from it; no particle crosses the separator plane
 * ({@link org.ssbfem.mesh.micro.ContactRule}).
 *
 * <h2>Volume fractions</h2>
 * {@link org.ssbfem.mesh.micro.PhaseVolumes} measures the union of each phase's spheres cut by a
 * box: exact spherical caps where one plane cuts, exact disc-rectangle slices integrated along x
 * where several do, and pairwise lens volumes for overlaps (exact inside the box, integrated where a
 * lens crosses a face); triple overlaps are neglected. The tests check it against closed forms and
 * a Monte Carlo estimate. {@link org.ssbfem.mesh.micro.PackingStats} reports what a user should see
 * before meshing.
 *
 * <p>All lengths are in metres inside the code; case-file keys are in micrometres
 * ({@code microstructure.box_um}, {@code microstructure.cam_radius_um.mean}, ...).
 */
package org.ssbfem.mesh.micro;
