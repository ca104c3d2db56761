package org.ssbfem.solver.linalg;

/**
 * Solves A x = b for a sparse matrix. Implementations: iterative MTJ-based Krylov methods with
 * Jacobi / ILU(0) preconditioning, a direct solver for small systems, and (optionally) PETSc.
 *
 * <p>Contract: {@code a} and {@code b} are not modified; {@code x} holds the initial guess on entry
 * and the solution on return. A solve that does not reach its tolerance throws
 * {@link SolverException} (iterations, residual, advice) and never returns a partial result.
 */
public interface LinearSolver {
    /**
     * @return statistics of the solve (iterations, residuals, times)
     * @throws SolverException when the solver fails to converge or breaks down
     */
    SolveReport solve(SparseMatrix a, double[] b, double[] x);

    /** A short description, e.g. "CG + ILU(0), rtol 1e-10". */
    String describe();
}
