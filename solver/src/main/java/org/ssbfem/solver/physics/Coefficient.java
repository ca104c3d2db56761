package org.ssbfem.solver.physics;

/**
 * A material coefficient as a function of a field value with its derivative, e.g. the solid
 * diffusivity D(c) (m^2/s of mol/m^3) or the conductivity sigma_s(c) (S/m). The derivative must be
 * exact: it enters the Newton Jacobian.
 */
public interface Coefficient {
    /** Value at field value {@code u}. */
    double value(double u);

    /** d value / d u at {@code u}. */
    double derivative(double u);

    /**
     * Value and derivative at {@code u} into {@code out[0]} and {@code out[1]}: one evaluation where
     * the two share work (a table search, a power), for terms that need both at every point.
     */
    default void evaluate(double u, double[] out) {
        out[0] = value(u);
        out[1] = derivative(u);
    }

    /** A constant coefficient (derivative zero). */
    static Coefficient constant(double k) {
        return new Coefficient() {
            @Override public double value(double u) { return k; }

            @Override public double derivative(double u) { return 0.0; }

            @Override public String toString() { return Double.toString(k); }
        };
    }

    /** {@code k0 (1 + a u^2)}. */
    static Coefficient quadratic(double k0, double a) {
        return new Coefficient() {
            @Override public double value(double u) { return k0 * (1 + a * u * u); }

            @Override public double derivative(double u) { return 2 * k0 * a * u; }
        };
    }

    /** {@code k0 exp(b u)}. */
    static Coefficient exponential(double k0, double b) {
        return new Coefficient() {
            @Override public double value(double u) { return k0 * Math.exp(b * u); }

            @Override public double derivative(double u) { return k0 * b * Math.exp(b * u); }
        };
    }
}
