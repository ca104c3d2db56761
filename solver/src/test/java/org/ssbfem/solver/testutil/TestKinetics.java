package org.ssbfem.solver.testutil;

import org.ssbfem.solver.physics.ButlerVolmer;
import org.ssbfem.solver.physics.Coefficient;
import org.ssbfem.solver.physics.MassMatrix;

/**
 * Smooth Butler-Volmer coefficients for tests of the interface assembly: an OCV cubic in c and an
 * exchange current {@code 3 sqrt(c (2 - c))}, both with exact derivatives, defined for c in (0, 2).
 */
public final class TestKinetics {
    private TestKinetics() {
    }

    /** U(c) = 0.5 - 0.3 c + 0.1 c^3, V. */
    public static Coefficient ocv() {
        return new Coefficient() {
            @Override public double value(double c) { return 0.5 - 0.3 * c + 0.1 * c * c * c; }

            @Override public double derivative(double c) { return -0.3 + 0.3 * c * c; }
        };
    }

    /** i0(c) = 3 sqrt(c (2 - c)), A/m^2. */
    public static Coefficient i0() {
        return new Coefficient() {
            @Override public double value(double c) { return 3.0 * Math.sqrt(c * (2.0 - c)); }

            @Override public double derivative(double c) { return 1.5 * (2.0 - 2 * c) / Math.sqrt(c * (2.0 - c)); }
        };
    }

    /** The temperature at which F / (R T) = 4 / V, K. */
    public static double temperatureK() {
        return ButlerVolmer.FARADAY_C_PER_MOL / (4.0 * ButlerVolmer.GAS_CONSTANT_J_PER_MOL_K);
    }

    /** Butler-Volmer with these coefficients, alpha_a 0.6, alpha_c 0.4, in {@code form}. */
    public static ButlerVolmer butlerVolmer(MassMatrix form) {
        return new ButlerVolmer(ocv(), i0(), 0.6, 0.4, temperatureK(), form);
    }
}
