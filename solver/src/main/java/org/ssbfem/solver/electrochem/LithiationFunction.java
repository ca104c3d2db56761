package org.ssbfem.solver.electrochem;

import java.util.Locale;
import org.ssbfem.mesh.InputError;
import org.ssbfem.solver.physics.Coefficient;

/**
 * A material property as a function of the CAM lithiation {@code x = c / c_max} with its exact
 * derivative: the open-circuit potential U(x) (V), the exchange current density i0(x) (A/m^2),
 * the solid diffusivity D(x) (m^2/s) or the electronic conductivity sigma_s(x) (S/m). Tabulated
 * functions know the x range of their table ({@link #xRange()}); outside it they continue
 * smoothly (see the factories) so that Newton iterates stay finite.
 */
public interface LithiationFunction {
    /** Value at lithiation {@code x}. */
    double value(double x);

    /** d value / dx at {@code x}. */
    double derivative(double x);

    /** A short description for logs and summaries. */
    String describe();

    /** True when the function does not depend on x (the physics may then take a cheaper term). */
    default boolean isConstant() { return false; }

    /** Value and derivative at {@code x} into {@code out[0]} and {@code out[1]} (see {@link Coefficient#evaluate}). */
    default void evaluate(double x, double[] out) {
        out[0] = value(x);
        out[1] = derivative(x);
    }

    /** The x range of the table behind the function; {@code [-inf, +inf]} for formulas. */
    default double[] xRange() { return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}; }

    /**
     * @throws InputError naming {@code where} when the table behind the function does not cover
     *     {@code [lo, hi]}
     */
    default void requireCovers(double lo, double hi, String where) {
        double[] r = xRange();
        double eps = 1e-12 * Math.max(1.0, r[1] - r[0]);
        if (lo < r[0] - eps || hi > r[1] + eps) {
            throw new InputError(where, String.format(Locale.ROOT, "the table covers x = %.6g .. %.6g but the run needs"
                    + " x = %.6g .. %.6g", r[0], r[1], lo, hi), "extend the table, or change the initial or maximum"
                    + " lithiation to lie inside it");
        }
    }

    /** The same function of the concentration {@code c = x c_max} (mol/m^3), for the physics terms. */
    default Coefficient ofConcentration(double cMaxMolPerM3) {
        LithiationFunction f = this;
        return new Coefficient() {
            @Override public double value(double c) { return f.value(c / cMaxMolPerM3); }

            @Override public double derivative(double c) { return f.derivative(c / cMaxMolPerM3) / cMaxMolPerM3; }

            @Override
            public void evaluate(double c, double[] out) {
                f.evaluate(c / cMaxMolPerM3, out);
                out[1] /= cMaxMolPerM3;
            }

            @Override public String toString() { return f.describe(); }
        };
    }

    /** A constant. */
    static LithiationFunction constant(double v) {
        return new LithiationFunction() {
            @Override public double value(double x) { return v; }

            @Override public double derivative(double x) { return 0.0; }

            @Override public String describe() { return String.format(Locale.ROOT, "%.6g", v); }

            @Override public boolean isConstant() { return true; }
        };
    }

    /**
     * Monotone cubic (PCHIP) interpolation of {@code table} (x, value), continued linearly outside
     * it: for the OCV.
     *
     * @throws InputError when x is not strictly increasing
     */
    static LithiationFunction table(TableFile table) {
        Pchip p = table.interpolant();
        String d = "table " + table.file().getFileName() + " (" + table.x().length + " points, PCHIP)";
        return new Tabulated(p, false, d);
    }

    /**
     * PCHIP interpolation of the logarithm of a positive {@code table}, so the function stays
     * positive everywhere and quantities spanning orders of magnitude (a measured D(x)) are
     * interpolated evenly; outside the table the logarithm continues linearly.
     *
     * @throws InputError when a value is not positive or x is not strictly increasing
     */
    static LithiationFunction positiveTable(TableFile table) {
        double[] logY = new double[table.y().length];
        for (int i = 0; i < logY.length; i++) {
            if (!(table.y()[i] > 0)) {
                throw new InputError(table.file().toString(), "value " + table.y()[i] + " in row " + (i + 1)
                        + " is not positive", "a diffusivity, conductivity or exchange current table holds values > 0");
            }
            logY[i] = Math.log(table.y()[i]);
        }
        Pchip p = new TableFile(table.file(), table.x(), logY, table.comments()).interpolant();
        String d = "table " + table.file().getFileName() + " (" + logY.length + " points, PCHIP of the logarithm)";
        return new Tabulated(p, true, d);
    }

    /**
     * A formula of {@code x} ({@link ExpressionFunction}), checked to be finite (and positive when
     * asked) on {@code [lo, hi]}.
     *
     * @param where file:line and key, for errors
     * @throws InputError for a formula that does not parse or breaks the checks
     */
    static LithiationFunction expression(String text, String where, double lo, double hi, boolean positive) {
        return ExpressionFunction.parse(text, where, lo, hi, positive);
    }

    /** A PCHIP table, of the values or of their logarithm. */
    record Tabulated(Pchip pchip, boolean logarithmic, String description) implements LithiationFunction {
        @Override
        public double value(double x) {
            return logarithmic ? Math.exp(pchip.value(x)) : pchip.value(x);
        }

        @Override
        public double derivative(double x) {
            return logarithmic ? Math.exp(pchip.value(x)) * pchip.derivative(x) : pchip.derivative(x);
        }

        @Override
        public void evaluate(double x, double[] out) {
            pchip.evaluate(x, out);
            if (logarithmic) {
                out[0] = Math.exp(out[0]);
                out[1] *= out[0];
            }
        }

        @Override public String describe() { return description; }

        @Override public double[] xRange() { return new double[] {pchip.xMin(), pchip.xMax()}; }
    }
}
