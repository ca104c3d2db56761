package org.ssbfem.solver.fem;

/**
 * Shape function values and reference gradients of one element at one {@link PointSet}, computed
 * once and shared by every cell (immutable after construction; arrays are internal).
 */
public final class Tabulation {
    private final ReferenceElement element;
    private final PointSet points;
    private final double[] values;
    private final double[] gradients;
    private final boolean constantGradients;

    private Tabulation(ReferenceElement element, PointSet points) {
        if (element.dim() != points.dim()) {
            throw new IllegalArgumentException("element dimension " + element.dim() + " != points dimension " + points.dim());
        }
        this.element = element;
        this.points = points;
        int n = element.nodeCount();
        int dim = element.dim();
        int nq = points.size();
        values = new double[nq * n];
        gradients = new double[nq * n * dim];
        double[] xi = new double[dim];
        double[] v = new double[n];
        double[] g = new double[n * dim];
        for (int q = 0; q < nq; q++) {
            System.arraycopy(points.points(), q * dim, xi, 0, dim);
            element.values(xi, v);
            element.gradients(xi, g);
            System.arraycopy(v, 0, values, q * n, n);
            System.arraycopy(g, 0, gradients, q * n * dim, n * dim);
        }
        constantGradients = sameAtEveryPoint(gradients, n * dim, nq);
    }

    private static boolean sameAtEveryPoint(double[] g, int block, int nq) {
        for (int q = 1; q < nq; q++) {
            if (!java.util.Arrays.equals(g, 0, block, g, q * block, (q + 1) * block)) {
                return false;
            }
        }
        return true;
    }

    /** Tabulates {@code element} at {@code points}. */
    public static Tabulation of(ReferenceElement element, PointSet points) {
        return new Tabulation(element, points);
    }

    public ReferenceElement element() { return element; }

    public PointSet points() { return points; }

    /** Number of points. */
    public int size() { return points.size(); }

    /** Shape functions per point. */
    public int nodes() { return element.nodeCount(); }

    /** Values, {@code [q * nodes + a]} (internal: do not modify). */
    public double[] values() { return values; }

    /**
     * True when the reference gradients are bitwise the same at every point (P1): on a straight
     * cell the physical gradients then are too, and may be computed at one point and copied.
     */
    public boolean constantGradients() { return constantGradients; }

    /** Reference gradients, {@code [(q * nodes + a) * dim + k]} (internal: do not modify). */
    public double[] gradients() { return gradients; }
}
