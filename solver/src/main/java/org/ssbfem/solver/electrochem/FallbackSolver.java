package org.ssbfem.solver.electrochem;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.solver.linalg.LinearSolver;
import org.ssbfem.solver.linalg.SolveReport;
import org.ssbfem.solver.linalg.SolverException;
import org.ssbfem.solver.linalg.SparseMatrix;

/**
 * A fast linear solver with a robust one behind it: solves with {@code primary} until a solve of
 * it fails (throws {@link SolverException}); that solve is repeated from the same initial guess with
 * the solver {@code fallback} makes, which serves the rest of the run (one warning is logged). For
 * the discharge: GMRES with the field split first, GMRES with a kept sparse LU behind it. Closes
 * whichever solvers it made. Not thread-safe.
 */
public final class FallbackSolver implements LinearSolver, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FallbackSolver.class);
    private final Supplier<LinearSolver> fallbackFactory;
    private LinearSolver primary;
    private LinearSolver fallback;

    /**
     * @param primary the solver used first
     * @param fallback makes the solver used after the primary's first failure
     */
    public FallbackSolver(LinearSolver primary, Supplier<LinearSolver> fallback) {
        this.primary = primary;
        this.fallbackFactory = fallback;
    }

    @Override
    public SolveReport solve(SparseMatrix a, double[] b, double[] x) {
        return solve(a, b, x, 0.0);
    }

    @Override
    public SolveReport solve(SparseMatrix a, double[] b, double[] x, double looserTarget) {
        if (fallback != null) {
            return fallback.solve(a, b, x, looserTarget);
        }
        double[] guess = x.clone();
        try {
            return primary.solve(a, b, x, looserTarget);
        } catch (SolverException e) {
            LOG.warn("{} failed ({}); continuing with {}", primary.describe(), e.getMessage(), "the fallback solver");
            close(primary);
            primary = null;
            fallback = fallbackFactory.get();
            System.arraycopy(guess, 0, x, 0, x.length);
            return fallback.solve(a, b, x, looserTarget);
        }
    }

    /** True once the fallback solver has taken over. */
    public boolean fellBack() { return fallback != null; }

    @Override
    public String describe() {
        return fallback != null ? fallback.describe() + " (after the primary solver failed)" : primary.describe();
    }

    @Override
    public void close() {
        close(primary);
        close(fallback);
    }

    private static void close(LinearSolver s) {
        if (s instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot release the linear solver", e);
            }
        }
    }
}
