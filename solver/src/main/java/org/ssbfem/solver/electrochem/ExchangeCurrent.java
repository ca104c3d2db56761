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
 * of x = 0 and x = 1 the function falls linearly to zero at the end and is zero beyond it (value
 * continuous, slope finite): a full (or empty) surface takes (or gives) no more lithium, and the
 * voltage collapses as the whole surface saturates, as it does in the model without the guard.
 * Immutable.
 *
 * @param rateConstantSI k in SI units
 * @param electrolyteConcentrationMolPerM3 c_e, the Li concentration of the electrolyte side, mol/m^3
 * @param cMaxMolPerM3 c_max of the CAM, mol/m^3
 * @param alphaA anodic transfer coefficient
 * @param alphaC cathodic transfer coefficient
 */
public record ExchangeCurrent(double rateConstantSI, double electrolyteConcentrationMolPerM3, double cMaxMolPerM3,
                              double alphaA, double alphaC) implements LithiationFunction {
    /** Width of the linear fall to zero at x = 0 and x = 1 (see the class comment). */
    public static final double X_GUARD = 1e-4;

    /** @throws IllegalArgumentException for a non-positive parameter */
    public ExchangeCurrent {
        if (!(rateConstantSI > 0 && electrolyteConcentrationMolPerM3 > 0 && cMaxMolPerM3 > 0 && alphaA > 0
                && alphaC > 0)) {
            throw new IllegalArgumentException("rate constant, c_e, c_max and the transfer coefficients must be positive");
        }
    }

    /** {@code F k c_e^alpha_a c_max^(alpha_a + alpha_c)}: i0 at (1 - x)^alpha_a x^alpha_c = 1, A/m^2. */
    public double prefactorAPerM2() {
        return ButlerVolmer.FARADAY_C_PER_MOL * rateConstantSI * Math.pow(electrolyteConcentrationMolPerM3, alphaA)
                * Math.pow(cMaxMolPerM3, alphaA + alphaC);
    }

    @Override
    public double value(double x) {
        if (x <= 0 || x >= 1) {
            return 0.0;
        }
        if (x < X_GUARD) {
            return formula(X_GUARD) * x / X_GUARD;
        }
        if (x > 1 - X_GUARD) {
            return formula(1 - X_GUARD) * (1 - x) / X_GUARD;
        }
        return formula(x);
    }

    @Override
    public double derivative(double x) {
        if (x <= 0 || x >= 1) {
            return 0.0;
        }
        if (x < X_GUARD) {
            return formula(X_GUARD) / X_GUARD;
        }
        if (x > 1 - X_GUARD) {
            return -formula(1 - X_GUARD) / X_GUARD;
        }
        return formula(x) * (alphaC / x - alphaA / (1 - x));
    }

    /** The formula itself, for x in (0, 1). */
    private double formula(double x) {
        return prefactorAPerM2() * Math.pow(1 - x, alphaA) * Math.pow(x, alphaC);
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "F k c_e^%.3g (c_max - c)^%.3g c^%.3g, k = %.4g SI, c_e = %.4g mol/m3"
                + " (i0 at x = 0.5: %.4g A/m2)", alphaA, alphaA, alphaC, rateConstantSI,
                electrolyteConcentrationMolPerM3, value(0.5));
    }
}
