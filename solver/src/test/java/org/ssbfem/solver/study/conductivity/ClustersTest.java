package org.ssbfem.solver.study.conductivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.space.FunctionSpace;
import org.ssbfem.solver.verify.UnitMesh;

/**
 * Electronic conduction in x through three CAM pieces in an SE cube (8^3 cubes of 1/8): a bar
 * {@code y < 1/4} from x = 0 to 1 (spanning), a block {@code 3/8 < x < 5/8, y > 1/2} (touches no
 * plate: isolated, and singular if it were not excluded), and a block {@code x < 1/4, y > 1/2}
 * (touches x = 0 only: dead end). Only the bar conducts, so sigma_eff = sigma_cam * 1/4 exactly.
 */
class ClustersTest {
    private static final Conductivities SIGMA = new Conductivities(1.0, 0.02, 1.0);

    private static Mesh pieces(boolean withBar) {
        return UnitMesh.cube(8).regions(List.of("se", "cam"), c -> {
            boolean bar = withBar && c[1] < 0.25;
            boolean island = c[0] > 0.375 && c[0] < 0.625 && c[1] > 0.5;
            boolean deadEnd = c[0] < 0.25 && c[1] > 0.5;
            return bar || island || deadEnd ? 1 : 0;
        }).build();
    }

    @Test
    void isolatedClusterIsExcludedAndDeadEndFloats() {
        MeshMeasures m = MeshMeasures.of(pieces(true));
        ConductivitySettings s = ConductivitySettings.of(Transport.ELECTRONIC, SIGMA);
        TransportResult t = ConductivitySolver.solve(m, Transport.ELECTRONIC, s);
        DirectionResult r = t.directions().get(0);
        assertNull(r.reason());
        assertEquals(0.25 * SIGMA.camSPerM(), r.sigmaEffSPerM(), 1e-9 * SIGMA.camSPerM());
        assertEquals(0.125, r.clusters().volume(Clusters.Kind.ISOLATED), 1e-12);
        assertEquals(0.125, r.clusters().volume(Clusters.Kind.DEAD_END), 1e-12);
        assertEquals(0.25, r.clusters().volume(Clusters.Kind.SPANNING), 1e-12);
        assertEquals(1, r.clusters().count(Clusters.Kind.ISOLATED));
        assertTrue(r.imbalance() < 1e-9, "imbalance " + r.imbalance());
        double[] deadEnd = cellValues(t, r, 0.1, 0.9);
        assertEquals(0.0, deadEnd[0], 1e-9, "the dead end floats at the low plate's potential");
        assertEquals(0.0, deadEnd[1], 1e-9, "and carries no current");
    }

    @Test
    void phaseThatSpansNothingGivesZeroWithReason() {
        MeshMeasures m = MeshMeasures.of(pieces(false));
        ConductivitySettings s = ConductivitySettings.of(Transport.ELECTRONIC, SIGMA);
        DirectionResult r = ConductivitySolver.solve(m, Transport.ELECTRONIC, s).directions().get(0);
        assertEquals(0.0, r.sigmaEffSPerM());
        assertTrue(r.reason().contains("1 clusters touch one plane, 1 neither"), r.reason());
        assertEquals(0.0, r.currentA(), 1e-15);
    }

    @Test
    void missingRegionGivesReasonNotFailure() {
        Mesh seOnly = UnitMesh.cube(2).regions(List.of("se"), c -> 0).build();
        TransportResult r = ConductivitySolver.solve(MeshMeasures.of(seOnly), Transport.ELECTRONIC,
                ConductivitySettings.of(Transport.ELECTRONIC, SIGMA));
        assertTrue(r.reason().contains("no region cam or cbd"), r.reason());
        assertTrue(r.directions().isEmpty());
    }

    /** Potential (V) and |current density| (A/m^2) of the first CAM cell whose centroid is near (x, y). */
    private static double[] cellValues(TransportResult t, DirectionResult r, double x, double y) {
        FunctionSpace space = t.space();
        Mesh mesh = space.mesh();
        for (int c : space.cells()) {
            double cx = 0;
            double cy = 0;
            for (int k = 0; k < 4; k++) {
                cx += mesh.coord(mesh.cellNode(c, k), 0) / 4;
                cy += mesh.coord(mesh.cellNode(c, k), 1) / 4;
            }
            if (Math.abs(cx - x) < 0.07 && Math.abs(cy - y) < 0.07) {
                double[] i = r.field().cellAverage();
                return new double[] {r.potentialV()[space.cellDof(c, 0)],
                    Math.sqrt(i[3 * c] * i[3 * c] + i[3 * c + 1] * i[3 * c + 1] + i[3 * c + 2] * i[3 * c + 2])};
            }
        }
        throw new IllegalStateException("no CAM cell near " + x + ", " + y);
    }
}
