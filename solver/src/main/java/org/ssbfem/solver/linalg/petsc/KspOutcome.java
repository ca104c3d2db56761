package org.ssbfem.solver.linalg.petsc;

/**
 * The result of one {@code KSPSolve} as PETSc reports it.
 *
 * @param reason PETSc's {@code KSPConvergedReason}: positive converged, negative diverged
 * @param reasonName PETSc's name of the reason, e.g. "CONVERGED_ATOL", "DIVERGED_ITS"
 * @param iterations Krylov iterations of this solve (1 for preonly)
 * @param pcFailure PETSc's {@code PCFailedReason} name when the preconditioner failed, else empty
 */
record KspOutcome(int reason, String reasonName, int iterations, String pcFailure) {
    /** True for a negative reason. */
    boolean diverged() { return reason < 0; }

    /** The reason with the preconditioner's failure if any, e.g. "DIVERGED_PC_FAILED (FACTOR_NUMERIC_ZEROPIVOT)". */
    String describe() {
        return reasonName + (pcFailure.isEmpty() ? "" : " (" + pcFailure + ")");
    }

    /** What to try after this outcome, for the exception message. */
    String advice() {
        return advice(reason);
    }

    /** What to try after a solve that ended with PETSc reason {@code reason}. */
    static String advice(int reason) {
        String specific = switch (reason) {
            case -3 -> "more iterations (solver.petsc.max_iterations) or a stronger preconditioner"
                    + " (pc boomeramg for diffusion-dominated blocks, or pc lu with factor_solver mumps).";
            case -4 -> "the residual grew by a factor 1e5: the preconditioner does not suit this matrix;"
                    + " try pc ilu or pc lu with factor_solver mumps.";
            case -5, -6 -> "the method broke down: try ksp gmres or fgmres, or pc lu with factor_solver mumps.";
            case -7, -8, -10 -> "cg needs a symmetric positive definite matrix and preconditioner:"
                    + " use ksp gmres or bicgstab.";
            case -9 -> "a NaN or infinity appeared: check the assembly and the scaling of the unknowns.";
            case -11 -> "the preconditioner failed (e.g. a zero pivot): try pc lu with factor_solver mumps.";
            default -> "try another method or preconditioner (solver.petsc.ksp, solver.petsc.pc).";
        };
        return "Try: " + specific + " If the residual stalls or a pivot is zero, the matrix is probably singular:"
                + " check the constraints (a floating cluster of particles or electrolyte that touches neither"
                + " terminal has no fixed potential).";
    }
}
