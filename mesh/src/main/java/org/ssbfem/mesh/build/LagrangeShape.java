package org.ssbfem.mesh.build;

import org.ssbfem.mesh.CellType;

/**
 * Gradients of the P1 and P2 Lagrange shape functions on Gmsh's reference simplices, in Gmsh's node
 * order (vertices first, then edge nodes: line (0,1); triangle (0,1),(1,2),(2,0); tetrahedron
 * (0,1),(1,2),(2,0),(3,0),(3,2),(3,1)). Written with barycentric coordinates
 * {@code L0 = 1 - sum(xi)}, {@code L(k+1) = xi_k}: vertex functions {@code L(2L-1)}, edge functions
 * {@code 4 La Lb}.
 */
final class LagrangeShape {
    private static final int[][] LINE_EDGES = {{0, 1}};
    private static final int[][] TRI_EDGES = {{0, 1}, {1, 2}, {2, 0}};
    private static final int[][] TET_EDGES = {{0, 1}, {1, 2}, {2, 0}, {3, 0}, {3, 2}, {3, 1}};

    private LagrangeShape() { }

    /** Edges (vertex pairs) of the P2 edge nodes of a simplex of dimension {@code dim}, Gmsh order. */
    static int[][] edges(int dim) {
        return switch (dim) {
            case 1 -> LINE_EDGES;
            case 2 -> TRI_EDGES;
            case 3 -> TET_EDGES;
            default -> throw new IllegalArgumentException("dimension " + dim);
        };
    }

    /**
     * Shape function gradients with respect to the reference coordinates.
     *
     * @return {@code dN_n/dxi_k} at index {@code n * dim + k}
     */
    static double[] gradients(CellType type, double[] ref) {
        int dim = type.dim();
        double[] l = new double[dim + 1];
        l[0] = 1;
        for (int k = 0; k < dim; k++) {
            l[k + 1] = ref[k];
            l[0] -= ref[k];
        }
        double[] dl = new double[type.nodes() * (dim + 1)];
        if (type.order() == 1) {
            for (int v = 0; v <= dim; v++) {
                dl[v * (dim + 1) + v] = 1;
            }
        } else {
            for (int v = 0; v <= dim; v++) {
                dl[v * (dim + 1) + v] = 4 * l[v] - 1;
            }
            int[][] edges = edges(dim);
            for (int e = 0; e < edges.length; e++) {
                int n = dim + 1 + e;
                dl[n * (dim + 1) + edges[e][0]] = 4 * l[edges[e][1]];
                dl[n * (dim + 1) + edges[e][1]] = 4 * l[edges[e][0]];
            }
        }
        double[] out = new double[type.nodes() * dim];
        for (int n = 0; n < type.nodes(); n++) {
            for (int k = 0; k < dim; k++) {
                out[n * dim + k] = dl[n * (dim + 1) + k + 1] - dl[n * (dim + 1)];
            }
        }
        return out;
    }
}
