package org.ssbfem.mesh.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssbfem.mesh.CellType;
import org.ssbfem.mesh.FacetGroup;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.mesh.micro.Microstructure;
import org.ssbfem.mesh.micro.Particle;

/** Meshes {@link TestStructures#box3d()} once at order 1 and once at order 2 and checks both. */
class MicrostructureMesherTest {
    private static final Microstructure M = TestStructures.box3d();
    private static final MeshOptions OPTIONS = MeshOptions.of(3e-6, 1.2e-6, 1);
    private static MeshResult p1;
    private static MeshResult p2;
    private static MeshResult p2Straightened;
    private static Path mshFile;

    @TempDir
    static Path dir;

    @BeforeAll
    static void mesh() {
        mshFile = dir.resolve("box.msh");
        p1 = MicrostructureMesher.mesh(M, OPTIONS, mshFile);
        p2 = MicrostructureMesher.mesh(M, OPTIONS.withOrder(2).withGmshHighOrderOptimizer(true));
        p2Straightened = MicrostructureMesher.mesh(M, OPTIONS.withOrder(2));
    }

    @Test
    void regionsAndGroupsHaveTheModelNames() {
        for (MeshResult r : List.of(p1, p2)) {
            assertEquals(List.of("se", "cam", "cbd"), r.mesh().regionNames());
            assertEquals(List.of("anode", "current_collector", "se_current_collector", "interface", "cbd_se",
                    "void_surface", "y_min", "y_max", "z_min", "z_max"), List.copyOf(r.mesh().facetGroups().keySet()));
        }
        assertEquals(CellType.TET4, p1.mesh().cellType());
        assertEquals(CellType.TET10, p2.mesh().cellType());
        assertEquals(CellType.TRI6, p2.mesh().facets("interface").type());
    }

    @Test
    void boundaryFacetsLieOnTheirBoxFaces() {
        Mesh m = p2.mesh();
        assertOnPlane(m, "anode", 0, 0);
        assertOnPlane(m, "current_collector", 0, M.lxM());
        assertOnPlane(m, "se_current_collector", 0, M.lxM());
        assertOnPlane(m, "y_min", 1, 0);
        assertOnPlane(m, "y_max", 1, M.lyM());
        assertOnPlane(m, "z_min", 2, 0);
        assertOnPlane(m, "z_max", 2, M.lzM());
        // the collector faces: the disc of the CAM sphere cut by x = Lx (h = 1.5 um, r = 3 um)
        double disc = Math.PI * (9 - 2.25) * 1e-12;
        assertEquals(disc, ReportBuilder.facetMeasure(m, m.facets("current_collector")), 1e-3 * disc);
        double lateral = M.lxM() * M.lyM();
        assertEquals(lateral, ReportBuilder.facetMeasure(m, m.facets("z_min")), 1e-9 * lateral);
    }

    private static void assertOnPlane(Mesh m, String group, int axis, double value) {
        FacetGroup g = m.facets(group);
        assertTrue(g.count() > 0, group);
        for (int f = 0; f < g.count(); f++) {
            for (int k = 0; k < g.type().nodes(); k++) {
                assertEquals(value, m.coord(g.node(f, k), axis), 1e-12, group);
            }
        }
    }

    @Test
    void regionVolumesSumToTheBoxAndApproachTheExactVolumes() {
        double box = M.boxVolume();
        double voids = p1.report().analyticVoidVolumeM3().orElseThrow();
        double err1 = Math.abs(p1.report().meshVolumeM3() + voids - box) / box;
        double err2 = Math.abs(p2.report().meshVolumeM3() + voids - box) / box;
        assertTrue(err1 < 1e-3, "P1 total volume error " + err1);
        assertTrue(err2 < 2e-5, "P2 total volume error " + err2);
        for (String region : List.of("se", "cam", "cbd")) {
            double e1 = Math.abs(p1.report().volumes().get(region).relativeError().orElseThrow());
            double e2 = Math.abs(p2.report().volumes().get(region).relativeError().orElseThrow());
            assertTrue(e1 < chordBound(region), region + " P1 volume error " + e1 + " vs " + chordBound(region));
            assertTrue(e2 < 2e-3 && e2 < e1 / 10, region + " P2 volume error " + e2 + " vs P1 " + e1);
        }
    }

    /**
     * Expected size of the P1 volume error of a phase: flat facets of edge h on a sphere of radius
     * r sag by about h^2 / (8 r), which loses a fraction of about h^2 / (4 r^2) of its volume; taken
     * with the smallest radius of the phase (of all particles for SE) and a factor 1.5 of margin.
     */
    private static double chordBound(String region) {
        double r = M.particles().stream().filter(p -> region.equals("se") || p.phase().id().equals(region))
                .mapToDouble(Particle::radiusM).min().orElseThrow();
        double h = OPTIONS.minSizeM();
        return 1.5 * h * h / (4 * r * r);
    }

