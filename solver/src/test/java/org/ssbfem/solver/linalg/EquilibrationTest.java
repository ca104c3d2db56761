package org.ssbfem.solver.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EquilibrationTest {
    @Test
    void balancesRowAndColumnSumsWithPowersOfTwo() {
        SparseMatrix a = TestMatrices.badlyScaled(TestMatrices.convectionDiffusion(8, 8, 8, 1, 0, 2), 8, false, 3);
        Equilibration e = Equilibration.of(a);
        SparseMatrix s = e.scale(a);
        double[] rowSum = new double[a.size()];
        double[] colSum = new double[a.size()];
        int[] rp = s.pattern().rowPtr();
        int[] ci = s.pattern().colIdx();
        for (int i = 0; i < a.size(); i++) {
            for (int k = rp[i]; k < rp[i + 1]; k++) {
                rowSum[i] += Math.abs(s.values()[k]);
                colSum[ci[k]] += Math.abs(s.values()[k]);
            }
            double r = e.rowScale()[i];
            assertEquals(r, Math.scalb(1.0, Math.getExponent(r)), 0.0, "power of two");
        }
        for (int i = 0; i < a.size(); i++) {
            assertTrue(rowSum[i] >= 0.35 && rowSum[i] <= 2.6, "row " + i + " sum " + rowSum[i]);
            assertTrue(colSum[i] >= 0.35 && colSum[i] <= 2.6, "column " + i + " sum " + colSum[i]);
        }
    }

    @Test
    void hardlyDependsOnHowTheMatrixWasScaledBefore() {
        SparseMatrix a = TestMatrices.convectionDiffusion(8, 8, 8, 1, 0, 2);
        SparseMatrix scaled = TestMatrices.badlyScaled(a, 4, false, 3);
        double[] x = Equilibration.of(a).scale(a).values();
        double[] y = Equilibration.of(scaled).scale(scaled).values();
        double worst = 1;
        for (int k = 0; k < x.length; k++) {
            worst = Math.max(worst, Math.max(x[k] / y[k], y[k] / x[k]));
        }
        assertTrue(worst <= 8, "entries of the two equilibrated matrices differ by a factor " + worst);
    }

    @Test
    void keepsSymmetricMatricesSymmetric() {
        SparseMatrix a = TestMatrices.badlyScaled(TestMatrices.poisson2d(10, 10), 5, true, 4);
        Equilibration e = Equilibration.of(a);
        assertArrayEquals(e.rowScale(), e.colScale(), 0.0);
    }

    @Test
    void scaledSolveGivesTheOriginalSolution() {
        SparseMatrix a = TestMatrices.badlyScaled(TestMatrices.poisson2d(12, 12), 6, false, 5);
        double[] x = TestMatrices.randomVector(a.size(), 6);
        double[] b = TestMatrices.times(a, x);
        Equilibration e = Equilibration.of(a);
        double[] y = new double[x.length];
        e.toScaledUnknowns(x, y);
        assertArrayEquals(e.scaleRhs(b), TestMatrices.times(e.scale(a), y), 1e-12 * TestMatrices.norm(e.scaleRhs(b)));
        double[] back = new double[x.length];
        e.toOriginalUnknowns(y, back);
        assertArrayEquals(x, back, 0.0);
    }

    @Test
    void zeroRowIsReportedAsSingular() {
        SparseMatrix a = TestMatrices.poisson1d(5);
        for (int k = a.pattern().rowPtr()[2]; k < a.pattern().rowPtr()[3]; k++) {
            a.values()[k] = 0;
        }
        SolverException e = assertThrows(SolverException.class, () -> Equilibration.of(a));
        assertTrue(e.getMessage().contains("singular: row 2 is zero"), e.getMessage());
    }
}
