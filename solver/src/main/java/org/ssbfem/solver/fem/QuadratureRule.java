package org.ssbfem.solver.fem;

/**
 * A quadrature rule on a reference simplex ({@link ReferenceElement} conventions).
 *
 * @param dim dimension of the reference simplex
 * @param degree every polynomial of total degree up to this is integrated exactly
 * @param points reference coordinates, {@code dim} per point (internal: do not modify)
 * @param weights positive weights summing to the reference measure (1, 1/2, 1/6)
 *                (internal: do not modify)
 * @param source where the rule comes from, for logs and Javadoc
 */
public record QuadratureRule(int dim, int degree, double[] points, double[] weights, String source) {
    public QuadratureRule {
        if (points.length != dim * weights.length) {
            throw new IllegalArgumentException("points/weights length mismatch");
        }
    }

    /** Number of points. */
    public int size() { return weights.length; }

    /** Coordinate {@code k} of point {@code q}. */
    public double point(int q, int k) { return points[q * dim + k]; }

    /** Point {@code q} as a new array. */
    public double[] point(int q) {
        double[] xi = new double[dim];
        System.arraycopy(points, q * dim, xi, 0, dim);
        return xi;
    }
}
