package org.ssbfem.solver.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CgIc0Test extends LinearSolverContract {
    /**
     * Kershaw's matrix (J. Comput. Phys. 26, 1978): symmetric positive definite, but not an
     * M-matrix, and IC(0) on its pattern meets a negative pivot.
     */
    private static SparseMatrix kershaw() {
        double[][] d = {{3, -2, 0, 2}, {-2, 3, -2, 0}, {0, -2, 3, -2}, {2, 0, -2, 3}};
        PatternBuilder pb = new PatternBuilder(4);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                if (d[i][j] != 0) {
                    pb.add(i, j);
                }
            }
        }
        SparseMatrix a = new SparseMatrix(pb.build());
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                if (d[i][j] != 0) {
                    a.add(i, j, d[i][j]);
                }
            }
        }
        return a;
    }

    @Test
    void aShiftMakesIc0PositiveDefiniteWherePlainIc0Breaks() {
        SparseMatrix a = kershaw();
        assertTrue(new Ilu0Preconditioner(a).minPivot() <= 0, "plain IC(0) has a non-positive pivot");
        Ic0Preconditioner m = new Ic0Preconditioner(a);
        assertTrue(m.shift() > 0);
        double[] x = {1, 2, 3, 4};
        double[] b = TestMatrices.times(a, x);
        double[] y = new double[4];
        solver(1e-12, 100).solve(a, b, y);
        assertTrue(TestMatrices.relativeError(y, x) < 1e-10);
    }

    @Test
    void noShiftForAnMMatrix() {
        assertEquals(0.0, new Ic0Preconditioner(TestMatrices.poisson3d(6, 6, 6)).shift());
    }

    @Test
    void roundingLevelAsymmetryOfNegligibleEntriesIsAccepted() {
        SparseMatrix a = new SparseMatrix(new PatternBuilder(2).add(0, 1).add(1, 0).build());
        a.add(0, 0, 1);
        a.add(1, 1, 1);
        a.add(0, 1, 1e-20);
        a.add(1, 0, -1e-20); // entries that cancel to rounding level: opposite signs, negligible size
        assertNull(SolveInputs.firstAsymmetry(a, ConjugateGradient.SYMMETRY_TOLERANCE));
        a.add(1, 0, 1e-6);
        assertNotNull(SolveInputs.firstAsymmetry(a, ConjugateGradient.SYMMETRY_TOLERANCE));
    }

    @Override
    LinearSolver solver(double rtol, int maxIterations) {
        return LinearSolvers.create(LinearSolverOptions.of(SolverMethod.CG, PreconditionerType.IC0)
                .withTolerances(rtol, 0).withMaxIterations(maxIterations).withEquilibrate(false));
    }

    @Override
    boolean symmetricOnly() { return true; }
}
