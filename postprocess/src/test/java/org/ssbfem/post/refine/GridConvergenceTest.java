package org.ssbfem.post.refine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The worked example of Celik, Ghia, Roache, Freitas, Coleman and Raad, "Procedure for estimation
 * and reporting of uncertainty due to discretization in CFD applications", J. Fluids Eng. 130
 * (2008) 078001, Table 1, first column (2D grids of N = 18000, 8000, 4500 cells, so
 * r21 = 1.5, r32 = 1.333 with h = N^(-1/2)): f = 6.063, 5.972, 5.863 gives p = 1.53,
 * f_ext21 = 6.1685, e_a21 = 1.5 %, e_ext21 = 1.7 %, GCI_fine21 = 2.2 %. The published figures are
 * rounded, hence the tolerances. The other cases are synthetic.
 */
class GridConvergenceTest {
    private static final double[] H = {Math.pow(18000, -0.5), Math.pow(8000, -0.5), Math.pow(4500, -0.5)};

    @Test
    void celikTable1FirstColumn() {
        ConvergenceResult r = GridConvergence.analyze(H, new double[] {6.063, 5.972, 5.863}, 2);
        assertEquals(Convergence.MONOTONE, r.kind());
        assertEquals(1.5, r.r21(), 1e-12);
        assertEquals(4.0 / 3, r.r32(), 1e-12);
        assertEquals(1.53, r.observedOrder(), 0.005);
        assertEquals(6.1685, r.extrapolated(), 0.00005);
        assertEquals(0.015, r.approxRelError(), 0.0005);
        assertEquals(0.017, r.extrapolatedRelError(), 0.0005);
        assertEquals(0.022, r.gciFine(), 0.0005);
        assertEquals(GridConvergence.FS_THREE, r.safetyFactor());
        assertEquals("pass", r.verdict(0.03));
        assertEquals("fail", r.verdict(0.01));
    }

    @Test
    void oscillationIsReportedNotExtrapolated() {
        ConvergenceResult r = GridConvergence.analyze(H, new double[] {6.00, 5.96, 6.09}, 2);
        assertEquals(Convergence.OSCILLATORY, r.kind());
        assertFalse(r.hasEstimate());
        assertEquals("oscillatory convergence", r.verdict(0.1));
    }

    @Test
    void changesBelowTheNoiseThresholdAreNoChange() {
        double[] f = {193.616, 193.614, 193.609};
        assertEquals(Convergence.MONOTONE, GridConvergence.analyze(H, f, 1).kind());
        assertEquals(Convergence.GRID_INDEPENDENT, GridConvergence.analyze(H, f, 1, 1e-4).kind());
        assertEquals("pass", GridConvergence.analyze(H, f, 1, 1e-4).verdict(1e-3));
    }

    @Test
    void growingChangesAreDivergence() {
        ConvergenceResult r = GridConvergence.analyze(new double[] {1, 2, 4}, new double[] {1.0, 1.5, 1.6}, 2);
        assertEquals(Convergence.DIVERGENT, r.kind());
        assertFalse(r.hasEstimate());
    }

    @Test
    void exactPowerLawIsRecoveredWithNonConstantRatio() {
        double[] h = {0.1, 0.13, 0.2};
        double[] f = new double[3];
        for (int i = 0; i < 3; i++) {
            f[i] = 2.0 + 0.7 * Math.pow(h[i], 2);
        }
        ConvergenceResult r = GridConvergence.analyze(new double[] {h[2], h[0], h[1]}, new double[] {f[2], f[0], f[1]}, 1);
        assertEquals(2.0, r.observedOrder(), 1e-8);
        assertEquals(2.0, r.extrapolated(), 1e-10);
        assertEquals(1.0, r.asymptoticRatio(), 1e-6 + Math.abs(f[1] / f[0] - 1) * 2);
    }

    @Test
    void twoLevelsUseTheFormalOrderAndSafetyFactorThree() {
        ConvergenceResult r = GridConvergence.analyze(new double[] {1, 2}, new double[] {1.01, 1.04}, 2);
        assertEquals(Convergence.TWO_LEVELS, r.kind());
        assertEquals(3.0, r.safetyFactor());
        assertEquals(1.0, r.extrapolated(), 1e-12);
        assertEquals(3.0 * (0.03 / 1.01) / 3, r.gciFine(), 1e-12);
        assertTrue(Double.isNaN(r.asymptoticRatio()));
    }

    @Test
    void pCheckRelatesTheDifferenceToTheReference() {
        PCheck c = new PCheck("q", "h=1", 1.0, 1.02, 2.0, "extrapolated");
        assertEquals(0.01, c.relativeDifference(), 1e-12);
        assertEquals("pass", c.verdict(0.01 + 1e-12));
    }
}
