package org.ssbfem.solver.electrochem;

import java.util.Locale;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import org.ssbfem.mesh.InputError;

/**
 * A material property given as a formula of the lithiation {@code x} in a case file, e.g.
 * {@code 4.2 - 0.9 * x - 0.05 * tanh((x - 0.8) / 0.02)} or {@code 1e-14 * exp(-3 * x)}; parsed by
 * exp4j (operators {@code + - * / ^ %}, functions such as {@code exp log sqrt tanh pow abs}, the
 * constants {@code pi e}). The derivative is a fourth-order central difference with step
 * {@value #STEP} (error of order 1e-12 times the fifth derivative), which keeps Newton's
 * convergence quadratic to that accuracy. Thread-safe: an exp4j expression holds its variable, so
 * every thread evaluates its own copy of the parsed expression (the parallel cell loop of the
 * assembler calls coefficients from two threads at once).
 */
final class ExpressionFunction implements LithiationFunction {
    /** Difference step of the derivative, in x. */
    static final double STEP = 1e-3;

    private final String text;
    private final ThreadLocal<Expression> expression;

    private ExpressionFunction(String text, Expression parsed) {
        this.text = text;
        this.expression = ThreadLocal.withInitial(() -> new Expression(parsed));
    }

    /**
     * Parses {@code text} and checks it on {@code [lo, hi]}: finite everywhere there and, when
     * {@code positive}, greater than zero.
     *
     * @param where file:line and key of the formula, for errors
     * @throws InputError for a formula that does not parse, uses another variable than x, or
     *     breaks the checks
     */
    static ExpressionFunction parse(String text, String where, double lo, double hi, boolean positive) {
        Expression e;
        try {
            e = new ExpressionBuilder(text).variable("x").build();
        } catch (RuntimeException ex) {
            throw new InputError(where, "cannot read the formula '" + text + "': " + ex.getMessage(),
                    "write a formula of the lithiation x, e.g. '4.2 - 0.9 * x' or '1e-14 * exp(-3 * x)'");
        }
        ExpressionFunction f = new ExpressionFunction(text, e);
        for (int i = 0; i <= 100; i++) {
            double x = lo + (hi - lo) * i / 100.0;
            double v = f.valueOrNaN(x);
            if (!Double.isFinite(v) || (positive && !(v > 0))) {
                throw new InputError(where, String.format(Locale.ROOT, "the formula '%s' gives %s at x = %.4g",
                        text, v, x), positive ? "a diffusivity or conductivity must be positive and finite on the"
                        + " lithiation range of the run" : "the formula must be finite on the lithiation range of the run");
            }
        }
        return f;
    }

    private double valueOrNaN(double x) {
        try {
            return value(x);
        } catch (ArithmeticException ex) {
            return Double.NaN;
        }
    }

    @Override
    public double value(double x) {
        return expression.get().setVariable("x", x).evaluate();
    }

    @Override
    public double derivative(double x) {
        double h = STEP;
        return (8 * (value(x + h) - value(x - h)) - (value(x + 2 * h) - value(x - 2 * h))) / (12 * h);
    }

    @Override
    public String describe() { return "formula " + text; }
}
