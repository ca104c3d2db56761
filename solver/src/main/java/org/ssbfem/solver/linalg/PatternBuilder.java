package org.ssbfem.solver.linalg;

import java.util.Arrays;

/**
 * Collects (row, col) couplings with primitive arrays and sorts them into a
 * {@link SparsityPattern}. Memory: 8 bytes per added coupling until {@link #build()}.
 */
public final class PatternBuilder {
    private final int n;
    private long[] keys = new long[1024];
    private int count;

    /** @param n matrix size */
    public PatternBuilder(int n) {
        this.n = n;
        for (int i = 0; i < n; i++) {
            add(i, i);
        }
    }

    /** Adds the coupling (row, col); out-of-range rows or columns are an error. */
    public PatternBuilder add(int row, int col) {
        if (row < 0 || col < 0 || row >= n || col >= n) {
            throw new IndexOutOfBoundsException("(" + row + "," + col + ") outside " + n);
        }
        if (count == keys.length) {
            keys = Arrays.copyOf(keys, keys.length * 2);
        }
        keys[count++] = ((long) row << 32) | col;
        return this;
    }

    /** Adds all pairs of the dofs of each cell; negative dofs are skipped. */
    public PatternBuilder addCells(int[] cellDofs, int dofsPerCell) {
        for (int c = 0; c < cellDofs.length; c += dofsPerCell) {
            for (int a = 0; a < dofsPerCell; a++) {
                int i = cellDofs[c + a];
                if (i < 0) {
                    continue;
                }
                for (int b = 0; b < dofsPerCell; b++) {
                    int j = cellDofs[c + b];
                    if (j >= 0) {
                        add(i, j);
                    }
                }
            }
            if (count > (1 << 26)) {
                compact();
            }
        }
        return this;
    }

    private void compact() {
        Arrays.sort(keys, 0, count);
        int m = 0;
        for (int k = 0; k < count; k++) {
            if (m == 0 || keys[k] != keys[m - 1]) {
                keys[m++] = keys[k];
            }
        }
        count = m;
    }

    /** Sorts, removes duplicates and returns the pattern. */
    public SparsityPattern build() {
        compact();
        int[] rowPtr = new int[n + 1];
        int[] cols = new int[count];
        for (int k = 0; k < count; k++) {
            int row = (int) (keys[k] >>> 32);
            rowPtr[row + 1]++;
            cols[k] = (int) keys[k];
        }
        for (int i = 0; i < n; i++) {
            rowPtr[i + 1] += rowPtr[i];
        }
        keys = null;
        return new SparsityPattern(n, rowPtr, cols);
    }
}
