package org.ssbfem.solver.study.conductivity;

import org.ssbfem.solver.linalg.SparseMatrix;

/**
 * Replaces a matrix by {@code (A + A^T) / 2} in place, on its own (structurally symmetric) pattern.
 * The stiffness matrix is symmetric in exact arithmetic, but summation order in the assembly may
 * leave mirror entries differing in the last bits; for entries that cancel to rounding level (P2
 * couplings that are zero on regular cells, ~1e-20 against entries ~0.1) the difference is then of
 * the entry's own size, and CG's symmetry check refuses the matrix. One pass, O(nnz): rows are
 * visited in order, so the mirror of every (i, j), j &lt; i, is the next entry right of the diagonal
 * of row j not yet paired.
 */
final class Symmetrizer {
    private Symmetrizer() {
    }

    /**
     * @throws IllegalStateException if the pattern is not structurally symmetric
     */
    static void average(SparseMatrix a) {
        int n = a.size();
        int[] rp = a.pattern().rowPtr();
        int[] ci = a.pattern().colIdx();
        double[] v = a.values();
        int[] next = new int[n];
        for (int j = 0; j < n; j++) {
            int k = rp[j];
            while (k < rp[j + 1] && ci[k] <= j) {
                k++;
            }
            next[j] = k - 1;
        }
        for (int i = 0; i < n; i++) {
            for (int k = rp[i]; k < rp[i + 1] && ci[k] < i; k++) {
                int j = ci[k];
                int t = ++next[j];
                if (t >= rp[j + 1] || ci[t] != i) {
                    throw new IllegalStateException("pattern is not symmetric at (" + i + ", " + j + ")");
                }
                double mean = 0.5 * (v[k] + v[t]);
                v[k] = mean;
                v[t] = mean;
            }
        }
        for (int j = 0; j < n; j++) {
            if (next[j] != rp[j + 1] - 1) {
                throw new IllegalStateException("pattern is not symmetric in row " + j);
            }
        }
    }
}
