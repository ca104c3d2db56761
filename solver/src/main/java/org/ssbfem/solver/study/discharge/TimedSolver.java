package org.ssbfem.solver.study.discharge;

import org.ssbfem.solver.linalg.LinearSolver;
import org.ssbfem.solver.linalg.SolveReport;
import org.ssbfem.solver.linalg.SparseMatrix;

/**
 * The discharge's linear solver with a stopwatch: wall time of every solve, and the set-up and
 * solve times the inner solver reports (preconditioner or factorization set-up; Krylov
 * iterations or triangular solves), summed over this invocation for {@code time.linear_*} in the
 * summary. Forwards everything else; closes the inner solver. Not thread-safe.
 */
final class TimedSolver implements LinearSolver, AutoCloseable {
    private final LinearSolver inner;
    private double wallS;
    private double setupS;
    private double solveS;
    private int solves;

    TimedSolver(LinearSolver inner) {
        this.inner = inner;
    }

    @Override
    public SolveReport solve(SparseMatrix a, double[] b, double[] x) {
        return solve(a, b, x, 0.0);
    }

    @Override
    public SolveReport solve(SparseMatrix a, double[] b, double[] x, double looserTarget) {
        long t0 = System.nanoTime();
        try {
            SolveReport r = inner.solve(a, b, x, looserTarget);
            setupS += r.setupSeconds();
            solveS += r.solveSeconds();
            return r;
        } finally {
            wallS += (System.nanoTime() - t0) * 1e-9;
            solves++;
        }
    }

    @Override
    public String describe() { return inner.describe(); }

    /** Wall time of all solves, s (set-up, solve, and the copies and residual checks around them). */
    double wallSeconds() { return wallS; }

    /** Set-up time reported by the inner solver, s. */
    double setupSeconds() { return setupS; }

    /** Solve time reported by the inner solver, s. */
    double solveSeconds() { return solveS; }

    /** Number of solves (failed ones included). */
    int solves() { return solves; }

    @Override
    public void close() throws Exception {
        if (inner instanceof AutoCloseable c) {
            c.close();
        }
    }
}
