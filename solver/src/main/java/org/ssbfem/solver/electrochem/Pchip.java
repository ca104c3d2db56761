package org.ssbfem.solver.electrochem;

import java.util.Arrays;

/**
 * Monotone piecewise-cubic Hermite interpolation (PCHIP) of tabulated data: node slopes by the
 * Fritsch-Carlson conditions in the weighted harmonic-mean form of Fritsch and Butland (F. N.
 * Fritsch, J. Butland, SIAM J. Sci. Stat. Comput. 5 (1984) 300; the rule of SciPy's
 * {@code PchipInterpolator}), so that the interpolant is C1 and monotone wherever the data are,
 * with no overshoot. End slopes from the one-sided three-point formula, limited the same way.
 *
 * <p>Outside {@code [xMin, xMax]} the interpolant continues linearly with its end slope, so that a
 * Newton iterate that strays out of the table still sees a finite value and derivative; callers
 * that need the table range check it ({@link #covers}). Immutable.
 */
public final class Pchip {
    private final double[] x;
    private final double[] y;
    private final double[] slope;

    /** Buckets of equal width over [x_0, x_n]: {@code first[b]} is the interval holding the bucket's start. */
    private final int[] first;
    private final double bucketsPerUnit;

    private Pchip(double[] x, double[] y) {
        this.x = x;
        this.y = y;
        this.slope = slopes(x, y);
        int buckets = 4 * x.length;
        this.bucketsPerUnit = buckets / (x[x.length - 1] - x[0]);
        this.first = new int[buckets];
        for (int b = 0, k = 0; b < buckets; b++) {
            double start = x[0] + b / bucketsPerUnit;
            while (k < x.length - 2 && x[k + 1] <= start) {
                k++;
            }
            first[b] = k;
        }
    }

    /**
     * @param x abscissae, strictly increasing, at least 2 (copied)
     * @param y values, same length, finite (copied)
     * @throws IllegalArgumentException for fewer than 2 points, unequal lengths, non-finite
     *     values or x not strictly increasing (naming the first bad index)
     */
    public static Pchip of(double[] x, double[] y) {
        if (x.length < 2 || x.length != y.length) {
            throw new IllegalArgumentException("need at least 2 points with as many values: " + x.length + " x, "
                    + y.length + " y");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("point " + i + " is not finite: (" + x[i] + ", " + y[i] + ")");
            }
            if (i > 0 && !(x[i] > x[i - 1])) {
                throw new IllegalArgumentException("x is not strictly increasing at point " + i + ": " + x[i - 1]
                        + " then " + x[i]);
            }
        }
        return new Pchip(x.clone(), y.clone());
    }

    private static double[] slopes(double[] x, double[] y) {
        int n = x.length;
        double[] h = new double[n - 1];
        double[] delta = new double[n - 1];
        for (int k = 0; k < n - 1; k++) {
            h[k] = x[k + 1] - x[k];
            delta[k] = (y[k + 1] - y[k]) / h[k];
        }
        double[] d = new double[n];
        if (n == 2) {
            d[0] = delta[0];
            d[1] = delta[0];
            return d;
        }
        for (int k = 1; k < n - 1; k++) {
            if (delta[k - 1] * delta[k] <= 0) {
                d[k] = 0.0;
            } else {
                double w1 = 2 * h[k] + h[k - 1];
                double w2 = h[k] + 2 * h[k - 1];
                d[k] = (w1 + w2) / (w1 / delta[k - 1] + w2 / delta[k]);
            }
        }
        d[0] = endSlope(h[0], h[1], delta[0], delta[1]);
        d[n - 1] = endSlope(h[n - 2], h[n - 3], delta[n - 2], delta[n - 3]);
        return d;
    }

    /** One-sided three-point slope at an end, limited to keep the end interval monotone. */
    private static double endSlope(double h0, double h1, double m0, double m1) {
        double d = ((2 * h0 + h1) * m0 - h0 * m1) / (h0 + h1);
        if (Math.signum(d) != Math.signum(m0)) {
            return 0.0;
        }
        if (Math.signum(m0) != Math.signum(m1) && Math.abs(d) > 3 * Math.abs(m0)) {
            return 3 * m0;
        }
        return d;
    }

    /** Smallest tabulated abscissa. */
    public double xMin() { return x[0]; }

    /** Largest tabulated abscissa. */
    public double xMax() { return x[x.length - 1]; }

    /** True when the table spans {@code [lo, hi]} (to a relative 1e-12 of the range). */
    public boolean covers(double lo, double hi) {
        double eps = 1e-12 * (xMax() - xMin());
        return lo >= xMin() - eps && hi <= xMax() + eps;
    }

    /** Smallest and largest tabulated value. */
    public double[] valueRange() {
        double[] s = y.clone();
        Arrays.sort(s);
        return new double[] {s[0], s[s.length - 1]};
    }

    /** The interpolant at {@code t} (linear continuation outside the table). */
    public double value(double t) {
        if (t <= x[0]) {
            return y[0] + slope[0] * (t - x[0]);
        }
        int n = x.length - 1;
        if (t >= x[n]) {
            return y[n] + slope[n] * (t - x[n]);
        }
        int k = interval(t);
        double h = x[k + 1] - x[k];
        double s = (t - x[k]) / h;
        double s2 = s * s;
        double s3 = s2 * s;
        return (2 * s3 - 3 * s2 + 1) * y[k] + (s3 - 2 * s2 + s) * h * slope[k]
                + (-2 * s3 + 3 * s2) * y[k + 1] + (s3 - s2) * h * slope[k + 1];
    }

    /** The derivative of the interpolant at {@code t} (the end slope outside the table). */
    public double derivative(double t) {
        if (t <= x[0]) {
            return slope[0];
        }
        int n = x.length - 1;
        if (t >= x[n]) {
            return slope[n];
        }
        int k = interval(t);
        double h = x[k + 1] - x[k];
        double s = (t - x[k]) / h;
        double s2 = s * s;
        return (6 * s2 - 6 * s) / h * y[k] + (3 * s2 - 4 * s + 1) * slope[k]
                + (-6 * s2 + 6 * s) / h * y[k + 1] + (3 * s2 - 2 * s) * slope[k + 1];
    }

    /** Index k with x[k] &lt;= t &lt; x[k + 1], for t inside the table. */
    /** {@link #value} and {@link #derivative} at {@code t} into {@code out[0]} and {@code out[1]}, with one search. */
    public void evaluate(double t, double[] out) {
        int n = x.length - 1;
        if (t <= x[0] || t >= x[n]) {
            out[0] = value(t);
            out[1] = derivative(t);
            return;
        }
        int k = interval(t);
        double h = x[k + 1] - x[k];
        double s = (t - x[k]) / h;
        double s2 = s * s;
        double s3 = s2 * s;
        out[0] = (2 * s3 - 3 * s2 + 1) * y[k] + (s3 - 2 * s2 + s) * h * slope[k]
                + (-2 * s3 + 3 * s2) * y[k + 1] + (s3 - s2) * h * slope[k + 1];
        out[1] = (6 * s2 - 6 * s) / h * y[k] + (3 * s2 - 4 * s + 1) * slope[k]
                + (-6 * s2 + 6 * s) / h * y[k + 1] + (3 * s2 - 2 * s) * slope[k + 1];
    }

    private int interval(double t) {
        int b = Math.min(Math.max((int) ((t - x[0]) * bucketsPerUnit), 0), first.length - 1);
        int k = first[b];
        while (k > 0 && x[k] > t) {
            k--;
        }
        while (k < x.length - 2 && x[k + 1] <= t) {
            k++;
        }
        return k;
    }
}
