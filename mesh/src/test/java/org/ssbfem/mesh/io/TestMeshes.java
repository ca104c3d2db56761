package org.ssbfem.mesh.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ssbfem.mesh.CellType;
import org.ssbfem.mesh.FacetGroup;
import org.ssbfem.mesh.Mesh;

/**
 * Structured test meshes with regions {@code se} (x &lt; Lx/2) and {@code cam} (x &gt; Lx/2) and
 * facet groups {@code anode} (x = 0), {@code interface} (x = Lx/2) and {@code boundary_x0}, which
 * holds the same facets as {@code anode} (a facet in two groups). Tetrahedra are positively
 * oriented, triangles counter-clockwise; second-order nodes sit at edge midpoints in Gmsh order.
 */
final class TestMeshes {
    /** Gmsh's edge order of the 10-node tetrahedron (and, first three, of the 6-node triangle). */
    static final int[][] TET_EDGES = {{0, 1}, {1, 2}, {2, 0}, {3, 0}, {3, 2}, {3, 1}};
    /** The six tetrahedra of a cube, corners numbered by bits x + 2y + 4z, all along 0-7. */
    private static final int[][] KUHN = {
        {0, 1, 3, 7}, {0, 1, 5, 7}, {0, 2, 3, 7}, {0, 2, 6, 7}, {0, 4, 5, 7}, {0, 4, 6, 7},
    };

    private TestMeshes() {
    }

    /** Box [0,lx] x [0,1] x [0,1] (metres) with n cubes per direction (n even), order 1 or 2. */
    static Mesh box(int n, double lx, int order) {
        List<Double> xyz = new ArrayList<>();
        for (int k = 0; k <= n; k++) {
            for (int j = 0; j <= n; j++) {
                for (int i = 0; i <= n; i++) {
                    xyz.add(lx * i / n);
                    xyz.add((double) j / n);
                    xyz.add((double) k / n);
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
                            int c = t[v];
                            tet[v] = (i + (c & 1)) + (n + 1) * ((j + (c >> 1 & 1)) + (n + 1) * (k + (c >> 2 & 1)));
                        }
                        tets.add(orient(tet, xyz));
                    }
                }
            }
        }
        return assemble(xyz, tets, 3, order, lx);
    }

    /** Square [0,lx] x [0,1] with n squares per direction (n even), two triangles each. */
    static Mesh square(int n, double lx, int order) {
        List<Double> xyz = new ArrayList<>();
        for (int j = 0; j <= n; j++) {
            for (int i = 0; i <= n; i++) {
                xyz.add(lx * i / n);
                xyz.add((double) j / n);
                xyz.add(0.0);
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
        return assemble(xyz, tris, 2, order, lx);
    }

    private static Mesh assemble(List<Double> xyz, List<int[]> simplices, int dim, int order, double lx) {
        CellType type = CellType.simplex(dim, order);
        Map<Long, Integer> midpoints = new HashMap<>();
        int[] cells = new int[simplices.size() * type.nodes()];
        int[] region = new int[simplices.size()];
        List<int[]> anode = new ArrayList<>();
        List<int[]> iface = new ArrayList<>();
        for (int c = 0; c < simplices.size(); c++) {
            int[] s = simplices.get(c);
            int[] full = withMidpoints(s, order, xyz, midpoints);
            System.arraycopy(full, 0, cells, c * type.nodes(), full.length);
            region[c] = centroidX(s, xyz) < lx / 2 ? 0 : 1;
            collectFacets(s, xyz, 0.0, anode);
            if (region[c] == 0) {
                collectFacets(s, xyz, lx / 2, iface);
            }
        }
        double[] coords = new double[xyz.size()];
        for (int i = 0; i < coords.length; i++) {
            coords[i] = xyz.get(i);
        }
        CellType ft = type.facetType();
        int[] anodeNodes = facetNodes(anode, order, xyz, midpoints);
        List<FacetGroup> groups = List.of(new FacetGroup("anode", ft, anodeNodes),
                new FacetGroup("interface", ft, facetNodes(iface, order, xyz, midpoints)),
                new FacetGroup("boundary_x0", ft, anodeNodes.clone()));
        if (coords.length != xyz.size()) {
            throw new IllegalStateException("midpoints added after the coordinate copy");
        }
        return new Mesh(coords, type, cells, region, List.of("se", "cam"), groups);
    }

    /** Corner indices followed (order 2) by edge midpoints in Gmsh order, created on demand. */
    static int[] withMidpoints(int[] corners, int order, List<Double> xyz, Map<Long, Integer> mids) {
        if (order == 1) {
            return corners.clone();
        }
        int edges = corners.length == 2 ? 1 : corners.length == 3 ? 3 : 6;
        int[] full = new int[corners.length + edges];
        System.arraycopy(corners, 0, full, 0, corners.length);
        for (int e = 0; e < edges; e++) {
            full[corners.length + e] = midpoint(corners[TET_EDGES[e][0]], corners[TET_EDGES[e][1]], xyz, mids);
        }
        return full;
    }

    private static int midpoint(int a, int b, List<Double> xyz, Map<Long, Integer> mids) {
        long key = Math.min(a, b) * (1L << 32) + Math.max(a, b);
        return mids.computeIfAbsent(key, k -> {
            int id = xyz.size() / 3;
            for (int d = 0; d < 3; d++) {
                xyz.add(0.5 * (xyz.get(3 * a + d) + xyz.get(3 * b + d)));
            }
            return id;
        });
    }

    private static int[] facetNodes(List<int[]> facets, int order, List<Double> xyz, Map<Long, Integer> mids) {
        List<Integer> out = new ArrayList<>();
        for (int[] f : facets) {
            for (int v : withMidpoints(f, order, xyz, mids)) {
                out.add(v);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Adds the facets of simplex {@code s} whose vertices all have x == planeX. */
    private static void collectFacets(int[] s, List<Double> xyz, double planeX, List<int[]> out) {
        for (int skip = 0; skip < s.length; skip++) {
            int[] f = new int[s.length - 1];
            int m = 0;
            boolean onPlane = true;
            for (int v = 0; v < s.length; v++) {
                if (v != skip) {
                    f[m++] = s[v];
                    onPlane &= Math.abs(xyz.get(3 * s[v]) - planeX) < 1e-12;
                }
            }
            if (onPlane) {
                out.add(f);
            }
        }
    }

    private static double centroidX(int[] s, List<Double> xyz) {
        double x = 0;
        for (int v : s) {
            x += xyz.get(3 * v);
        }
        return x / s.length;
    }

    /** Swaps two vertices of a negatively oriented tetrahedron. */
    private static int[] orient(int[] t, List<Double> xyz) {
        double[][] e = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int d = 0; d < 3; d++) {
                e[r][d] = xyz.get(3 * t[r + 1] + d) - xyz.get(3 * t[0] + d);
            }
        }
        double det = e[0][0] * (e[1][1] * e[2][2] - e[1][2] * e[2][1])
                - e[0][1] * (e[1][0] * e[2][2] - e[1][2] * e[2][0])
                + e[0][2] * (e[1][0] * e[2][1] - e[1][1] * e[2][0]);
        return det > 0 ? t : new int[] {t[0], t[2], t[1], t[3]};
    }
}
