package org.ssbfem.mesh.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.CellType;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.mesh.micro.Microstructure;

class TwoDimensionalMeshTest {
    private static final Microstructure M = TestStructures.rect2d();
    private static final List<String> GROUPS = List.of("anode", "current_collector", "se_current_collector",
            "interface", "cam_cbd", "cbd_se", "void_surface", "y_min", "y_max");

    @Test
    void rectangleWithDiscsGivesNamedTriangleMeshes() {
        for (int order = 1; order <= 2; order++) {
            MeshResult r = MicrostructureMesher.mesh(M, MeshOptions.of(1.5e-6, 0.5e-6, order));
            Mesh m = r.mesh();
            assertEquals(CellType.simplex(2, order), m.cellType());
            assertEquals(List.of("se", "cam", "cbd"), m.regionNames());
            assertEquals(GROUPS, List.copyOf(m.facetGroups().keySet()));
            assertEquals(CellType.simplex(1, order), m.facets("interface").type());
            for (int n = 0; n < m.nodeCount(); n++) {
                assertEquals(0.0, m.coord(n, 2));
            }
            double areaSum = r.report().meshVolumeM3() + voidArea(M);
            assertEquals(M.boxVolume(), areaSum, (order == 1 ? 2e-3 : 2e-5) * M.boxVolume(), "order " + order);
            assertTrue(r.report().quality().minScaledJacobian() > 0, "order " + order);
            // the SE strip between the void disc and y = Ly is 0.5 um wide: squeezed but valid triangles
            assertTrue(r.report().quality().worstGamma() > 0.1, "order " + order + ": " + r.report().quality());
            assertEquals(M.lyM(), ReportBuilder.facetMeasure(m, m.facets("anode")), 1e-12);
        }
    }

    /** The void disc is whole: its area is exact. */
    private static double voidArea(Microstructure m) {
        return m.particles(org.ssbfem.mesh.micro.Phase.VOID).stream()
                .mapToDouble(p -> Math.PI * p.radiusM() * p.radiusM()).sum();
    }
}
