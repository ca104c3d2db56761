package org.ssbfem.solver.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToIntFunction;
import org.ssbfem.mesh.CellType;
import org.ssbfem.mesh.FacetGroup;
import org.ssbfem.mesh.Mesh;

/**
 * Simplex meshes of the unit square / cube for the manufactured-solution suite of {@code ssbfem
 * verify} and for the tests: n^dim squares or cubes split into 2
 * triangles or 6 Kuhn tetrahedra (conforming, positively oriented), on the lattice of spacing
 * 1/(order n) so that P2 edge nodes are lattice points. Options: randomly moved interior vertices
 * (unstructured meshes; edge nodes stay at edge midpoints) and regions chosen by cell centroid.
 * Facet groups: "left"/"right" (x = 0/1), "bottom"/"top" (y), "front"/"back" (z, 3D),
 * "boundary" (all of them) and "interface" (faces between cells of different regions).
 */
public final class UnitMesh {
    private final int dim;
    private final int n;
    private int order = 1;
    private double perturbation;
    private double keepX = Double.NaN;
    private long seed = 1;
    private List<String> regionNames = List.of("domain");
    private ToIntFunction<double[]> regionOf = c -> 0;

    private UnitMesh(int dim, int n) {
        this.dim = dim;
        this.n = n;
    }

    /** The unit square with n x n squares. */
    public static UnitMesh square(int n) { return new UnitMesh(2, n); }

    /** The unit cube with n x n x n cubes. */
    public static UnitMesh cube(int n) { return new UnitMesh(3, n); }

    /** Geometric order 1 or 2. */
    public UnitMesh order(int order) {
        this.order = order;
        return this;
    }

    /** Moves interior vertices randomly by up to {@code fraction} of the grid spacing per axis. */
    public UnitMesh perturb(double fraction, long seed) {
        this.perturbation = fraction;
        this.seed = seed;
        return this;
    }

    /** Vertices at {@code x = value} keep their x coordinate when perturbed (a planar interface). */
    public UnitMesh keepPlaneX(double value) {
        this.keepX = value;
        return this;
    }

    /** Assigns each cell the region {@code classifier(centroid)} (index into {@code names}). */
    public UnitMesh regions(List<String> names, ToIntFunction<double[]> classifier) {
        this.regionNames = List.copyOf(names);
        this.regionOf = classifier;
        return this;
    }

    public Mesh build() {
        int m = order * n;
        int side = m + 1;
        int nodes = dim == 2 ? side * side : side * side * side;
        double[] xyz = new double[3 * nodes];
        for (int id = 0; id < nodes; id++) {
            int[] ijk = lattice(id, side);
            for (int d = 0; d < dim; d++) {
                xyz[3 * id + d] = (double) ijk[d] / m;
            }
        }
        int[] cells = simplices(side);
        perturbVertices(xyz, side, m);
        CellType type = CellType.simplex(dim, order);
        int nc = cells.length / type.nodes();
        if (order == 2) {
            placeEdgeNodes(xyz, cells, nc);
        }
        int[] region = new int[nc];
        for (int c = 0; c < nc; c++) {
            region[c] = regionOf.applyAsInt(centroid(xyz, cells, c));
        }
        List<FacetGroup> groups = facetGroups(xyz, cells, region, type);
        return new Mesh(xyz, type, cells, region, regionNames, groups);
    }

    private int[] lattice(int id, int side) {
        return dim == 2 ? new int[] {id % side, id / side, 0}
                : new int[] {id % side, (id / side) % side, id / (side * side)};
    }

    private int index(int i, int j, int k, int side) {
        return i + side * (j + side * k);
    }

