/**
 * {@code study: conductivity}: effective conductivities and tortuosity factors by steady conduction
 * on the resolved microstructure (MODEL.md section 7).
 *
 * <pre>
 *   MeshMeasures m = MeshMeasures.of(mesh);                          // box, cell volumes
 *   ConductivitySettings s = ConductivitySettings.of(Transport.IONIC, Conductivities.defaults())
 *           .withDirections(Axis.X, Axis.Y);
 *   TransportResult r = ConductivitySolver.solve(m, Transport.IONIC, s);
 *   double sigmaEff = r.directions().get(0).sigmaEffSPerM();        // S/m
 *   double kappa = r.tortuosity(r.directions().get(0)).getAsDouble();
 * </pre>
 *
 * <p>Per transport: one space on the conducting regions ({@link
 * org.ssbfem.solver.study.conductivity.Transport}), one assembly of the stiffness matrix in RCM
 * order ({@link org.ssbfem.solver.study.conductivity.ConductionSystem}), its clusters ({@link
 * org.ssbfem.solver.study.conductivity.Clusters}). Per direction: the plates found geometrically
 * ({@link org.ssbfem.solver.study.conductivity.Plates}), isolated clusters fixed to 0, symmetric
 * elimination of the fixed dofs in place ({@link
 * org.ssbfem.solver.study.conductivity.DirichletElimination}), one CG solve, the matrix restored,
 * the plate currents as reactions of the restored matrix, and the power and cell current densities
 * by quadrature ({@link org.ssbfem.solver.study.conductivity.CurrentField}).
 *
 * <p>Effective conductivity {@code sigma_eff = I L / (A V)} with I the mean of the two plate
 * currents, L and A the box length and cross-section; the energy value {@code P L / (A V^2)} with
 * P the dissipated power. For a Galerkin solution the two agree to the solver tolerance
 * ({@code u^T K u = sum over plate dofs of g_i (K u)_i} when the free rows of {@code K u} vanish),
 * so their difference checks the solve and the two independent computations, not the mesh; both
 * are upper bounds of the exact value (Dirichlet principle), which refinement approaches from above.
 */
package org.ssbfem.solver.study.conductivity;
