package org.ssbfem.solver.electrochem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Monotone cubic interpolation: nodes, monotonicity, exactness, derivative, continuation. */
class PchipTest {
    private static final double[] X = {0.0, 0.1, 0.3, 0.35, 0.6, 1.0};
    private static final double[] Y = {4.4, 4.2, 4.15, 4.15, 3.9, 3.5};

    @Test
    void interpolatesTheNodes() {
        Pchip p = Pchip.of(X, Y);
        for (int i = 0; i < X.length; i++) {
            assertEquals(Y[i], p.value(X[i]), 1e-14);
        }
    }

    @Test
    void staysMonotoneWithoutOvershootOnMonotoneData() {
        Pchip p = Pchip.of(X, Y);
        double last = Double.POSITIVE_INFINITY;
        for (int k = 0; k <= 10000; k++) {
            double t = k / 10000.0;
            double v = p.value(t);
            assertTrue(v <= last + 1e-15, "increase at x = " + t);
            assertTrue(p.derivative(t) <= 1e-12, "positive slope at x = " + t);
            last = v;
        }
        for (double t = 0.3; t <= 0.35; t += 0.001) {
            assertEquals(4.15, p.value(t), 1e-14, "flat data stay flat");
        }
    }

    @Test
    void derivativeMatchesFiniteDifferences() {
        Pchip p = Pchip.of(X, Y);
        for (double t = 0.013; t < 1; t += 0.0517) {
            double e = 1e-6;
            double fd = (p.value(t + e) - p.value(t - e)) / (2 * e);
            assertEquals(fd, p.derivative(t), 1e-6 * Math.max(1, Math.abs(fd)), "x = " + t);
        }
    }

    @Test
    void reproducesLinearDataExactly() {
        double[] x = {0, 0.2, 0.5, 0.9, 1.3};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 2 - 3 * x[i];
        }
        Pchip p = Pchip.of(x, y);
        for (double t = -0.5; t < 2; t += 0.0731) {
            assertEquals(2 - 3 * t, p.value(t), 1e-13, "inside and continued outside");
            assertEquals(-3, p.derivative(t), 1e-12);
        }
    }

    @Test
    void continuesLinearlyOutsideAndReportsItsRange() {
        Pchip p = Pchip.of(X, Y);
        assertEquals(p.value(1.0) + 0.5 * p.derivative(1.0), p.value(1.5), 1e-13);
        assertEquals(p.derivative(0.0), p.derivative(-0.2), 0.0);
        assertTrue(p.covers(0.0, 1.0));
        assertFalse(p.covers(-0.01, 0.5));
        assertEquals(3.5, p.valueRange()[0]);
        assertEquals(4.4, p.valueRange()[1]);
    }

    @Test
    void refusesUnsortedOrShortTables() {
        assertThrows(IllegalArgumentException.class, () -> Pchip.of(new double[] {0, 0.5, 0.5}, new double[] {1, 2, 3}));
        assertThrows(IllegalArgumentException.class, () -> Pchip.of(new double[] {0}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> Pchip.of(new double[] {0, 1}, new double[] {1, Double.NaN}));
    }

    /** The bucketed interval search finds the right interval on clustered knots, at and between knots. */
    @Test
    void clusteredKnotsEvaluateInTheirOwnInterval() {
        int n = 60;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = (double) i / (n - 1);
            x[i] = 0.25 + 0.75 * s * s * s;
            y[i] = Math.sqrt(i) + 0.1 * i;
        }
        Pchip p = Pchip.of(x, y);
        java.util.Random rnd = new java.util.Random(3);
        for (int k = 0; k < 100_000; k++) {
            double t = k < n ? x[k] : x[0] + (x[n - 1] - x[0]) * rnd.nextDouble();
            int j = java.util.Arrays.binarySearch(x, t);
            if (j >= 0) {
                org.junit.jupiter.api.Assertions.assertEquals(y[j], p.value(t), 1e-12 * Math.abs(y[j]) + 1e-15, "knot " + j);
                continue;
            }
            int lo = -j - 2;
            double v = p.value(t);
            org.junit.jupiter.api.Assertions.assertTrue(v >= y[lo] && v <= y[lo + 1],
                    "t " + t + " in [" + x[lo] + ", " + x[lo + 1] + "]: " + v);
        }
    }
}
