package org.ssbfem.solver.testutil;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Comparisons of assembled vectors relative to their size. */
public final class Compare {
    private Compare() {
    }

    /** Largest absolute entry of {@code v} (0 for an empty array). */
    public static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    /** Asserts every entry of {@code actual} within {@code relative} times the largest entry of {@code expected}. */
    public static void assertClose(double[] expected, double[] actual, double relative, String message) {
        assertArrayEquals(expected, actual, relative * maxAbs(expected), message);
    }
}
