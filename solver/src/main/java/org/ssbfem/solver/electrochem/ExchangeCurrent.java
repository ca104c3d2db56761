package org.ssbfem.solver.electrochem;

import java.util.Locale;
import org.ssbfem.solver.physics.ButlerVolmer;

/**
 * The exchange current density of MODEL.md section 3 from a rate constant,
 *
 * <pre>
 *   i0 = F k c_e^alpha_a (c_max - c)^alpha_a c^alpha_c = F k c_e^alpha_a c_max^(alpha_a + alpha_c) (1 - x)^alpha_a x^alpha_c
 * </pre>
 *
 * in A/m^2. The unit of k follows from the exponents: m^(3 s - 2) mol^(1 - s) / s with
 * {@code s = 2 alpha_a + alpha_c} (m^2.5 mol^-0.5 s^-1 for alpha_a = alpha_c = 0.5, where PyBaMM's
 * {@code m_ref} is F k).
 *
 * <p>Near the ends of the lithiation range the formula's slope diverges (for exponents below 1)
 * and a discrete surface node would keep taking lithium past x = 1. So within {@link #X_GUARD}
 * of x = 0 and x = 1 the formula gives way to the quadratic in the distance z from the end that
 * is zero at the end and meets the formula with value and slope at z = X_GUARD ({@link EndGuard};
 * C1, so that Newton meets no kink there; slope finite at the end), and the function is zero
 * beyond the end: a full (or empty) surface takes (or gives) no more lithium, and the voltage
 * collapses as the whole surface saturates, as it does in the model without the guard.
 *
 * <p>Beyond the ends, where only Newton iterates and (slightly) the BDF2 extrapolation go, the
 * Butler-Volmer terms take the branches {@link #anodic()} and {@link #cathodic()}: equal to
 * {@link #value} on [0, 1], they continue the guard's tangent at the end into negative values for
 * the term that moves lithium further out (the cathodic, insertion term beyond x = 1; the anodic,
 * extraction term below x = 0) and are zero for the other. Beyond x = 1 the current then always
 * extracts lithium, below x = 0 it always inserts: it drives the lithiation back, and the term that
 * dominates there is C1 through the end. With {@link #value} alone (zero beyond the end, a kink at
 * it) Newton's linearization at a node just past x = 1 sees no kinetics at all and sends the node
 * back below 1, from where the guard's slope sends it past 1 again: a two-cycle that never
 * converges (measured on the 25-particle discharge-small mesh at 3.45 V, an 8 s step: a node
 * flipping between x = 0.998085 and 1.000602 for all 20 iterations; the continued branches
 * converge in 5).
 *
 * <p>Evaluated at every interface node in every assembly: the prefactor and the guards are
 * computed once, and the powers of one half (the usual transfer coefficients) are square roots.
 * Immutable.
 */
public final class ExchangeCurrent implements LithiationFunction {
    /** Width of the guards at x = 0 and x = 1 (see the class comment). */
    public static final double X_GUARD = 1e-4;

    private final double rateConstantSI;
    private final double electrolyteConcentrationMolPerM3;
    private final double cMaxMolPerM3;
    private final double alphaA;
    private final double alphaC;
    private final double prefactor;
    private final EndGuard low;
    private final EndGuard high;

    /**
     * @param rateConstantSI k in SI units
     * @param electrolyteConcentrationMolPerM3 c_e, the Li concentration of the electrolyte side, mol/m^3
     * @param cMaxMolPerM3 c_max of the CAM, mol/m^3
     * @param alphaA anodic transfer coefficient
     * @param alphaC cathodic transfer coefficient
     * @throws IllegalArgumentException for a non-positive parameter
     */
    public ExchangeCurrent(double rateConstantSI, double electrolyteConcentrationMolPerM3, double cMaxMolPerM3,
                           double alphaA, double alphaC) {
        if (!(rateConstantSI > 0 && electrolyteConcentrationMolPerM3 > 0 && cMaxMolPerM3 > 0 && alphaA > 0
                && alphaC > 0)) {
            throw new IllegalArgumentException("rate constant, c_e, c_max and the transfer coefficients must be positive");
        }
        this.rateConstantSI = rateConstantSI;
        this.electrolyteConcentrationMolPerM3 = electrolyteConcentrationMolPerM3;
        this.cMaxMolPerM3 = cMaxMolPerM3;
        this.alphaA = alphaA;
        this.alphaC = alphaC;
        this.prefactor = ButlerVolmer.FARADAY_C_PER_MOL * rateConstantSI
                * Math.pow(electrolyteConcentrationMolPerM3, alphaA) * Math.pow(cMaxMolPerM3, alphaA + alphaC);
        this.low = EndGuard.of(formula(X_GUARD), formulaDerivative(X_GUARD), X_GUARD);
        this.high = EndGuard.of(formula(1 - X_GUARD), -formulaDerivative(1 - X_GUARD), X_GUARD);
    }

