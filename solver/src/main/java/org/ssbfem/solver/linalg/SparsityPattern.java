package org.ssbfem.solver.linalg;

import java.util.Arrays;

/**
 * The structure (compressed sparse rows, sorted column indices) of a square sparse matrix, built
 * once per mesh and function space and shared by every matrix assembled on it.
 *
 * <p>Immutable: the arrays are owned by this object and must not be modified by callers.
 */
public final class SparsityPattern {
    private final int n;
    private final int[] rowPtr;
    private final int[] colIdx;

    /**
     * @param n number of rows and columns
     * @param rowPtr row start offsets into {@code colIdx}, length n + 1
     * @param colIdx column indices, sorted ascending and unique within each row
     */
    public SparsityPattern(int n, int[] rowPtr, int[] colIdx) {
        if (rowPtr.length != n + 1 || rowPtr[n] != colIdx.length) {
            throw new IllegalArgumentException("inconsistent CSR arrays");
        }
        this.n = n;
        this.rowPtr = rowPtr;
        this.colIdx = colIdx;
    }

    /**
     * Pattern coupling every pair of dofs that share a cell (plus the diagonal of every row).
     *
     * @param n number of dofs
     * @param cellDofs dof indices, {@code dofsPerCell} per cell; entries &lt; 0 are skipped
     * @param dofsPerCell dofs per cell
     */
    public static SparsityPattern fromCells(int n, int[] cellDofs, int dofsPerCell) {
        return new PatternBuilder(n).addCells(cellDofs, dofsPerCell).build();
    }

    public int size() { return n; }

    /** Number of stored entries. */
    public int nonZeros() { return colIdx.length; }

    /** Row offsets, length n + 1 (internal: do not modify). */
    public int[] rowPtr() { return rowPtr; }

    /** Column indices (internal: do not modify). */
    public int[] colIdx() { return colIdx; }

    /** Position of (row, col) in the value array, or -1 when the entry is not in the pattern. */
    public int find(int row, int col) {
        int k = Arrays.binarySearch(colIdx, rowPtr[row], rowPtr[row + 1], col);
        return k >= 0 ? k : -1;
    }
}
