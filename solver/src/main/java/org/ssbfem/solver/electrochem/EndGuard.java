package org.ssbfem.solver.electrochem;

/**
 * The end piece of a function that must vanish at the end of its range while its own formula has
 * a diverging slope there (the exchange current {@code ~ z^alpha} at a distance z from a full or
 * empty lattice, alpha &lt; 1): on {@code 0 <= z <= width} the quadratic {@code q(z) = a z + b z^2}
 * with {@code q(width) = f0} and {@code q'(width) = f1} (value and slope of the formula there), so
 * that the function is C1 where the piece starts. For a power law ({@code f1 width / f0 = alpha})
 * {@code q'(0) = (2 - alpha) f0 / width}: positive for alpha &lt; 2, and q increases on
 * [0, width]; for a steeper formula (alpha &gt;= 2) the piece falls back to
 * {@code f0 (z / width)^2}. Immutable.
 *
 * @param a slope at z = 0, per unit z
 * @param b half the curvature, per unit z^2
 */
record EndGuard(double a, double b) {
    /**
     * @param f0 the formula's value at z = width, &gt; 0
     * @param f1 its slope d/dz there (towards the interior), &gt; 0
     * @param width the guard's width in z, &gt; 0
     */
    static EndGuard of(double f0, double f1, double width) {
        double b = (f1 * width - f0) / (width * width);
        double a = f0 / width - b * width;
        if (a < 0) {
            return new EndGuard(0.0, f0 / (width * width));
        }
        return new EndGuard(a, b);
    }

    /** q(z). */
    double value(double z) {
        return (a + b * z) * z;
    }

    /** dq/dz at z. */
    double slope(double z) {
        return a + 2 * b * z;
    }
}
