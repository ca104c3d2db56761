package org.ssbfem.post.vtk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ssbfem.mesh.CellType;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.mesh.io.MshReader;

/**
 * Files read back by VTK's own XML reader (the one ParaView uses): array names and sizes, cell
 * counts, volumes, and no inverted cell. The bent second-order grids have curved cells, so a wrong
 * node order would show as inverted pieces and a wrong volume.
 */
class VtuParaViewTest {
    /** Area of the bent interface sheet x = 1/2 + B sin(pi y), 0 &lt; y, z &lt; 1, to O(B^4). */
    private static final double SHEET_AREA = 1 + Math.pow(Math.PI * TestGrids.BEND, 2) / 4;

    @TempDir
    Path dir;

    @BeforeAll
    static void needsVtk() {
        VtkPythonCheck.assumeAvailable();
    }

    private static VtkPythonCheck.Result checked(Path file, Map<String, Integer> point, Map<String, Integer> cell)
            throws IOException {
        VtkPythonCheck.Result r = VtkPythonCheck.check(file, point, cell);
        assertTrue(r.ok(), r.output());
        assertEquals(0, r.negativeCells(), r.output());
        assertTrue(r.minSubcellSize() > 0, r.output());
        return r;
    }

    @ParameterizedTest(name = "dim {0}, order {1}, ascii {2}")
    @CsvSource({"3, 1, false", "3, 2, false", "3, 2, true", "2, 1, false", "2, 2, false", "2, 2, true"})
    void wholeMeshReadsWithPositiveCells(int dim, int order, boolean ascii) throws IOException {
        Mesh m = dim == 3 ? TestGrids.box(2, order) : TestGrids.square(4, order);
        double[] phi = new double[m.nodeCount()];
        double[] q = new double[m.cellCount()];
        Path f = dir.resolve("m.vtu");
        VtuWriter w = VtuWriter.of(m).pointData("phi_e_V", phi).pointVectors("i_e_A_per_m2", m.coords())
                .cellData("q_C", q).regionIds().time(1.5);
        (ascii ? w.ascii() : w).write(f);
        VtkPythonCheck.Result r = checked(f, Map.of("phi_e_V", 1, "i_e_A_per_m2", 3),
                Map.of("q_C", 1, "region", 1));
        assertEquals(m.nodeCount(), r.points());
        assertEquals(m.cellCount(), r.cells());
        assertEquals(1.0, r.totalSize(), 1e-12, "the shear keeps the unit volume / area");
        assertTrue(r.arrays("field").contains("TimeValue:1:1:1.5"), r.output());
        assertTrue(r.arrays("field").contains("region_cam:1:1:1.0"), r.output());
    }

    @Test
    void regionSubsetKeepsItsVolume() throws IOException {
        Mesh m = TestGrids.box(4, 2);
        Path f = dir.resolve("cam.vtu");
        VtuWriter.of(m).cells(m.cellsOf("cam")).pointData("c_mol_per_m3", new double[m.nodeCount()])
                .regionIds().write(f);
        VtkPythonCheck.Result r = checked(f, Map.of("c_mol_per_m3", 1), Map.of("region", 1));
        assertEquals(m.cellsOf("cam").length, r.cells());
        assertTrue(r.points() < m.nodeCount());
        assertEquals(0.5, r.totalSize(), 1e-12);
    }

    @ParameterizedTest(name = "order {0}")
    @CsvSource({"1", "2"})
    void interfaceSurfaceHasTheSheetArea(int order) throws IOException {
        Mesh m = TestGrids.box(4, order);
        int facets = m.facets("interface").count();
        Path f = dir.resolve("iface.vtu");
        VtuWriter.ofFacets(m, "interface").pointData("eta_V", new double[m.nodeCount()])
                .cellData("i_n_A_per_m2", new double[facets]).write(f);
        VtkPythonCheck.Result r = checked(f, Map.of("eta_V", 1), Map.of("i_n_A_per_m2", 1));
        assertEquals(facets, r.cells());
        assertEquals(SHEET_AREA, r.totalSize(), 0.1 * (SHEET_AREA - 1), "flat pieces through nodes on the sheet");
    }

