package org.ssbfem.solver.linalg;

import java.util.Arrays;
import no.uib.cipr.matrix.sparse.CompRowMatrix;

/**
 * A square sparse matrix on a fixed {@link SparsityPattern}, stored as an MTJ {@link CompRowMatrix}
 * whose index arrays are the pattern's (no copy). Assembly adds into {@link #values()} through
 * {@link #add(int, int, double)} or positions from {@link SparsityPattern#find(int, int)}.
 */
public final class SparseMatrix {
    private final SparsityPattern pattern;
    private final CompRowMatrix mtj;
    private final double[] values;

    /** A zero matrix on {@code pattern}. */
    public SparseMatrix(SparsityPattern pattern) {
        this.pattern = pattern;
        this.mtj = MtjAccess.wrap(pattern);
        this.values = mtj.getData();
    }

    public SparsityPattern pattern() { return pattern; }

    public int size() { return pattern.size(); }

    /** The value array in pattern order (live: writes change the matrix). */
    public double[] values() { return values; }

    /** The same storage as an MTJ matrix (live). */
    public CompRowMatrix mtj() { return mtj; }

    /** Sets every entry to zero, keeping the pattern. */
    public void zero() { Arrays.fill(values, 0.0); }

    /** Adds {@code v} to entry (row, col), which must be in the pattern. */
    public void add(int row, int col, double v) {
        int k = pattern.find(row, col);
        if (k < 0) {
            throw new IllegalArgumentException("entry (" + row + "," + col + ") is not in the sparsity pattern");
        }
        values[k] += v;
    }

    /** Entry (row, col), zero when outside the pattern. */
    public double get(int row, int col) {
        int k = pattern.find(row, col);
        return k < 0 ? 0.0 : values[k];
    }

    /** y = A x. */
    public void multiply(double[] x, double[] y) {
        ParallelRows.forEach(pattern.size(), (from, to) -> multiply(x, y, from, to));
    }

    /** Rows {@code from..to-1} of {@link #multiply}. */
    private void multiply(double[] x, double[] y, int from, int to) {
        int[] rp = pattern.rowPtr();
        int[] ci = pattern.colIdx();
        for (int i = from; i < to; i++) {
            double s = 0;
            for (int k = rp[i]; k < rp[i + 1]; k++) {
                s += values[k] * x[ci[k]];
            }
            y[i] = s;
        }
    }
}