    /** k, SI units. */
    public double rateConstantSI() { return rateConstantSI; }

    /** c_e, mol/m^3. */
    public double electrolyteConcentrationMolPerM3() { return electrolyteConcentrationMolPerM3; }

    /** c_max, mol/m^3. */
    public double cMaxMolPerM3() { return cMaxMolPerM3; }

    /** Anodic transfer coefficient. */
    public double alphaA() { return alphaA; }

    /** Cathodic transfer coefficient. */
    public double alphaC() { return alphaC; }

    /** {@code F k c_e^alpha_a c_max^(alpha_a + alpha_c)}: i0 at (1 - x)^alpha_a x^alpha_c = 1, A/m^2. */
    public double prefactorAPerM2() { return prefactor; }

    @Override
    public double value(double x) {
        if (x <= 0 || x >= 1) {
            return 0.0;
        }
        if (x < X_GUARD) {
            return low().value(x);
        }
        if (x > 1 - X_GUARD) {
            return high().value(1 - x);
        }
        return formula(x);
    }

    @Override
    public double derivative(double x) {
        if (x <= 0 || x >= 1) {
            return 0.0;
        }
        if (x < X_GUARD) {
            return low().slope(x);
        }
        if (x > 1 - X_GUARD) {
            return -high().slope(1 - x);
        }
        return formulaDerivative(x);
    }

    /**
     * The exchange current of the cathodic (insertion) term, A/m^2: {@link #value} for x &lt;= 1;
     * beyond x = 1 the guard's tangent at x = 1 continued (negative: the term extracts lithium
     * there), and zero below x = 0.
     */
    public LithiationFunction cathodic() {
        return new Branch(this, true);
    }

    /**
     * The exchange current of the anodic (extraction) term, A/m^2: {@link #value} for x &gt;= 0;
     * below x = 0 the guard's tangent at x = 0 continued (negative: the term inserts lithium
     * there), and zero beyond x = 1.
     */
    public LithiationFunction anodic() {
        return new Branch(this, false);
    }

    /** The guard at x = 1, in z = 1 - x. */
    private EndGuard high() { return high; }

    /** The guard at x = 0, in z = x. */
    private EndGuard low() { return low; }

    @Override
    public void evaluate(double x, double[] out) {
        if (x <= 0 || x >= 1 || x < X_GUARD || x > 1 - X_GUARD) {
            out[0] = value(x);
            out[1] = derivative(x);
            return;
        }
        double f = formula(x);
        out[0] = f;
        out[1] = f * (alphaC / x - alphaA / (1 - x));
    }

    /** A branch of the exchange current (see {@link #cathodic()} and {@link #anodic()}). */
    private record Branch(ExchangeCurrent i0, boolean cathodic) implements LithiationFunction {
        @Override
        public double value(double x) {
            if (cathodic && x >= 1) {
                return i0.high().slope(0) * (1 - x);
            }
            if (!cathodic && x <= 0) {
                return i0.low().slope(0) * x;
            }
            return i0.value(x);
        }

        @Override
        public double derivative(double x) {
            if (cathodic && x >= 1) {
                return -i0.high().slope(0);
            }
            if (!cathodic && x <= 0) {
                return i0.low().slope(0);
            }
            return i0.derivative(x);
        }

        @Override
        public void evaluate(double x, double[] out) {
            if (cathodic && x >= 1 || !cathodic && x <= 0) {
                out[0] = value(x);
                out[1] = derivative(x);
                return;
            }
            i0.evaluate(x, out);
        }

        @Override
        public String describe() {
            return (cathodic ? "cathodic" : "anodic") + " branch of " + i0.describe();
        }
    }

    /** The formula itself, for x in (0, 1). */
    private double formula(double x) {
        return prefactor * power(1 - x, alphaA) * power(x, alphaC);
    }

    /** {@code x^a}, a square root for a = 1/2. */
    private static double power(double x, double a) {
        return a == 0.5 ? Math.sqrt(x) : Math.pow(x, a);
    }

    /** d formula / dx, for x in (0, 1). */
    private double formulaDerivative(double x) {
        return formula(x) * (alphaC / x - alphaA / (1 - x));
    }

    @Override
    public String toString() { return describe(); }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "F k c_e^%.3g (c_max - c)^%.3g c^%.3g, k = %.4g SI, c_e = %.4g mol/m3"
                + " (i0 at x = 0.5: %.4g A/m2)", alphaA, alphaA, alphaC, rateConstantSI,
                electrolyteConcentrationMolPerM3, value(0.5));
    }
}
