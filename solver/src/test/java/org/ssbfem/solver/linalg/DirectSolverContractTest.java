package org.ssbfem.solver.linalg;

class DirectSolverContractTest extends LinearSolverContract {
    @Override
    LinearSolver solver(double rtol, int maxIterations) {
        return LinearSolvers.create(LinearSolverOptions.of(SolverMethod.DIRECT, PreconditionerType.NONE)
                .withTolerances(rtol, 0).withMaxIterations(maxIterations));
    }

    @Override
    boolean iterative() { return false; }
}
