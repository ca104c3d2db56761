package org.ssbfem.solver.linalg;

class GmresJacobiTest extends LinearSolverContract {
    @Override
    LinearSolver solver(double rtol, int maxIterations) {
        return LinearSolvers.create(LinearSolverOptions.of(SolverMethod.GMRES, PreconditionerType.JACOBI)
                .withTolerances(rtol, 0).withMaxIterations(maxIterations).withEquilibrate(false));
    }
}
