package org.ssbfem.mesh.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssbfem.mesh.CellType;
import org.ssbfem.mesh.FacetGroup;
import org.ssbfem.mesh.Mesh;

/**
 * Reads a ~630 MB ASCII MSH 4.1 file (2.0 million nodes, 11.7 million tetrahedra) and reports the
 * throughput. Run with {@code mvn -pl mesh test -Dssbfem.excludedGroups= -Dssbfem.groups=benchmark}.
 */
@Tag("benchmark")
class MshReaderBenchmark {
    private static final int CUBES = 125;
    private static final int[][] KUHN = {
        {0, 1, 3, 7}, {0, 5, 1, 7}, {0, 3, 2, 7}, {0, 2, 6, 7}, {0, 4, 5, 7}, {0, 6, 4, 7},
    };

    @TempDir
    Path dir;

    @Test
    void readsLargeAsciiMeshAtDiskSpeed() throws IOException {
        Mesh mesh = largeBox(CUBES);
        Path file = dir.resolve("large.msh");
        long t0 = System.nanoTime();
        MshWriter.write(mesh, file);
        double writeS = (System.nanoTime() - t0) * 1e-9;
        double mb = Files.size(file) / 1e6;
        System.out.printf("wrote %.0f MB in %.1f s (%.0f MB/s)%n", mb, writeS, mb / writeS);
        long t1 = System.nanoTime();
        Mesh back = MshReader.read(file);
        double readS = (System.nanoTime() - t1) * 1e-9;
        System.out.printf("read %.0f MB (%d nodes, %d cells) in %.1f s: %.0f MB/s%n",
                mb, back.nodeCount(), back.cellCount(), readS, mb / readS);
        assertEquals(mesh.nodeCount(), back.nodeCount());
        assertEquals(mesh.cellCount(), back.cellCount());
        assertEquals(mesh.cellNode(mesh.cellCount() - 1, 3), back.cellNode(back.cellCount() - 1, 3));
        assertEquals(mesh.facets("anode").count(), back.facets("anode").count());
        assertTrue(mb / readS > 10, "read far below disk speed: " + mb / readS + " MB/s");
    }

    /** Unit cube, n^3 cubes of six tetrahedra each; regions by x, anode triangles at x = 0. */
    private static Mesh largeBox(int n) {
        int m = n + 1;
        double[] xyz = new double[3 * m * m * m];
        for (int k = 0, p = 0; k < m; k++) {
            for (int j = 0; j < m; j++) {
                for (int i = 0; i < m; i++) {
                    xyz[p++] = (double) i / n;
                    xyz[p++] = (double) j / n;
                    xyz[p++] = (double) k / n;
                }
            }
        }
        int[] cells = new int[24 * n * n * n];
        int[] region = new int[6 * n * n * n];
        int c = 0;
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    for (int[] t : KUHN) {
                        for (int v = 0; v < 4; v++) {
                            int b = t[v];
                            cells[4 * c + v] = (i + (b & 1)) + m * ((j + (b >> 1 & 1)) + m * (k + (b >> 2 & 1)));
                        }
                        region[c++] = 2 * i < n ? 0 : 1;
                    }
                }
            }
        }
        int[] anode = new int[6 * n * n];
        for (int k = 0, f = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                int a = m * (j + m * k);
                int[] tri = {a, a + m, a + m + m * m, a, a + m + m * m, a + m * m};
                System.arraycopy(tri, 0, anode, f, 6);
                f += 6;
            }
        }
        return new Mesh(xyz, CellType.TET4, cells, region, List.of("se", "cam"),
                List.of(new FacetGroup("anode", CellType.TRI3, anode)));
    }
}
