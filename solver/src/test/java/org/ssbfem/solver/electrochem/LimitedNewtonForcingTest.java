package org.ssbfem.solver.electrochem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The inexact-Newton target {@link LimitedNewton#forcing}: what the linear solve must reach. */
class LimitedNewtonForcingTest {
    private static final double TOL = 1e-9;

    @Test
    void quadraticModelSetsTheTargetInTheMiddle() {
        // 1e-3 -> 1e-5: the model expects 1e-5 * (1e-2)^2 = 1e-9 next; half of it is asked for.
        assertEquals(LimitedNewton.MODEL_FRACTION * 1e-9, LimitedNewton.forcing(1e-3, 1e-5, 1e-12), 1e-22);
    }

    @Test
    void neverLooserThanATenthOfTheCurrentResidual() {
        // the residual did not fall (ratio 1): the model would allow 1e-5, the cap asks for 1e-6
        assertEquals(1e-6, LimitedNewton.forcing(1e-5, 1e-5, TOL), 1e-18);
    }

    @Test
    void neverTighterThanAFractionOfTheTolerance() {
        // fast convergence: the model expects 1e-16, but 1e-10 already makes the next residual < tol
        assertEquals(LimitedNewton.TOLERANCE_FRACTION * TOL, LimitedNewton.forcing(1e-3, 1e-7, TOL), 1e-22);
        assertTrue(LimitedNewton.TOLERANCE_FRACTION <= 0.5, "room for the nonlinear remainder");
    }

    @Test
    void firstSolveAsksForAHundredthOfTheResidualOrATenthOfTheTolerance() {
        assertEquals(1e-5, LimitedNewton.firstForcing(1e-3, TOL), 1e-17);
        assertEquals(0.1 * TOL, LimitedNewton.firstForcing(1e-8, TOL), 1e-22);
    }

    @Test
    void residualFirstOnlyWhenTheModelExpectsConvergence() {
        assertEquals(true, LimitedNewton.likelyConverged(1e-3, 1e-6, TOL));   // expects 1e-12
        assertEquals(false, LimitedNewton.likelyConverged(1e-4, 1e-5, TOL));  // expects 1e-7
    }
}
