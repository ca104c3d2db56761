package org.ssbfem.solver.linalg;

/**
 * Statistics of one linear solve.
 *
 * @param method solver description
 * @param iterations Krylov iterations (0 for a direct solve)
 * @param initialResidual ||b - A x0||_2
 * @param finalResidual ||b - A x||_2 at return
 * @param setupSeconds preconditioner / factorization set-up wall time, s
 * @param solveSeconds iteration wall time, s
 */
public record SolveReport(String method, int iterations, double initialResidual, double finalResidual,
                          double setupSeconds, double solveSeconds) {
}
