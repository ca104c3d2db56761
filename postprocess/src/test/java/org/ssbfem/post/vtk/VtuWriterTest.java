package org.ssbfem.post.vtk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssbfem.mesh.CellType;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.Mesh;

/** The file layout, checked by decoding it in Java (VtuParaViewTest checks it with VTK). */
class VtuWriterTest {
    @TempDir
    Path dir;

    private static double[] nodeField(Mesh m) {
        double[] v = new double[m.nodeCount()];
        for (int n = 0; n < v.length; n++) {
            v[n] = m.coord(n, 0) + 10 * m.coord(n, 1) + 100 * m.coord(n, 2);
        }
        return v;
    }

    @Test
    void appendedBlocksMatchTheHeaderAndSwapTet10Nodes() throws IOException {
        Mesh m = TestGrids.box(2, 2);
        Path f = dir.resolve("box.vtu");
        VtuWriter.of(m).pointData("phi_V", nodeField(m)).regionIds().write(f);
        VtuDecoder d = new VtuDecoder(f);
        assertEquals(m.nodeCount(), d.points);
        assertEquals(m.cellCount(), d.cells);
        assertTrue(d.header.contains("header_type=\"UInt64\""), d.header);
        assertTrue(d.header.contains("<DataArray type=\"Int32\" Name=\"region_cam\" NumberOfTuples=\"1\" format=\"ascii\">1<"));
        assertArrayEquals(m.coords(), d.float64("Points"));
        assertArrayEquals(nodeField(m), d.float64("phi_V"));
        long[] conn = d.integers("connectivity");
        assertEquals(10L * m.cellCount(), conn.length);
        for (int c = 0; c < m.cellCount(); c++) {
            for (int k = 0; k < 8; k++) {
                assertEquals(m.cellNode(c, k), conn[10 * c + k]);
            }
            assertEquals(m.cellNode(c, 9), conn[10 * c + 8], "VTK node 8 is Gmsh node 9 (edge 1-3)");
            assertEquals(m.cellNode(c, 8), conn[10 * c + 9], "VTK node 9 is Gmsh node 8 (edge 2-3)");
        }
        assertEquals(10L * m.cellCount(), d.integers("offsets")[m.cellCount() - 1]);
        for (long t : d.integers("types")) {
            assertEquals(CellType.TET10.vtkType(), t);
        }
        long[] region = d.integers("region");
        for (int c = 0; c < m.cellCount(); c++) {
            assertEquals(m.cellRegions()[c], region[c]);
        }
        assertTrue(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1).endsWith("</AppendedData>\n</VTKFile>\n"));
    }

    @Test
    void subsetWritesOnlyItsPointsAndMapsNodeData() throws IOException {
        Mesh m = TestGrids.box(2, 1);
        int[] cam = m.cellsOf("cam");
        double[] field = nodeField(m);
        double[] perCell = new double[m.cellCount()];
        for (int c = 0; c < perCell.length; c++) {
            perCell[c] = 0.5 * c;
        }
        Path f = dir.resolve("cam.vtu");
        VtuWriter.of(m).cells(cam).pointData("phi_V", field).cellData("q_A", perCell).write(f);
        VtuDecoder d = new VtuDecoder(f);
        assertEquals(cam.length, d.cells);
        assertEquals(18, d.points, "a 2x2x2 grid has 3x3x2 nodes at x >= 1/2");
        double[] xyz = d.float64("Points");
        double[] phi = d.float64("phi_V");
        for (int p = 0; p < d.points; p++) {
            double unbentX = xyz[3 * p] - TestGrids.BEND * Math.sin(Math.PI * xyz[3 * p + 1]);
            assertTrue(unbentX > 0.5 - 1e-12, "point " + p + " is not on a cam cell");
            assertEquals(xyz[3 * p] + 10 * xyz[3 * p + 1] + 100 * xyz[3 * p + 2], phi[p], 1e-12);
        }
        double[] q = d.float64("q_A");
        for (int i = 0; i < cam.length; i++) {
            assertEquals(0.5 * cam[i], q[i]);
        }
        long[] conn = d.integers("connectivity");
        for (int i = 0; i < cam.length; i++) {
            for (int k = 0; k < 4; k++) {
                int node = m.cellNode(cam[i], k);
                assertEquals(m.coord(node, 1), xyz[3 * (int) conn[4 * i + k] + 1]);
            }
        }
    }

    @Test
    void dataPerWrittenEntityIsTakenAsIs() throws IOException {
        Mesh m = TestGrids.square(2, 1);
        int[] se = m.cellsOf("se");
        Path f = dir.resolve("se.vtu");
        double[] perPoint = new double[6];
        java.util.Arrays.fill(perPoint, 7);
        VtuWriter.of(m).cells(se).pointData("p_Pa", perPoint).cellData("k", new int[se.length]).write(f);
        VtuDecoder d = new VtuDecoder(f);
        assertEquals(6, d.points);
        assertArrayEquals(perPoint, d.float64("p_Pa"));
    }

    @Test
    void facetGroupAsSurface() throws IOException {
        Mesh m = TestGrids.box(2, 2);
        Path f = dir.resolve("iface.vtu");
        int facets = m.facets("interface").count();
        VtuWriter.ofFacets(m, "interface").pointData("eta_V", nodeField(m))
                .cellData("i_n_A_per_m2", new double[facets]).write(f);
        VtuDecoder d = new VtuDecoder(f);
        assertEquals(facets, d.cells);
        assertEquals(8, facets, "2x2 squares, two triangles each");
        assertEquals(25, d.points, "5x5 nodes of the P2 interface");
        assertEquals(CellType.TRI6.vtkType(), d.integers("types")[0]);
        assertThrows(InputError.class, () -> VtuWriter.ofFacets(m, "anode"));
    }

    @Test
    void asciiModeWritesReadableText() throws IOException {
        Mesh m = TestGrids.square(2, 1);
        Path f = dir.resolve("a.vtu");
        VtuWriter.of(m).ascii().pointVectors("u_m", m.coords()).time(2.5).write(f);
        String text = Files.readString(f);
        assertFalse(text.contains("AppendedData"));
        assertTrue(text.contains("Name=\"u_m\" NumberOfComponents=\"3\" format=\"ascii\""), text);
        assertTrue(text.contains("Name=\"TimeValue\" NumberOfTuples=\"1\" format=\"ascii\">2.5<"), text);
        assertTrue(text.contains("\n5 5 5 5 5 5 5 5 \n"), "8 triangles of VTK type 5");
    }

    @Test
    void programmingMistakesAreRefused() {
        Mesh m = TestGrids.square(2, 1);
        VtuWriter w = VtuWriter.of(m).pointData("a", new double[m.nodeCount()]);
        assertThrows(IllegalArgumentException.class, () -> w.pointData("a", new double[m.nodeCount()]));
        assertThrows(IllegalArgumentException.class, () -> w.cellData("bad\"name", new int[m.cellCount()]));
        assertThrows(IllegalArgumentException.class, () -> w.pointVectors("v", new double[4]));
        assertThrows(IllegalArgumentException.class, () -> w.cells(new int[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> w.cells(new int[] {m.cellCount()}));
        VtuWriter wrongLength = VtuWriter.of(m).cellData("c", new double[3]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> wrongLength.write(dir.resolve("x.vtu")));
        assertTrue(e.getMessage().contains("array c has 3 tuples"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("x.vtu")));
        assertThrows(IllegalStateException.class, () -> VtuWriter.ofFacets(m, "interface").regionIds());
    }
}
