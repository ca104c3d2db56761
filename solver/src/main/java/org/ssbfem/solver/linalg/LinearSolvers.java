package org.ssbfem.solver.linalg;

/**
 * Creates the {@link LinearSolver} that {@link LinearSolverOptions} describe.
 *
 * <pre>
 *   LinearSolver s = LinearSolvers.create(LinearSolverOptions.of(SolverMethod.CG, PreconditionerType.ILU0));
 *   SolveReport rep = s.solve(a, b, x);   // x: initial guess in, solution out
 * </pre>
 */
public final class LinearSolvers {
    private LinearSolvers() {
    }

    /**
     * The solver for {@code options}: CG, GMRES(m) or BiCGstab with the chosen preconditioner
     * (wrapped in equilibration when {@code options.equilibrate()}), or the direct sparse LU, which
     * always equilibrates internally and ignores the preconditioner and iteration limit.
     */
    public static LinearSolver create(LinearSolverOptions options) {
        LinearSolver s = switch (options.method()) {
            case CG -> new ConjugateGradient(options);
            case GMRES -> new Gmres(options);
            case BICGSTAB -> new BiCgStab(options);
            case DIRECT -> new DirectSolver(options.rtol(), options.atol(), DirectSolver.defaultMemoryLimitBytes());
        };
        return options.equilibrate() && options.method().iterative() ? new EquilibratedSolver(s) : s;
    }
}
