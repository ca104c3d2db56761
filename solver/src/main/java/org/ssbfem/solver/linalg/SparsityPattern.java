package org.ssbfem.solver.linalg;

import java.util.Arrays;

/**
 * The structure (compressed sparse rows, sorted column indices) of a square sparse matrix, built
 * once per mesh and function space and shared by every matrix assembled on it.
 *
 * <p>A pattern made by {@link #symmetric} is known to be structurally symmetric ((i, j) stored
 * exactly when (j, i) is); the orderings and {@link Permutation} then take shortcuts (no
 * transpose). The results are the same as for an equal pattern made by the constructor.
 *
 * <p>Immutable: the arrays are owned by this object and must not be modified by callers.
 */
public final class SparsityPattern {
    private final int n;
    private final int[] rowPtr;
    private final int[] colIdx;
    private final boolean symmetric;

    /**
     * @param n number of rows and columns
     * @param rowPtr row start offsets into {@code colIdx}, length n + 1
     * @param colIdx column indices, sorted ascending and unique within each row
     */
    public SparsityPattern(int n, int[] rowPtr, int[] colIdx) {
        this(n, rowPtr, colIdx, false);
    }

    private SparsityPattern(int n, int[] rowPtr, int[] colIdx, boolean symmetric) {
        if (rowPtr.length != n + 1 || rowPtr[n] != colIdx.length) {
            throw new IllegalArgumentException("inconsistent CSR arrays");
        }
        this.n = n;
        this.rowPtr = rowPtr;
        this.colIdx = colIdx;
        this.symmetric = symmetric;
    }

    /**
     * A pattern the caller guarantees to be structurally symmetric (as the constructor, plus: (i, j)
     * is stored exactly when (j, i) is). The guarantee is checked only when assertions are enabled
     * (O(nnz log) time); a wrong guarantee makes orderings and permutations wrong.
     */
    public static SparsityPattern symmetric(int n, int[] rowPtr, int[] colIdx) {
        SparsityPattern p = new SparsityPattern(n, rowPtr, colIdx, true);
        assert p.checkSymmetric() : "pattern is not structurally symmetric";
        return p;
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

    /**
     * True when the pattern was made by {@link #symmetric} (so is known to be structurally
     * symmetric); false does not mean it is not.
     */
    boolean knownSymmetric() { return symmetric; }

    /** Position of (row, col) in the value array, or -1 when the entry is not in the pattern. */
    public int find(int row, int col) {
        int k = Arrays.binarySearch(colIdx, rowPtr[row], rowPtr[row + 1], col);
        return k >= 0 ? k : -1;
    }

    /** Whether (j, i) is stored for every stored (i, j), by binary search. */
    private boolean checkSymmetric() {
        for (int i = 0; i < n; i++) {
            for (int k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
                if (find(colIdx[k], i) < 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
