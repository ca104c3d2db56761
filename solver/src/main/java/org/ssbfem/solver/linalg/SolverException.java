package org.ssbfem.solver.linalg;

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
}
