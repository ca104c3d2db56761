package org.ssbfem.solver.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.uib.cipr.matrix.DenseVector;
import no.uib.cipr.matrix.sparse.ILU;
import org.junit.jupiter.api.Test;

class Ilu0PreconditionerTest {
    @Test
    void isAnExactSolveForATridiagonalMatrix() {
        SparseMatrix a = TestMatrices.convectionDiffusion(50, 1, 1, 2.5, 0, 0);
        double[] r = TestMatrices.randomVector(a.size(), 1);
        double[] z = new double[a.size()];
        new Ilu0Preconditioner(a).apply(r, z);
        assertArrayEquals(r, TestMatrices.times(a, z), 1e-12);
    }

    @Test
    void matchesMtjIlu() {
        SparseMatrix a = TestMatrices.convectionDiffusion(9, 8, 7, 1.5, -0.5, 2);
        double[] r = TestMatrices.randomVector(a.size(), 2);
        double[] z = new double[a.size()];
        new Ilu0Preconditioner(a).apply(r, z);
        ILU mtj = new ILU(a.mtj().copy());
        mtj.setMatrix(a.mtj());
        DenseVector expected = new DenseVector(a.size());
        mtj.apply(new DenseVector(r), expected);
        assertArrayEquals(expected.getData(), z, 1e-12 * TestMatrices.norm(z));
        assertTrue(TestMatrices.relativeError(z, TestMatrices.randomVector(a.size(), 2)) > 1e-3, "not the identity");
    }

    @Test
    void reportsAZeroPivot() {
        SparseMatrix a = new SparseMatrix(new PatternBuilder(2).add(0, 1).add(1, 0).build());
        a.add(0, 1, 1);
        a.add(1, 0, 1);
        SolverException e = assertThrows(SolverException.class, () -> new Ilu0Preconditioner(a));
        assertTrue(e.getMessage().contains("pivot 0.0 at row 0"), e.getMessage());
    }

    @Test
    void reportsAMissingDiagonal() {
        SparseMatrix a = new SparseMatrix(new SparsityPattern(2, new int[] {0, 1, 2}, new int[] {1, 0}));
        SolverException e = assertThrows(SolverException.class, () -> new Ilu0Preconditioner(a));
        assertTrue(e.getMessage().contains("no diagonal entry"), e.getMessage());
    }
}
