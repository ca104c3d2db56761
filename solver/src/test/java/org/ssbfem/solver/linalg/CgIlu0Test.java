package org.ssbfem.solver.linalg;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CgIlu0Test extends LinearSolverContract {
    @Test
    void refusesANonsymmetricMatrix() {
        SparseMatrix a = TestMatrices.convectionDiffusion(5, 5, 5, 1, 0, 0);
        SolverException e = assertThrows(SolverException.class,
                () -> solver(1e-8, 100).solve(a, new double[a.size()], new double[a.size()]));
        assertTrue(e.getMessage().contains("CG needs a symmetric matrix"), e.getMessage());
    }

    @Override
    LinearSolver solver(double rtol, int maxIterations) {
        return LinearSolvers.create(LinearSolverOptions.of(SolverMethod.CG, PreconditionerType.ILU0)
                .withTolerances(rtol, 0).withMaxIterations(maxIterations).withEquilibrate(false));
    }

    @Override
    boolean symmetricOnly() { return true; }
}