    @Test
    void failingChecksAreReported() throws IOException {
        Mesh m = TestGrids.square(2, 1);
        Path f = dir.resolve("s.vtu");
        VtuWriter.of(m).pointData("a_V", new double[m.nodeCount()]).write(f);
        VtkPythonCheck.Result r = VtkPythonCheck.check(f, Map.of("b_V", 1, "a_V", 3), Map.of());
        assertEquals(1, r.exitCode(), r.output());
        assertTrue(r.output().contains("FAIL: point array b_V: got (components, tuples) None"), r.output());
        assertTrue(r.output().contains("FAIL: point array a_V: got (components, tuples) (1, 9)"), r.output());
    }

    /** The check is sensitive to the TET10 swap: feeding VTK's order in as Gmsh's fails it. */
    @Test
    void unswappedTet10NodesAreCaught() throws IOException {
        Mesh m = TestGrids.box(2, 2);
        int[] vtkOrder = m.cells().clone();
        for (int c = 0; c < m.cellCount(); c++) {
            vtkOrder[10 * c + 8] = m.cellNode(c, 9);
            vtkOrder[10 * c + 9] = m.cellNode(c, 8);
        }
        Path f = dir.resolve("wrong.vtu");
        VtuWriter.of(m.coords(), CellType.TET10, vtkOrder).write(f);
        VtkPythonCheck.Result r = VtkPythonCheck.check(f, Map.of(), Map.of());
        assertEquals(1, r.exitCode(), r.output());
        assertEquals(m.cellCount(), r.negativeCells(), r.output());
    }

    /**
     * A curved second-order mesh made by the gmsh program (box with a spherical particle). Gmsh's
     * curving can invert a few elements next to the sphere and says so in its log ("Volume mesh:
     * worst distortion = ... (... N elements with jac. &lt; 0)"); VTK must find exactly those N
     * inverted cells in our file, and the pieces must still fill the unit box.
     */
    @Test
    void gmshSphereMeshAgreesWithGmshOnInvertedCells() throws Exception {
        Path geo = dir.resolve("s.geo");
        Files.writeString(geo, """
                SetFactory("OpenCASCADE");
                Box(1) = {0, 0, 0, 1, 1, 1};
                Sphere(2) = {0.5, 0.5, 0.5, 0.3};
                BooleanFragments{ Volume{1}; Delete; }{ Volume{2}; Delete; }
                Physical Volume("cam") = {2};
                Physical Volume("se") = {3};
                Physical Surface("interface") = Boundary{ Volume{2}; };
                Mesh.MeshSizeMax = 0.2;
                """);
        Path msh = dir.resolve("s.msh");
        String log = gmsh(geo.toString(), "-3", "-order", "2", "-o", msh.toString());
        Matcher inverted = Pattern.compile("Volume mesh: worst distortion = \\S+ \\(avg = \\S+, (\\d+) elements with jac")
                .matcher(log);
        int gmshInverted = inverted.find() ? Integer.parseInt(inverted.group(1)) : 0;
        Mesh m = MshReader.read(msh);
        Path f = dir.resolve("s.vtu");
        VtuWriter.of(m).regionIds().write(f);
        VtkPythonCheck.Result r = VtkPythonCheck.check(f, Map.of(), Map.of("region", 1));
        assertEquals(gmshInverted, r.negativeCells(), log + r.output());
        assertEquals(1.0, r.totalSize(), 1e-9, "flat box faces: the pieces fill the unit box");
        Path s = dir.resolve("sphere.vtu");
        VtuWriter.ofFacets(m, "interface").write(s);
        VtkPythonCheck.Result area = checked(s, Map.of(), Map.of());
        assertEquals(4 * Math.PI * 0.09, area.totalSize(), 0.02 * 4 * Math.PI * 0.09);
    }

    private static String gmsh(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("gmsh"));
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("the gmsh program is not installed: " + e.getMessage());
            throw e;
        }
        String log = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), log);
        return log;
    }
}
