package org.ssbfem.solver.linalg;

class GmresIlu0Test extends LinearSolverContract {
    @Override
    LinearSolver solver(double rtol, int maxIterations) {
        return LinearSolvers.create(LinearSolverOptions.of(SolverMethod.GMRES, PreconditionerType.ILU0)
                .withTolerances(rtol, 0).withMaxIterations(maxIterations).withEquilibrate(false));
    }
}
