package org.ssbfem.solver.electrochem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The variable-step BDF coefficients are exact for polynomials of their order; error factors. */
class BdfFormulaTest {
    @Test
    void bdf2IsExactForQuadraticsAtAnyStepRatio() {
        for (double ratio : new double[] {0.3, 1.0, 2.0}) {
            double h = 0.7;
            double hPrev = h / ratio;
            double t1 = 2.0;
            double t0 = t1 - h;
            double tm = t0 - hPrev;
            BdfFormula f = BdfFormula.of(2, h, hPrev);
            double[][] states = {{q(t0)}, {q(tm)}};
            double[] hist = new double[1];
            f.history(states, hist);
            assertEquals(dq(t1), f.shiftPerS() * (q(t1) - hist[0]), 1e-12, "ratio " + ratio);
            assertEquals(hist[0], f.history(q(t0), q(tm)), 1e-14);
        }
    }

    @Test
    void bdf1IsExactForLines() {
        BdfFormula f = BdfFormula.of(1, 0.5, 0.0);
        double[] hist = new double[1];
        f.history(new double[][] {{3.0}}, hist);
        assertEquals(2.0, f.shiftPerS() * (4.0 - hist[0]), 1e-14, "slope of the line through (0, 3) and (0.5, 4)");
    }

    @Test
    void errorFactorsOfConstantStepsAreTheClassicalOnes() {
        assertEquals(1.0 / 3, BdfFormula.of(1, 1.0, 1.0).errorFactor(1.0), 1e-15);
        assertEquals(2.0 / 11, BdfFormula.of(2, 1.0, 1.0).errorFactor(1.0, 1.0), 1e-15);
    }

    private static double q(double t) { return 1 - 2 * t + 0.75 * t * t; }

    private static double dq(double t) { return -2 + 1.5 * t; }
}
