package org.ssbfem.solver.electrochem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The voltage step limit: no limit without two states or without change; a steady or slowing
 * change is held at its last rate; a collapse {@code V = V0 + B ln(t_c - t)} (a saturating
 * surface) is anticipated, where holding the last mean rate changes V by about twice the allowed amount.
 */
class VoltageStepLimitTest {
    private static final double MAX_DV = 0.02;

    @Test
    void needsTwoStatesAndAChange() {
        assertEquals(Double.POSITIVE_INFINITY, VoltageStepLimit.maxStepS(new double[] {1.0}, new double[] {3.9}, MAX_DV));
        assertEquals(Double.POSITIVE_INFINITY, VoltageStepLimit.maxStepS(new double[] {2, 1}, new double[] {3.9, 3.9},
                MAX_DV));
        assertEquals(Double.POSITIVE_INFINITY, VoltageStepLimit.maxStepS(new double[] {2, 1}, new double[] {3.9, 3.8},
                Double.POSITIVE_INFINITY));
    }

    @Test
    void holdsASteadyOrSlowingRate() {
        double[] t = {30, 20, 10};
        assertEquals(10.0, VoltageStepLimit.maxStepS(t, new double[] {3.78, 3.80, 3.82}, MAX_DV), 1e-9, "steady fall");
        assertEquals(20.0, VoltageStepLimit.maxStepS(t, new double[] {3.79, 3.80, 3.82}, MAX_DV), 1e-9, "slowing fall");
        assertEquals(20.0, VoltageStepLimit.maxStepS(t, new double[] {3.81, 3.80, 3.82}, MAX_DV), 1e-9, "turning");
    }

    @Test
    void anticipatesAVoltageCollapse() {
        double tc = 100.0;
        double b = 0.05;
        double[] t = {99.0, 98.0, 96.5};
        double[] v = new double[3];
        for (int k = 0; k < 3; k++) {
            v[k] = 3.4 + b * Math.log(tc - t[k]);
        }
        double h = VoltageStepLimit.maxStepS(t, v, MAX_DV);
        double change = Math.abs(b * Math.log(tc - t[0] - h) - b * Math.log(tc - t[0]));
        assertTrue(change > 0.5 * MAX_DV && change < 1.5 * MAX_DV, "change over the step " + change + " V");
        double heldRate = (v[1] - v[0]) / (t[0] - t[1]);
        double byRate = MAX_DV / heldRate;
        double overshoot = Math.abs(b * Math.log(Math.max(tc - t[0] - byRate, 1e-300)) - b * Math.log(tc - t[0]));
        assertTrue(overshoot > 1.8 * MAX_DV, "holding the rate would change V by " + overshoot + " V");
    }
}
