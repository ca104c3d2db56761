package org.ssbfem.solver.fem;

/**
 * Points in reference-cell coordinates with weights: the quadrature points of a cell, or of one
 * facet of it (then with the facet's outward unit normal in reference coordinates).
 *
 * @param dim dimension of the reference cell
 * @param points reference coordinates, {@code dim} per point (internal: do not modify)
 * @param weights reference measure weights (cell: volume, facet: area of the reference facet)
 * @param referenceNormal outward unit normal of the reference facet, {@code dim} values, or null
 *                        for cell points
 */
public record PointSet(int dim, double[] points, double[] weights, double[] referenceNormal) {
    public PointSet {
        if (points.length != dim * weights.length) {
            throw new IllegalArgumentException("points/weights length mismatch");
        }
    }

    /** The points of a cell quadrature rule. */
    public static PointSet of(QuadratureRule rule) {
        return new PointSet(rule.dim(), rule.points(), rule.weights(), null);
    }

    /** Number of points. */
    public int size() { return weights.length; }

    /** True for facet points (a reference normal is set). */
    public boolean onFacet() { return referenceNormal != null; }
}
