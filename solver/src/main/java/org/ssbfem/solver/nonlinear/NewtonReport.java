package org.ssbfem.solver.nonlinear;

/**
 * Outcome of one Newton solve.
 *
 * @param converged true when the residual norm met the tolerance
 * @param iterations Newton steps taken
 * @param residualNorms Euclidean residual norm before each step and after the last (length
 *                      iterations + 1), in the residual's unit
 * @param linearIterations Krylov iterations summed over all steps (0 for direct solves)
 * @param backtracks step halvings of the line search, summed over all steps
 * @param message why it stopped, e.g. "converged", "maximum iterations (20) reached", or the linear
 *                solver's failure
 */
public record NewtonReport(boolean converged, int iterations, double[] residualNorms, int linearIterations,
                           int backtracks, String message) {
    /** Residual norm at return. */
    public double finalResidual() { return residualNorms[residualNorms.length - 1]; }

    /** Residual norm before the first step. */
    public double initialResidual() { return residualNorms[0]; }
}
