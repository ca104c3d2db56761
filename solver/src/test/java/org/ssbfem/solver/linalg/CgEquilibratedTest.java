package org.ssbfem.solver.linalg;

class CgEquilibratedTest extends LinearSolverContract {
    @Override
    LinearSolver solver(double rtol, int maxIterations) {
        return LinearSolvers.create(LinearSolverOptions.of(SolverMethod.CG, PreconditionerType.NONE)
                .withTolerances(rtol, 0).withMaxIterations(maxIterations).withEquilibrate(true));
    }

    @Override
    boolean symmetricOnly() { return true; }
}
