package org.ssbfem.solver.linalg;

/**
 * Solves A x = b for a sparse matrix. Implementations: Krylov methods (CG, GMRES, BiCGstab) with
 * Jacobi / ILU(0) preconditioning and a sparse direct LU for small and medium systems, all created
 * by {@link LinearSolvers#create}; other back ends (e.g. PETSc) can be added behind this interface.
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

    /**
     * As {@link #solve(SparseMatrix, double[], double[])}, but an iterative solver may stop as soon as
     * {@code ||b - A x||_2 <= max(its own target, looserTarget)} (an inexact Newton method asks for no
     * more than the next nonlinear residual needs). Solvers without a residual test (direct ones)
     * ignore {@code looserTarget}; this default does.
     *
     * @param looserTarget absolute residual norm that is good enough, &gt;= 0 (0: the solver's own target)
     */
    default SolveReport solve(SparseMatrix a, double[] b, double[] x, double looserTarget) {
        return solve(a, b, x);
    }

    /**
     * Asks a solver that keeps its preconditioner across solves to build it afresh from the matrix
     * of the next solve (cheaper than a new solver: the native objects stay). Returns false when it
     * cannot (this default): the caller then replaces the solver.
     */
    default boolean renewPreconditioner() {
        return false;
    }

    /** A short description, e.g. "CG + ILU(0), rtol 1e-10". */
    String describe();
}
