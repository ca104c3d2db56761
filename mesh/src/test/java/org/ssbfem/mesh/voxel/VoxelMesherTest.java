package org.ssbfem.mesh.voxel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.FacetGroup;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.mesh.network.Connectivity;
import org.ssbfem.mesh.network.NetworkAnalysis;

class VoxelMesherTest {
    private static final double H = 0.5e-6;

    /** SE, a CAM block touching the collector, a void voxel and a CBD voxel. */
    private static PhaseImage sample() {
        int nx = 6;
        int ny = 4;
        int nz = 3;
        byte[] p = new byte[nx * ny * nz];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    p[i + nx * (j + ny * k)] = i >= 3 && j >= 1 ? PhaseImage.CAM : PhaseImage.SE;
                }
            }
        }
        p[1 + nx * (2 + ny)] = PhaseImage.VOID;
        p[5] = PhaseImage.CBD;
        return new PhaseImage(nx, ny, nz, H, p);
    }

    @Test
    void volumesConformityAndGroups() {
        PhaseImage img = sample();
        Mesh m = VoxelMesher.mesh(img);
        assertEquals(6 * (72 - 1), m.cellCount());
        double[] vol = new double[3];
        for (int c = 0; c < m.cellCount(); c++) {
            double v = tetVolume(m, c);
            assertTrue(v > 0, "positive orientation");
            vol[m.cellRegions()[c]] += v;
        }
        double h3 = H * H * H;
        assertEquals(43 * h3, vol[m.region("se")], 1e-12 * h3);
        assertEquals(27 * h3, vol[m.region("cam")], 1e-12 * h3);
        assertEquals(1 * h3, vol[m.region("cbd")], 1e-12 * h3);
        assertConforming(m);
        assertEquals(2 * 12, m.facets("anode").count());
        assertEquals(2 * 9, m.facets("current_collector").count() - 2, "9 CAM + 1 CBD face at x = Lx");
        assertEquals(2 * 6, m.facets("void_surface").count());
        double stair = NetworkAnalysis.analyse(img, Connectivity.FACE).interfaces().staircaseM2();
        assertEquals(stair, 2 * facetArea(m, m.facets("interface")) / 2, 1e-9 * stair, "mesh area = voxel-count area");
        assertFalse(m.hasFacets("z_none"));
    }

    @Test
    void twoDimensionalSectionGivesTriangles() {
        byte[] p = new byte[5 * 3];
        for (int v = 0; v < p.length; v++) {
            p[v] = v % 5 >= 2 ? PhaseImage.CAM : PhaseImage.SE;
        }
        Mesh m = VoxelMesher.mesh(new PhaseImage(5, 3, 1, H, p));
        assertEquals(2, m.dim());
        assertEquals(30, m.cellCount());
        assertEquals(3, m.facets("interface").count());
        assertEquals(3, m.facets("anode").count());
        assertEquals(3, m.facets("current_collector").count());
        assertEquals(5, m.facets("y_min").count());
        for (int c = 0; c < m.cellCount(); c++) {
            double ax = m.coord(m.cellNode(c, 1), 0) - m.coord(m.cellNode(c, 0), 0);
            double ay = m.coord(m.cellNode(c, 1), 1) - m.coord(m.cellNode(c, 0), 1);
            double bx = m.coord(m.cellNode(c, 2), 0) - m.coord(m.cellNode(c, 0), 0);
            double by = m.coord(m.cellNode(c, 2), 1) - m.coord(m.cellNode(c, 0), 1);
            assertEquals(H * H, ax * by - ay * bx, 1e-9 * H * H, "twice the area, counter-clockwise");
        }
    }

    /** Every triangle face is shared by at most two tetrahedra, and faces of one cell pair once. */
    private static void assertConforming(Mesh m) {
        Map<String, Integer> faces = new HashMap<>();
        int[][] local = {{0, 1, 2}, {0, 1, 3}, {0, 2, 3}, {1, 2, 3}};
        for (int c = 0; c < m.cellCount(); c++) {
            for (int[] f : local) {
                int[] n = {m.cellNode(c, f[0]), m.cellNode(c, f[1]), m.cellNode(c, f[2])};
                java.util.Arrays.sort(n);
                faces.merge(n[0] + "," + n[1] + "," + n[2], 1, Integer::sum);
            }
        }
        int boundary = 0;
        for (int count : faces.values()) {
            assertTrue(count <= 2);
            boundary += count == 1 ? 1 : 0;
        }
        // outer box (2 (6x4 + 6x3 + 4x3) squares x 2 triangles) + the void voxel's 6 faces x 2
        assertEquals(2 * 2 * (24 + 18 + 12) + 12, boundary);
    }

    private static double tetVolume(Mesh m, int c) {
        double[] a = new double[9];
        for (int k = 1; k <= 3; k++) {
            for (int d = 0; d < 3; d++) {
                a[3 * (k - 1) + d] = m.coord(m.cellNode(c, k), d) - m.coord(m.cellNode(c, 0), d);
            }
        }
        return (a[0] * (a[4] * a[8] - a[5] * a[7]) - a[1] * (a[3] * a[8] - a[5] * a[6])
                + a[2] * (a[3] * a[7] - a[4] * a[6])) / 6;
    }

    private static double facetArea(Mesh m, FacetGroup g) {
        double s = 0;
        for (int f = 0; f < g.count(); f++) {
            double[] u = new double[3];
            double[] v = new double[3];
            for (int d = 0; d < 3; d++) {
                u[d] = m.coord(g.node(f, 1), d) - m.coord(g.node(f, 0), d);
                v[d] = m.coord(g.node(f, 2), d) - m.coord(g.node(f, 0), d);
            }
            double cx = u[1] * v[2] - u[2] * v[1];
            double cy = u[2] * v[0] - u[0] * v[2];
            double cz = u[0] * v[1] - u[1] * v[0];
            s += 0.5 * Math.sqrt(cx * cx + cy * cy + cz * cz);
        }
        return s;
    }
}
