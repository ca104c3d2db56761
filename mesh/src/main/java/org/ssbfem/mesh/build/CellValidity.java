package org.ssbfem.mesh.build;

import org.ssbfem.mesh.CellType;

/**
 * Whether a curved (P2) cell is valid where the solver looks at it: its Jacobian determinant is
 * positive at every point of {@link SolverPoints} (nodes, volume and facet quadrature points).
 *
 * <p>A cheap sufficient test runs first. Writing the edge nodes as midpoints plus offsets
 * {@code d_e}, the Jacobian is {@code J(xi) = J0 + sum_e d_e (grad N_e)^T} with {@code J0} the
 * Jacobian of the straight cell and {@code N_e = 4 La Lb}, whose reference gradient has length at
 * most {@code 4 sqrt(dim)}. When {@code det J0 > 0} and {@code 4 sqrt(dim) sum_e |J0^-1 d_e| < 1},
 * {@code I + J0^-1 (J - J0)} is nonsingular everywhere, so {@code det J > 0} in the whole cell and
 * no point needs checking. Only the other cells (near contacts, a few percent) are evaluated at
 * every point. Stateless and thread-safe; inputs are not modified.
 */
final class CellValidity {
    private static final double[][][] GRADIENTS = new double[4][][];

    private CellValidity() { }

    /**
     * @param type a triangle or tetrahedron cell type (order 1 or 2)
     * @param x the cell's node coordinates, three per node, any length unit
     * @return true when det J &gt; 0 at every solver point
     */
    static boolean positiveAtSolverPoints(CellType type, double[] x) {
        int dim = type.dim();
        double[] j0 = MeshQuality.jacobian(CellType.simplex(dim, 1), x, new double[dim]);
        double det0 = det(j0, dim);
        if (!(det0 > 0)) {
            return false;
        }
        if (type.order() == 1 || offsetBound(x, j0, det0, dim) < 1) {
            return true;
        }
        return minDetAtPoints(type, x) > 0;
    }

    /** Smallest Jacobian determinant over the solver points (same unit as {@code det J}). */
    static double minDetAtPoints(CellType type, double[] x) {
        double[][] g = gradients(type);
        int dim = type.dim();
        double min = Double.MAX_VALUE;
        double[] j = new double[9];
        for (double[] gq : g) {
            java.util.Arrays.fill(j, 0);
            for (int n = 0; n < type.nodes(); n++) {
                for (int i = 0; i < 3; i++) {
                    for (int k = 0; k < dim; k++) {
                        j[3 * i + k] += x[3 * n + i] * gq[n * dim + k];
                    }
                }
            }
            min = Math.min(min, det(j, dim));
        }
        return min;
    }

    /** {@code 4 sqrt(dim) sum_e |J0^-1 d_e|}: below 1 the curved cell cannot fold anywhere. */
    private static double offsetBound(double[] x, double[] j0, double det0, int dim) {
        int[][] edges = LagrangeShape.edges(dim);
        double sum = 0;
        double[] d = new double[3];
        for (int e = 0; e < edges.length; e++) {
            int k = dim + 1 + e;
            for (int i = 0; i < 3; i++) {
                d[i] = x[3 * k + i] - 0.5 * (x[3 * edges[e][0] + i] + x[3 * edges[e][1] + i]);
            }
            sum += solveNorm(j0, det0, d, dim);
        }
        return 4 * Math.sqrt(dim) * sum;
    }

    /** |J0^-1 d| by Cramer's rule (J0 stored 3x3 row-major, first {@code dim} rows and columns). */
    private static double solveNorm(double[] j, double det, double[] d, int dim) {
        double s = 0;
        for (int k = 0; k < dim; k++) {
            double[] m = j.clone();
            for (int i = 0; i < dim; i++) {
                m[3 * i + k] = d[i];
            }
            double y = det(m, dim) / det;
            s += y * y;
        }
        return Math.sqrt(s);
    }

    private static double det(double[] j, int dim) {
        if (dim == 2) {
            return j[0] * j[4] - j[1] * j[3];
        }
        return j[0] * (j[4] * j[8] - j[5] * j[7]) - j[1] * (j[3] * j[8] - j[5] * j[6])
                + j[2] * (j[3] * j[7] - j[4] * j[6]);
    }

    private static synchronized double[][] gradients(CellType type) {
        int key = type.dim() - 2 + 2 * (type.order() - 1);
        if (GRADIENTS[key] == null) {
            SolverPoints p = SolverPoints.forDim(type.dim());
            double[][] g = new double[p.size()][];
            for (int q = 0; q < p.size(); q++) {
                g[q] = LagrangeShape.gradients(type, p.point(q));
            }
            GRADIENTS[key] = g;
        }
        return GRADIENTS[key];
    }
}
