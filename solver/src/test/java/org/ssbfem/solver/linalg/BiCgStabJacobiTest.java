package org.ssbfem.solver.linalg;

class BiCgStabJacobiTest extends LinearSolverContract {
    @Override
    LinearSolver solver(double rtol, int maxIterations) {
        return LinearSolvers.create(LinearSolverOptions.of(SolverMethod.BICGSTAB, PreconditionerType.JACOBI)
                .withTolerances(rtol, 0).withMaxIterations(maxIterations).withEquilibrate(false));
    }
}
