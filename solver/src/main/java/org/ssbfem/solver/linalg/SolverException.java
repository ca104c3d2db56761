package org.ssbfem.solver.linalg;

import java.util.Locale;

/**
 * A linear or nonlinear solve that did not converge. The message says what happened (iterations,
 * residual reached vs. required) and what to try.
 */
public class SolverException extends RuntimeException {
    public SolverException(String message) {
        super(message);
    }

    public SolverException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The failure of an iterative solve, in the wording every {@link LinearSolver} uses:
     * "{solver}: no convergence after {n} iterations (limit {max}): residual {r} reached, {t}
     * required ({how the target was set}). {advice}".
     *
     * @param solver solver description
     * @param iterations iterations done
     * @param maxIterations the iteration limit
     * @param reached residual norm reached
     * @param required residual norm required
     * @param target how the requirement was set, e.g. "rtol 1e-10 * ||b|| 3.2, atol 0"
     * @param advice what to try
     */
    public static SolverException notConverged(String solver, int iterations, int maxIterations, double reached,
                                               double required, String target, String advice) {
        return new SolverException(String.format(Locale.ROOT, "%s: no convergence after %d iterations (limit %d):"
                + " residual %.3e reached, %.3e required (%s). %s", solver, iterations, maxIterations, reached,
                required, target, advice));
    }
}
