package org.ssbfem.mesh.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ssbfem.mesh.CellType;
import org.ssbfem.mesh.Mesh;

/** Files written by the gmsh program read correctly, and files we write are accepted by gmsh. */
class MshGmshTest {
    /** A unit box (read as micrometres) with a sphere of radius 0.3 at its centre. */
    static final String BOX_WITH_SPHERE = """
            SetFactory("OpenCASCADE");
            Box(1) = {0, 0, 0, 1, 1, 1};
            Sphere(2) = {0.5, 0.5, 0.5, 0.3};
            BooleanFragments{ Volume{1}; Delete; }{ Volume{2}; Delete; }
            e = 1e-6;
            cam() = Volume In BoundingBox{0.2 - e, 0.2 - e, 0.2 - e, 0.8 + e, 0.8 + e, 0.8 + e};
            se() = Volume{:};
            se() -= cam();
            Physical Volume("se") = {se()};
            Physical Volume("cam") = {cam()};
            Physical Surface("anode") = Surface In BoundingBox{-e, -e, -e, e, 1 + e, 1 + e};
            Physical Surface("current_collector") = Surface In BoundingBox{1 - e, -e, -e, 1 + e, 1 + e, 1 + e};
            Physical Surface("interface") = Boundary{ Volume{cam()}; };
            Physical Surface("sphere") = Boundary{ Volume{cam()}; };
            Mesh.MeshSizeMax = 0.2;
            """;
    private static final double UM = 1e-6;
    private static final double R_M = 0.3 * UM;

    @TempDir
    static Path dir;
    private static Path geo;

    @BeforeAll
    static void writeGeo() throws IOException {
        GmshCli.assumeAvailable();
        geo = dir.resolve("box_sphere.geo");
        Files.writeString(geo, BOX_WITH_SPHERE);
    }

    @ParameterizedTest(name = "order {0}")
    @ValueSource(ints = {1, 2})
    void readsAllFourGmshFormatsAlike(int order) throws IOException {
        Mesh reference = null;
        for (String format : List.of("msh41", "msh41 -bin", "msh22", "msh22 -bin")) {
            Path file = dir.resolve("o" + order + "_" + format.replace(" -", "_") + ".msh");
            String[] options = ("-format " + format).split(" ");
            GmshCli.mesh3d(geo, file, order, options);
            Mesh mesh = MshReader.read(file, UM);
            checkBoxWithSphere(mesh, order);
            if (reference == null) {
                reference = mesh;
            } else {
                // Gmsh's ASCII files have 16 significant digits, its binary ones all 17
                MshRoundTripTest.assertSame(reference, mesh, 1e-15 * UM);
            }
        }
    }

    private static void checkBoxWithSphere(Mesh mesh, int order) {
        assertEquals(CellType.simplex(3, order), mesh.cellType());
        assertEquals(List.of("se", "cam"), mesh.regionNames());
        assertEquals(List.of("anode", "current_collector", "interface", "sphere"),
                List.copyOf(mesh.facetGroups().keySet()));
        assertArrayEquals(mesh.facets("interface").nodes(), mesh.facets("sphere").nodes(),
                "a surface in two physical groups appears in both");
        assertArrayEquals(new double[] {0, 0, 0, UM, UM, UM}, mesh.boundingBox(), 1e-21);
        assertTrue(MeshMeasures.minMeasure(mesh) > 0, "Gmsh's node order gives positive volumes");
        double total = MeshMeasures.regionMeasure(mesh, "se") + MeshMeasures.regionMeasure(mesh, "cam");
        assertEquals(UM * UM * UM, total, 1e-12 * UM * UM * UM);
        double sphereVolume = 4.0 / 3 * Math.PI * R_M * R_M * R_M;
        double camVolume = MeshMeasures.regionMeasure(mesh, "cam");
        assertTrue(camVolume < sphereVolume && camVolume > 0.8 * sphereVolume,
                "corners span a polyhedron inscribed in the sphere: " + camVolume / sphereVolume);
        double sphereArea = 4 * Math.PI * R_M * R_M;
        double area = MeshMeasures.facetArea(mesh, mesh.facets("interface"));
        assertTrue(area < sphereArea && area > 0.8 * sphereArea, "inscribed: " + area / sphereArea);
        assertOnSphere(mesh, mesh.facets("interface").nodes());
        assertEquals(UM * UM, MeshMeasures.facetArea(mesh, mesh.facets("anode")), 1e-12 * UM * UM);
        assertEquals(mesh.facets("anode").count(), mesh.facets("current_collector").count(), 20);
        assertAllNodesUsed(mesh);
    }