    private int[] simplices(int side) {
        List<int[]> out = new ArrayList<>();
        int[][] corners = dim == 2 ? new int[][] {{0, 1, 3}, {0, 3, 2}}
                : new int[][] {{0, 1, 3, 7}, {0, 3, 2, 7}, {0, 2, 6, 7}, {0, 6, 4, 7}, {0, 4, 5, 7}, {0, 5, 1, 7}};
        for (int k = 0; k < (dim == 2 ? 1 : n); k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    for (int[] s : corners) {
                        out.add(simplex(s, i, j, k, side));
                    }
                }
            }
        }
        int[] flat = new int[out.size() * out.get(0).length];
        for (int c = 0; c < out.size(); c++) {
            System.arraycopy(out.get(c), 0, flat, c * out.get(c).length, out.get(c).length);
        }
        return flat;
    }

    /** Corner bits b (x = bit 0, y = bit 1, z = bit 2) of box (i, j, k) as lattice node ids, plus edge nodes. */
    private int[] simplex(int[] corner, int i, int j, int k, int side) {
        int nv = dim + 1;
        int[][] p = new int[nv][3];
        for (int v = 0; v < nv; v++) {
            int b = corner[v];
            p[v] = new int[] {order * (i + (b & 1)), order * (j + ((b >> 1) & 1)), order * (k + ((b >> 2) & 1))};
        }
        if (orientation(p) < 0) {
            int[] t = p[0];
            p[0] = p[1];
            p[1] = t;
        }
        CellType type = CellType.simplex(dim, order);
        int[] cell = new int[type.nodes()];
        for (int v = 0; v < nv; v++) {
            cell[v] = index(p[v][0], p[v][1], p[v][2], side);
        }
        int[][] edges = dim == 2 ? new int[][] {{0, 1}, {1, 2}, {2, 0}}
                : new int[][] {{0, 1}, {1, 2}, {2, 0}, {3, 0}, {3, 2}, {3, 1}};
        for (int e = 0; order == 2 && e < edges.length; e++) {
            int[] a = p[edges[e][0]];
            int[] b = p[edges[e][1]];
            cell[nv + e] = index((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2, side);
        }
        return cell;
    }

    private int orientation(int[][] p) {
        int[][] a = new int[dim][dim];
        for (int r = 0; r < dim; r++) {
            for (int c = 0; c < dim; c++) {
                a[r][c] = p[c + 1][r] - p[0][r];
            }
        }
        if (dim == 2) {
            return a[0][0] * a[1][1] - a[0][1] * a[1][0];
        }
        return a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1]) - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
                + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
    }

    private void perturbVertices(double[] xyz, int side, int m) {
        if (perturbation == 0) {
            return;
        }
        Random r = new Random(seed);
        double h = 1.0 / n;
        for (int id = 0; id < xyz.length / 3; id++) {
            int[] ijk = lattice(id, side);
            boolean vertex = true;
            boolean interior = true;
            for (int d = 0; d < dim; d++) {
                vertex &= ijk[d] % order == 0;
                interior &= ijk[d] > 0 && ijk[d] < m;
            }
            for (int d = 0; d < dim && vertex && interior; d++) {
                double move = (2 * r.nextDouble() - 1) * perturbation * h;
                if (d > 0 || Math.abs(xyz[3 * id] - keepX) > 1e-12) {
                    xyz[3 * id + d] += move;
                }
            }
        }
    }

    private void placeEdgeNodes(double[] xyz, int[] cells, int nc) {
        int nn = CellType.simplex(dim, 2).nodes();
        int[][] edges = dim == 2 ? new int[][] {{0, 1}, {1, 2}, {2, 0}}
                : new int[][] {{0, 1}, {1, 2}, {2, 0}, {3, 0}, {3, 2}, {3, 1}};
        for (int c = 0; c < nc; c++) {
            for (int e = 0; e < edges.length; e++) {
                int mid = cells[c * nn + dim + 1 + e];
                for (int d = 0; d < 3; d++) {
                    xyz[3 * mid + d] = 0.5 * (xyz[3 * cells[c * nn + edges[e][0]] + d] + xyz[3 * cells[c * nn + edges[e][1]] + d]);
                }
            }
        }
    }

    private double[] centroid(double[] xyz, int[] cells, int c) {
        int nn = CellType.simplex(dim, order).nodes();
        double[] x = new double[3];
        for (int v = 0; v <= dim; v++) {
            for (int d = 0; d < 3; d++) {
                x[d] += xyz[3 * cells[c * nn + v] + d] / (dim + 1);
            }
        }
        return x;
    }

    private List<FacetGroup> facetGroups(double[] xyz, int[] cells, int[] region, CellType type) {
        return FacetCollector.collect(xyz, cells, region, type, dim);
    }

    /** Facets of each box side and of region interfaces, found by sorting cell faces. */
    private static final class FacetCollector {
        static List<FacetGroup> collect(double[] xyz, int[] cells, int[] region, CellType type, int dim) {
            Map<String, List<Integer>> groups = new LinkedHashMap<>();
            String[] sides = dim == 2 ? new String[] {"left", "right", "bottom", "top"}
                    : new String[] {"left", "right", "bottom", "top", "front", "back"};
            for (String s : sides) {
                groups.put(s, new ArrayList<>());
            }
            groups.put("boundary", new ArrayList<>());
            groups.put("interface", new ArrayList<>());
            Map<String, int[]> seen = new LinkedHashMap<>();
            int nn = type.nodes();
            int[][] faces = faceNodes(dim, type.order());
            for (int c = 0; c < region.length; c++) {
                for (int[] f : faces) {
                    int[] nodes = new int[f.length];
                    for (int k = 0; k < f.length; k++) {
                        nodes[k] = cells[c * nn + f[k]];
                    }
                    int[] key = java.util.Arrays.copyOf(nodes, dim);
                    java.util.Arrays.sort(key);
                    String ks = java.util.Arrays.toString(key);
                    int[] other = seen.remove(ks);
                    if (other == null) {
                        int[] rec = java.util.Arrays.copyOf(nodes, nodes.length + 1);
                        rec[nodes.length] = region[c];
                        seen.put(ks, rec);
                    } else if (other[other.length - 1] != region[c]) {
                        addAll(groups.get("interface"), other, other.length - 1);
                    }
                }
            }
            for (int[] rec : seen.values()) {
                addAll(groups.get("boundary"), rec, rec.length - 1);
                for (int s = 0; s < sides.length; s++) {
                    if (onSide(xyz, rec, dim, s)) {
                        addAll(groups.get(sides[s]), rec, rec.length - 1);
                    }
                }
            }
            List<FacetGroup> out = new ArrayList<>();
            groups.forEach((name, list) -> {
                if (!list.isEmpty()) {
                    out.add(new FacetGroup(name, type.facetType(), list.stream().mapToInt(Integer::intValue).toArray()));
                }
            });
            return out;
        }

        private static void addAll(List<Integer> list, int[] a, int len) {
            for (int k = 0; k < len; k++) {
                list.add(a[k]);
            }
        }

        private static boolean onSide(double[] xyz, int[] rec, int dim, int s) {
            double target = s % 2 == 0 ? 0.0 : 1.0;
            for (int k = 0; k < dim; k++) {
                if (Math.abs(xyz[3 * rec[k] + s / 2] - target) > 1e-12) {
                    return false;
                }
            }
            return true;
        }

        /** Local node lists of the facets of a cell (vertices first, then edge nodes, Gmsh order). */
        private static int[][] faceNodes(int dim, int order) {
            if (dim == 2) {
                return order == 1 ? new int[][] {{0, 1}, {1, 2}, {2, 0}} : new int[][] {{0, 1, 3}, {1, 2, 4}, {2, 0, 5}};
            }
            return order == 1 ? new int[][] {{0, 1, 2}, {0, 1, 3}, {0, 2, 3}, {1, 2, 3}}
                    : new int[][] {{0, 1, 2, 4, 5, 6}, {0, 1, 3, 4, 9, 7}, {0, 2, 3, 6, 8, 7}, {1, 2, 3, 5, 8, 9}};
        }
    }
}
