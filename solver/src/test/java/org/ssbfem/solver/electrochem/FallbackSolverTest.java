package org.ssbfem.solver.electrochem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ssbfem.solver.linalg.LinearSolver;
import org.ssbfem.solver.linalg.SolveReport;
import org.ssbfem.solver.linalg.SolverException;
import org.ssbfem.solver.linalg.SparseMatrix;
import org.ssbfem.solver.linalg.SparsityPattern;

/** The fallback takes over at the primary's first failure, from the caller's initial guess, and stays. */
class FallbackSolverTest {
    /** Solves the diagonal system exactly, or fails on call {@code failOn} (1-based; 0: never), scribbling on x. */
    private static final class Diagonal implements LinearSolver, AutoCloseable {
        final AtomicInteger calls = new AtomicInteger();
        final int failOn;
        boolean closed;

        Diagonal(int failOn) {
            this.failOn = failOn;
        }

        @Override
        public SolveReport solve(SparseMatrix a, double[] b, double[] x) {
            if (calls.incrementAndGet() == failOn) {
                java.util.Arrays.fill(x, 99.0);
                throw new SolverException("no convergence");
            }
            for (int i = 0; i < b.length; i++) {
                x[i] = b[i] / a.get(i, i);
            }
            return new SolveReport("diagonal", 1, 1.0, 0.0, 0.0, 0.0);
        }

        @Override public String describe() { return "diagonal"; }

        @Override public void close() { closed = true; }
    }

    private static SparseMatrix diagonal(double... d) {
        int[] rp = new int[d.length + 1];
        int[] ci = new int[d.length];
        for (int i = 0; i < d.length; i++) {
            rp[i + 1] = i + 1;
            ci[i] = i;
        }
        SparseMatrix m = new SparseMatrix(new SparsityPattern(d.length, rp, ci));
        for (int i = 0; i < d.length; i++) {
            m.add(i, i, d[i]);
        }
        return m;
    }

    @Test
    void fallbackServesFromTheFirstFailureOn() {
        Diagonal primary = new Diagonal(2);
        Diagonal fallback = new Diagonal(0);
        SparseMatrix a = diagonal(2, 4);
        try (FallbackSolver s = new FallbackSolver(primary, () -> fallback)) {
            double[] x = new double[2];
            s.solve(a, new double[] {2, 4}, x);
            assertFalse(s.fellBack());
            x = new double[] {0.5, 0.5};
            s.solve(a, new double[] {4, 8}, x, 1e-3);
            assertTrue(s.fellBack());
            assertArrayEquals(new double[] {2, 2}, x, 0.0);
            assertTrue(primary.closed, "the failed primary is released");
            s.solve(a, new double[] {2, 4}, x);
            assertEquals(2, primary.calls.get(), "the primary is not asked again");
            assertEquals(2, fallback.calls.get());
        }
        assertTrue(fallback.closed);
    }
}
