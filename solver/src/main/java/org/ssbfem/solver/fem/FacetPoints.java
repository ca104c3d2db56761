package org.ssbfem.solver.fem;

/**
 * Quadrature points on the facets of the reference cell, placed by the facet's own vertex order so
 * that the two cells sharing an interface facet see the same physical points in the same order.
 *
 * <p>A facet is given by the local cell vertices {@code l_0..l_(dim-1)} that carry the facet's
 * vertices in the facet group's order. A point with barycentric coordinates {@code mu} on the facet
 * is {@code xi = sum_k mu_k V(l_k)} in the cell. The weights include the ratio of the reference
 * facet measure to the unit simplex measure ({@code sqrt(dim)} for the slanted facet, else 1), so
 * that Nanson's formula {@code n dA = |det J| J^-T N dA_ref} gives physical areas. Point sets are
 * cached per vertex arrangement; not thread-safe.
 */
public final class FacetPoints {
    private final int dim;
    private final QuadratureRule facetRule;
    private final PointSet[] cache;

    /**
     * @param cellDim dimension of the cells (2 or 3)
     * @param degree polynomial degree integrated exactly on each facet
     */
    public FacetPoints(int cellDim, int degree) {
        if (cellDim < 2 || cellDim > 3) {
            throw new IllegalArgumentException("cells must be triangles or tetrahedra");
        }
        this.dim = cellDim;
        this.facetRule = Quadrature.simplex(cellDim - 1, degree);
        this.cache = new PointSet[1 << (2 * cellDim)];
    }

    /** Number of points per facet. */
    public int size() { return facetRule.size(); }

    /**
     * Points of the facet whose vertices are the local cell vertices {@code localVertices[offset ..
     * offset + dim - 1]} (distinct values in 0..dim), in the facet's order.
     */
    public PointSet points(int[] localVertices, int offset) {
        int key = arrangement(localVertices, offset);
        if (cache[key] == null) {
            cache[key] = build(localVertices, offset);
        }
        return cache[key];
    }

    /**
     * A small integer naming the vertex arrangement {@code localVertices[offset .. offset + dim - 1]}:
     * equal arrangements give the same {@link #points}; in {@code 0 .. arrangements() - 1}. Callers
     * keep their own per-arrangement data (e.g. tabulations) in an array indexed by it.
     */
    public int arrangement(int[] localVertices, int offset) {
        int key = 0;
        for (int k = 0; k < dim; k++) {
            key |= localVertices[offset + k] << (2 * k);
        }
        return key;
    }

    /** Bound on {@link #arrangement}: {@code 4^dim}. */
    public int arrangements() { return cache.length; }

    private PointSet build(int[] lv, int offset) {
        int opposite = dim * (dim + 1) / 2;
        for (int k = 0; k < dim; k++) {
            opposite -= lv[offset + k];
        }
        int nq = facetRule.size();
        double[] pts = new double[nq * dim];
        double[] w = new double[nq];
        double ratio = opposite == 0 ? Math.sqrt(dim) : 1.0;
        for (int q = 0; q < nq; q++) {
            double mu0 = 1.0;
            for (int j = 0; j < dim - 1; j++) {
                mu0 -= facetRule.point(q, j);
            }
            for (int k = 0; k < dim; k++) {
                double mu = k == 0 ? mu0 : facetRule.point(q, k - 1);
                int v = lv[offset + k];
                if (v > 0) {
                    pts[q * dim + v - 1] += mu;
                }
            }
            w[q] = facetRule.weights()[q] * ratio;
        }
        return new PointSet(dim, pts, w, referenceNormal(opposite));
    }

    private double[] referenceNormal(int opposite) {
        double[] n = new double[dim];
        if (opposite == 0) {
            java.util.Arrays.fill(n, 1.0 / Math.sqrt(dim));
        } else {
            n[opposite - 1] = -1.0;
        }
        return n;
    }
}
