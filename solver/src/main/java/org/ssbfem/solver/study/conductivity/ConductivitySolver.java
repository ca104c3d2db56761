package org.ssbfem.solver.study.conductivity;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.linalg.LinearSolver;

/**
 * Effective conductivity of one transport on a mesh: {@code -div(sigma grad u) = 0} on the
 * transport's regions, {@code u = 0} on the low plate and {@code u = applied_V} on the high plate of
 * each direction ({@link Plates}), every other face insulating (also the faces towards
 * non-conducting regions). The matrix is assembled once per transport and reused by every
 * direction; clusters are found once per transport.
 *
 * <pre>
 *   MeshMeasures m = MeshMeasures.of(mesh);
 *   TransportResult r = ConductivitySolver.solve(m, Transport.IONIC, settings);
 *   double sigmaEff = r.directions().get(0).sigmaEffSPerM();
 * </pre>
 */
public final class ConductivitySolver {
    private ConductivitySolver() {
    }

    /**
     * Solves every direction of {@code settings} for {@code transport} ({@code settings.transports()}
     * is not consulted).
     *
     * @throws InputError for a direction the mesh does not have (z in 2D), P2 on a first-order mesh,
     *     or a composite region without a conductivity
     * @throws org.ssbfem.solver.linalg.SolverException when a solve does not converge
     */
    public static TransportResult solve(MeshMeasures m, Transport transport, ConductivitySettings settings) {
        Mesh mesh = m.mesh();
        checkDirections(mesh, settings.directions());
        List<String> regions = transport.regions(mesh);
        double eps = m.volume(regions) / m.boxVolume();
        OptionalDouble bulk = transport == Transport.COMPOSITE ? OptionalDouble.empty()
                : settings.sigma().common(regions);
        if (regions.isEmpty()) {
            return new TransportResult(transport, regions, null, 0.0, OptionalDouble.empty(), 0, 0, 0, List.of(),
                    "the mesh has no region " + String.join(" or ", transport.phases()) + " (regions: "
                            + mesh.regionNames() + ")");
        }
        ConductionSystem system = ConductionSystem.assemble(mesh, regions, settings.sigma(), settings.degree());
        Clusters clusters = Clusters.of(system.space());
        List<DirectionResult> out = new ArrayList<>();
        LinearSolver solver = settings.solver().create();
        try {
            for (Axis a : settings.directions()) {
                out.add(DirectionSolve.run(system, clusters, m, a, settings.appliedV(), solver));
            }
        } finally {
            SolverChoice.close(solver);
        }
        return new TransportResult(transport, regions, system.space(), eps, bulk, system.size(),
                system.patternSeconds(),
                system.assemblySeconds(), out, null);
    }

    private static void checkDirections(Mesh mesh, List<Axis> directions) {
        for (Axis a : directions) {
            if (a.index() >= mesh.dim()) {
                throw new InputError("conductivity.directions", "direction " + a.key() + " does not exist in a "
                        + mesh.dim() + "D mesh", "use x or y");
            }
        }
    }
}
