package org.ssbfem.solver.linalg;

class BiCgStabIlu0Test extends LinearSolverContract {
    @Override
    LinearSolver solver(double rtol, int maxIterations) {
        return LinearSolvers.create(LinearSolverOptions.of(SolverMethod.BICGSTAB, PreconditionerType.ILU0)
                .withTolerances(rtol, 0).withMaxIterations(maxIterations).withEquilibrate(false));
    }
}
