package org.ssbfem.solver.fem;

/**
 * Lagrange P1 and P2 elements on the reference line, triangle and tetrahedron, written with the
 * barycentric coordinates {@code l_0 = 1 - sum(xi)}, {@code l_i = xi_(i-1)}.
 *
 * <p>P1: {@code N_i = l_i}. P2: vertex functions {@code l_i (2 l_i - 1)}, edge functions
 * {@code 4 l_i l_j}, edges in Gmsh order: line (0,1); triangle (0,1), (1,2), (2,0); tetrahedron
 * (0,1), (1,2), (2,0), (3,0), (3,2), (3,1) (see {@link org.ssbfem.mesh.CellType}).
 */
public final class LagrangeSimplex implements ReferenceElement {
    private static final int[][][] EDGES = {
        {},
        {{0, 1}},
        {{0, 1}, {1, 2}, {2, 0}},
        {{0, 1}, {1, 2}, {2, 0}, {3, 0}, {3, 2}, {3, 1}},
    };
    private static final LagrangeSimplex[][] CACHE = new LagrangeSimplex[4][3];

    static {
        for (int d = 1; d <= 3; d++) {
            for (int p = 1; p <= 2; p++) {
                CACHE[d][p] = new LagrangeSimplex(d, p);
            }
        }
    }

    private final int dim;
    private final int degree;
    private final int[][] edges;

    private LagrangeSimplex(int dim, int degree) {
        this.dim = dim;
        this.degree = degree;
        this.edges = degree == 2 ? EDGES[dim] : new int[0][];
    }

    /**
     * The element of dimension {@code dim} (1..3) and degree {@code degree} (1 or 2).
     *
     * @throws IllegalArgumentException for other dimensions or degrees
     */
    public static LagrangeSimplex of(int dim, int degree) {
        if (dim < 1 || dim > 3 || degree < 1 || degree > 2) {
            throw new IllegalArgumentException("no Lagrange element of dimension " + dim + " and degree " + degree);
        }
        return CACHE[dim][degree];
    }

    /** Vertex {@code k} (0 or 1) of edge {@code e} of the simplex of dimension {@code dim}, Gmsh order. */
    static int edgeVertex(int dim, int e, int k) { return EDGES[dim][e][k]; }

    /** Number of edges of the simplex of dimension {@code dim}. */
    static int edgeCount(int dim) { return EDGES[dim].length; }

    @Override public int dim() { return dim; }

    @Override public int degree() { return degree; }

    @Override public int nodeCount() { return dim + 1 + edges.length; }

    @Override
    public double[] node(int k) {
        double[] xi = new double[dim];
        if (k <= dim) {
            if (k > 0) {
                xi[k - 1] = 1.0;
            }
            return xi;
        }
        int[] e = edges[k - dim - 1];
        for (int v : e) {
            if (v > 0) {
                xi[v - 1] += 0.5;
            }
        }
        return xi;
    }

    @Override
    public void values(double[] xi, double[] out) {
        for (int i = 0; i <= dim; i++) {
            double l = lambda(xi, i);
            out[i] = degree == 1 ? l : l * (2 * l - 1);
        }
        for (int e = 0; e < edges.length; e++) {
            out[dim + 1 + e] = 4 * lambda(xi, edges[e][0]) * lambda(xi, edges[e][1]);
        }
    }

    @Override
    public void gradients(double[] xi, double[] out) {
        for (int i = 0; i <= dim; i++) {
            double f = degree == 1 ? 1.0 : 4 * lambda(xi, i) - 1;
            for (int k = 0; k < dim; k++) {
                out[i * dim + k] = f * gradLambda(i, k);
            }
        }
        for (int e = 0; e < edges.length; e++) {
            int i = edges[e][0];
            int j = edges[e][1];
            double li = lambda(xi, i);
            double lj = lambda(xi, j);
            for (int k = 0; k < dim; k++) {
                out[(dim + 1 + e) * dim + k] = 4 * (lj * gradLambda(i, k) + li * gradLambda(j, k));
            }
        }
    }

    private double lambda(double[] xi, int i) {
        if (i > 0) {
            return xi[i - 1];
        }
        double s = 1.0;
        for (int k = 0; k < dim; k++) {
            s -= xi[k];
        }
        return s;
    }

    private static double gradLambda(int i, int k) {
        if (i == 0) {
            return -1.0;
        }
        return k == i - 1 ? 1.0 : 0.0;
    }

    @Override
    public String toString() { return "P" + degree + (dim == 1 ? " line" : dim == 2 ? " triangle" : " tetrahedron"); }
}
