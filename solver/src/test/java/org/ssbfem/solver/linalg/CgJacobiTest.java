package org.ssbfem.solver.linalg;

class CgJacobiTest extends LinearSolverContract {
    @Override
    LinearSolver solver(double rtol, int maxIterations) {
        return LinearSolvers.create(LinearSolverOptions.of(SolverMethod.CG, PreconditionerType.JACOBI)
                .withTolerances(rtol, 0).withMaxIterations(maxIterations).withEquilibrate(false));
    }

    @Override
    boolean symmetricOnly() { return true; }
}
