package org.ssbfem.solver.study.conductivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.ssbfem.solver.linalg.SparseMatrix;
import org.ssbfem.solver.linalg.SparsityPattern;

/** {@link Symmetrizer} and {@link DirichletElimination} on small matrices with known answers. */
class SymmetrizerTest {
    /** 4 x 4, full pattern except (0, 3) and (3, 0). */
    private static SparseMatrix matrix() {
        int[] rp = {0, 3, 7, 11, 14};
        int[] ci = {0, 1, 2, 0, 1, 2, 3, 0, 1, 2, 3, 1, 2, 3};
        SparseMatrix a = new SparseMatrix(new SparsityPattern(4, rp, ci));
        double[][] dense = {{4, -1, -2, 0}, {-1.5, 5, -1, -2}, {-2, -1, 6, -3}, {0, -2.5, -3, 7}};
        for (int i = 0; i < 4; i++) {
            for (int k = rp[i]; k < rp[i + 1]; k++) {
                a.values()[k] = dense[i][ci[k]];
            }
        }
        return a;
    }

    @Test
    void averagesEachEntryWithItsMirror() {
        SparseMatrix a = matrix();
        Symmetrizer.average(a);
        assertEquals(-1.25, a.get(0, 1));
        assertEquals(-1.25, a.get(1, 0));
        assertEquals(-2.25, a.get(1, 3));
        assertEquals(-2.25, a.get(3, 1));
        assertEquals(-3.0, a.get(2, 3));
        assertEquals(6.0, a.get(2, 2));
    }

    @Test
    void refusesAnUnsymmetricPattern() {
        SparseMatrix upper = new SparseMatrix(new SparsityPattern(2, new int[] {0, 2, 3}, new int[] {0, 1, 1}));
        assertThrows(IllegalStateException.class, () -> Symmetrizer.average(upper));
        SparseMatrix lower = new SparseMatrix(new SparsityPattern(2, new int[] {0, 1, 3}, new int[] {0, 0, 1}));
        assertThrows(IllegalStateException.class, () -> Symmetrizer.average(lower));
    }

    @Test
    void eliminationMovesFixedColumnsToTheRightAndUndoes() {
        SparseMatrix a = matrix();
        Symmetrizer.average(a);
        double[] before = a.values().clone();
        boolean[] fixed = {true, false, false, true};
        double[] g = {0.5, 0, 0, 2.0};
        double[] rhs = new double[4];
        DirichletElimination e = DirichletElimination.apply(a, fixed, g, rhs);
        assertEquals(4 * 0.5, rhs[0]);
        assertEquals(1.25 * 0.5 + 2.25 * 2.0, rhs[1], 1e-15);
        assertEquals(2 * 0.5 + 3 * 2.0, rhs[2], 1e-15);
        assertEquals(7 * 2.0, rhs[3]);
        assertEquals(0.0, a.get(1, 0));
        assertEquals(0.0, a.get(0, 1));
        assertEquals(0.0, a.get(3, 2));
        assertEquals(5.0, a.get(1, 1));
        assertEquals(8, e.changed(), "rows 0 and 3 off the diagonal, columns 0 and 3 in rows 1 and 2");
        e.undo();
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, a.values());
    }
}
