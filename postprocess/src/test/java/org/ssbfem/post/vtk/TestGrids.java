package org.ssbfem.post.vtk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ssbfem.mesh.CellType;
import org.ssbfem.mesh.FacetGroup;
import org.ssbfem.mesh.Mesh;

/**
 * Small structured meshes for the writer tests: the unit box (six tetrahedra per cube) or unit
 * square (two triangles per square), regions {@code se} (x &lt; 1/2) and {@code cam}, facet group
 * {@code interface} at x = 1/2. Second-order nodes are made at edge midpoints, in Gmsh order, and
 * then every node is moved by a smooth bending map, so second-order cells are curved: a wrong node
 * order then shows as inverted pieces. Volume and area are kept: the map shears x by a function
 * of y only.
 */
final class TestGrids {
    private static final int[][] EDGES = {{0, 1}, {1, 2}, {2, 0}, {3, 0}, {3, 2}, {3, 1}};
    private static final int[][] KUHN = {
        {0, 1, 3, 7}, {0, 1, 5, 7}, {0, 2, 3, 7}, {0, 2, 6, 7}, {0, 4, 5, 7}, {0, 4, 6, 7},
    };
    /** Amplitude of the shear x += BEND * sin(pi y), metres. */
    static final double BEND = 0.05;

    private TestGrids() {
    }

    /** Unit box with n cubes per side (n even), order 1 or 2. */
    static Mesh box(int n, int order) {
        List<double[]> xyz = new ArrayList<>();
        for (int k = 0; k <= n; k++) {
            for (int j = 0; j <= n; j++) {
                for (int i = 0; i <= n; i++) {
                    xyz.add(new double[] {(double) i / n, (double) j / n, (double) k / n});
                }
            }
        }
        List<int[]> tets = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    for (int[] t : KUHN) {
                        int[] tet = new int[4];
                        for (int v = 0; v < 4; v++) {
                            tet[v] = (i + (t[v] & 1)) + (n + 1) * ((j + (t[v] >> 1 & 1)) + (n + 1) * (k + (t[v] >> 2 & 1)));
                        }
                        tets.add(positive(tet, xyz));
                    }
                }
            }
        }
        return build(xyz, tets, 3, order);
    }

    /** Unit square with n squares per side (n even), order 1 or 2, counter-clockwise triangles. */
    static Mesh square(int n, int order) {
        List<double[]> xyz = new ArrayList<>();
        for (int j = 0; j <= n; j++) {
            for (int i = 0; i <= n; i++) {
                xyz.add(new double[] {(double) i / n, (double) j / n, 0});
            }
        }
        List<int[]> tris = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int a = i + (n + 1) * j;
                tris.add(new int[] {a, a + 1, a + n + 2});
                tris.add(new int[] {a, a + n + 2, a + n + 1});
            }
        }
        return build(xyz, tris, 2, order);
    }

    private static Mesh build(List<double[]> xyz, List<int[]> simplices, int dim, int order) {
        CellType type = CellType.simplex(dim, order);
        Map<Long, Integer> mids = new HashMap<>();
        int[] cells = new int[simplices.size() * type.nodes()];
        int[] region = new int[simplices.size()];
        List<Integer> iface = new ArrayList<>();
        for (int c = 0; c < simplices.size(); c++) {
            int[] s = simplices.get(c);
            int[] full = withMidpoints(s, order, xyz, mids);
            System.arraycopy(full, 0, cells, c * full.length, full.length);
            double cx = 0;
            for (int v : s) {
                cx += xyz.get(v)[0] / s.length;
            }
            region[c] = cx < 0.5 ? 0 : 1;
            if (region[c] == 0) {
                interfaceFacets(s, order, xyz, mids, iface);
            }
        }
        double[] coords = new double[3 * xyz.size()];
        for (int i = 0; i < xyz.size(); i++) {
            double[] p = xyz.get(i);
            coords[3 * i] = p[0] + BEND * Math.sin(Math.PI * p[1]);
            coords[3 * i + 1] = p[1];
            coords[3 * i + 2] = p[2];
        }
        int[] ifaceNodes = iface.stream().mapToInt(Integer::intValue).toArray();
        return new Mesh(coords, type, cells, region, List.of("se", "cam"),
                List.of(new FacetGroup("interface", type.facetType(), ifaceNodes)));
    }

    private static void interfaceFacets(int[] s, int order, List<double[]> xyz, Map<Long, Integer> mids,
                                        List<Integer> out) {
        for (int skip = 0; skip < s.length; skip++) {
            int[] f = new int[s.length - 1];
            boolean on = true;
            for (int v = 0, m = 0; v < s.length; v++) {
                if (v != skip) {
                    f[m++] = s[v];
                    on &= Math.abs(xyz.get(s[v])[0] - 0.5) < 1e-12;
                }
            }
            if (on) {
                for (int v : withMidpoints(f, order, xyz, mids)) {
                    out.add(v);
                }
            }
        }
    }

    private static int[] withMidpoints(int[] corners, int order, List<double[]> xyz, Map<Long, Integer> mids) {
        if (order == 1) {
            return corners.clone();
        }
        int edges = corners.length == 2 ? 1 : corners.length == 3 ? 3 : 6;
        int[] full = java.util.Arrays.copyOf(corners, corners.length + edges);
        for (int e = 0; e < edges; e++) {
            int a = corners[EDGES[e][0]];
            int b = corners[EDGES[e][1]];
            full[corners.length + e] = mids.computeIfAbsent(Math.min(a, b) * (1L << 32) + Math.max(a, b), key -> {
                double[] pa = xyz.get(a);
                double[] pb = xyz.get(b);
                xyz.add(new double[] {(pa[0] + pb[0]) / 2, (pa[1] + pb[1]) / 2, (pa[2] + pb[2]) / 2});
                return xyz.size() - 1;
            });
        }
        return full;
    }

    private static int[] positive(int[] t, List<double[]> xyz) {
        double[][] e = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int d = 0; d < 3; d++) {
                e[r][d] = xyz.get(t[r + 1])[d] - xyz.get(t[0])[d];
            }
        }
        double det = e[0][0] * (e[1][1] * e[2][2] - e[1][2] * e[2][1])
                - e[0][1] * (e[1][0] * e[2][2] - e[1][2] * e[2][0])
                + e[0][2] * (e[1][0] * e[2][1] - e[1][1] * e[2][0]);
        return det > 0 ? t : new int[] {t[0], t[2], t[1], t[3]};
    }
}