    @Test
    void curvedTetrahedraArePositiveAtEveryQuadraturePoint() {
        Mesh m = p2.mesh();
        Quadrature q = Quadrature.TETRAHEDRON;
        double min = Double.MAX_VALUE;
        for (int c = 0; c < m.cellCount(); c++) {
            double[] x = MeshQuality.cellCoords(m, c);
            for (int k = 0; k < q.size(); k++) {
                min = Math.min(min, MeshQuality.tet10DetJ(x, q.point(k, 0), q.point(k, 1), q.point(k, 2)));
            }
        }
        assertTrue(min > 0, "min detJ " + min);
        assertTrue(p2.report().quality().minScaledJacobian() > 0);
        assertTrue(p2.report().quality().worstGamma() > 0);
        assertEquals(0, p2.report().highOrder().straightenedCells());
    }

    @Test
    void theDefaultOrder2PathStraightensOnlyInvertedCells() {
        Mesh m = p2Straightened.mesh();
        MeshReport r = p2Straightened.report();
        assertTrue(MeshChecks.minScaledJacobian(m) > 0, "an inverted cell is left");
        assertTrue(r.highOrder().straightenedCells() < m.cellCount() / 100,
                r.highOrder().straightenedCells() + " of " + m.cellCount() + " cells straightened");
        double err = Math.abs(r.meshVolumeM3() + r.analyticVoidVolumeM3().orElseThrow() - M.boxVolume()) / M.boxVolume();
        assertTrue(err < 1e-4, "P2 total volume error " + err);
    }

    @Test
    void interfaceAreaMatchesTheSpheres() {
        double exact = p2.report().interfaceArea().analyticM2().orElseThrow();
        double e1 = Math.abs(p1.report().interfaceArea().meshM2() - exact) / exact;
        double e2 = Math.abs(p2.report().interfaceArea().meshM2() - exact) / exact;
        assertTrue(e1 < 0.06, "P1 interface area error " + e1);
        assertTrue(e2 < 2e-3, "P2 interface area error " + e2);
        assertEquals(p2.report().interfaceArea().meshM2() / M.boxVolume(), p2.report().interfaceArea().densityPerM(), 1e-9);
        Particle whole = M.particles().get(TestStructures.WHOLE_SPHERE);
        double sphere = 4 * Math.PI * whole.radiusM() * whole.radiusM();
        double measured = areaOnSphere(p2.mesh(), whole);
        assertEquals(sphere, measured, 2e-3 * sphere);
    }

    /** Area of the interface facets whose nodes all lie on the sphere of {@code p}. */
    private static double areaOnSphere(Mesh m, Particle p) {
        FacetGroup g = m.facets("interface");
        double sum = 0;
        for (int f = 0; f < g.count(); f++) {
            boolean on = true;
            for (int k = 0; k < g.type().nodes(); k++) {
                int n = g.node(f, k);
                double d = Math.sqrt(sq(m.coord(n, 0) - p.xM()) + sq(m.coord(n, 1) - p.yM()) + sq(m.coord(n, 2) - p.zM()));
                on &= Math.abs(d - p.radiusM()) < 0.02 * p.radiusM();
            }
            if (on) {
                sum += MeshQuality.facetMeasure(g.type(), MeshQuality.facetCoords(m, g, f));
            }
        }
        return sum;
    }

    private static double sq(double v) { return v * v; }

    @Test
    void reportCountsAndTimes() {
        MeshReport r = p1.report();
        assertEquals(p1.mesh().nodeCount(), r.nodes());
        assertEquals(p1.mesh().cellCount(), r.cells());
        assertEquals(p1.mesh().cellsOf("cam").length, r.cellsPerRegion().get("cam"));
        assertEquals(HighOrderStatus.NOT_APPLICABLE, r.highOrder().status());
        assertTrue(Set.of(HighOrderStatus.VALID_WITHOUT_OPTIMIZATION, HighOrderStatus.STRAIGHTENED, HighOrderStatus.OPTIMIZED, HighOrderStatus.KEPT_AFTER_FAILURE, HighOrderStatus.ELASTIC_FALLBACK)
                .contains(p2.report().highOrder().status()));
        assertTrue(r.times().generateSeconds() > 0 && p2.report().times().optimizeSeconds() > 0);
        assertTrue(r.gmshVersion().startsWith("4."), r.gmshVersion());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("cut by box faces")), r.notes().toString());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("overlap")), r.notes().toString());
    }

    @Test
    void gmshWritesTheMshFileWithPhysicalNames() throws Exception {
        String text = Files.readString(mshFile);
        assertTrue(text.startsWith("$MeshFormat"));
        assertTrue(text.contains("\"interface\"") && text.contains("\"cam\"") && text.contains("\"anode\""));
    }
}