    /** Every node of the interface (corners and, at order 2, edge nodes) lies on the sphere. */
    private static void assertOnSphere(Mesh mesh, int[] nodes) {
        for (int n : nodes) {
            double r = Math.sqrt(sq(mesh.coord(n, 0) - UM / 2) + sq(mesh.coord(n, 1) - UM / 2)
                    + sq(mesh.coord(n, 2) - UM / 2));
            assertEquals(R_M, r, 1e-6 * R_M, "node " + n);
        }
    }

    private static double sq(double v) {
        return v * v;
    }

    private static void assertAllNodesUsed(Mesh mesh) {
        boolean[] used = new boolean[mesh.nodeCount()];
        for (int n : mesh.cells()) {
            used[n] = true;
        }
        for (int n = 0; n < used.length; n++) {
            assertTrue(used[n], "node " + n + " is on no cell");
        }
    }

    @ParameterizedTest(name = "dim {0}")
    @ValueSource(ints = {2, 3})
    void gmshAcceptsWrittenFilesAndWritesThemBackAlike(int dim) throws IOException {
        Mesh mesh = dim == 3 ? TestMeshes.box(2, 0.5, 2) : TestMeshes.square(4, 0.5, 2);
        Path ours = dir.resolve("ours" + dim + ".msh");
        MshWriter.write(mesh, ours);
        GmshCli.Result check = GmshCli.run(List.of(ours.toString(), "-check"));
        assertEquals(0, check.exitCode(), check.output());
        assertFalse(check.output().contains("Error"), check.output());
        assertTrue(check.output().contains(mesh.nodeCount() + " nodes"), check.output());
        Path resaved = dir.resolve("resaved" + dim + ".msh");
        GmshCli.Result save = GmshCli.run(List.of(ours.toString(), "-0", "-o", resaved.toString()));
        assertEquals(0, save.exitCode(), save.output());
        Mesh back = MshReader.read(resaved);
        assertEquals(mesh.regionNames(), back.regionNames());
        assertEquals(mesh.facetGroups().keySet(), back.facetGroups().keySet());
        assertEquals(mesh.nodeCount(), back.nodeCount());
        assertEquals(mesh.cellCount(), back.cellCount());
        assertArrayEquals(mesh.coords(), back.coords(), "gmsh keeps node tags and coordinates");
        for (String region : mesh.regionNames()) {
            assertEquals(MeshMeasures.regionMeasure(mesh, region), MeshMeasures.regionMeasure(back, region), 1e-15);
        }
    }

    @Test
    void regionsFromTwoDimensionalGmshMesh() throws IOException {
        Path geo2 = dir.resolve("square.geo");
        Files.writeString(geo2, """
                SetFactory("OpenCASCADE");
                Rectangle(1) = {0, 0, 0, 1, 1};
                Disk(2) = {0.5, 0.5, 0, 0.25};
                BooleanFragments{ Surface{1}; Delete; }{ Surface{2}; Delete; }
                Physical Surface("se") = {3};
                Physical Surface("cam") = {2};
                Physical Curve("interface") = Boundary{ Surface{2}; };
                Mesh.MeshSizeMax = 0.2;
                """);
        Path file = dir.resolve("square.msh");
        GmshCli.Result r = GmshCli.run(List.of(geo2.toString(), "-2", "-order", "2", "-o", file.toString()));
        assertEquals(0, r.exitCode(), r.output());
        Mesh mesh = MshReader.read(file);
        assertEquals(CellType.TRI6, mesh.cellType());
        assertEquals(CellType.LINE3, mesh.facets("interface").type());
        assertTrue(MeshMeasures.minMeasure(mesh) > 0, "Gmsh triangles are counter-clockwise");
        assertEquals(1.0, MeshMeasures.regionMeasure(mesh, "se") + MeshMeasures.regionMeasure(mesh, "cam"), 1e-12);
        assertEquals(Math.PI * 0.0625, MeshMeasures.regionMeasure(mesh, "cam"), 0.03);
    }
}
