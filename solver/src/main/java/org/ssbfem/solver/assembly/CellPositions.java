package org.ssbfem.solver.assembly;

import org.ssbfem.solver.linalg.SparsityPattern;

/**
 * Where the local Jacobian entries of a cell go in the matrix values: position of (rows[i],
 * rows[j]) in the pattern's column array, -1 where a row is not an unknown. Found by merging the
 * cell's sorted columns with each CSR row (no binary search). When enabled, the positions of every
 * cell are kept from the second Jacobian assembly on (filled while it scatters), so that later
 * scatters are a plain array add; a single assembly never pays for the table. The table holds
 * {@code width^2} ints per cell (535k P2 tetrahedra: 214 MB) and is kept only below
 * {@link #MAX_TABLE_ENTRIES}.
 */
final class CellPositions {
    /** Largest table kept, in entries (4 bytes each). */
    static final long MAX_TABLE_ENTRIES = 1L << 26;

    private final int[] rowPtr;
    private final int[] colIdx;
    private final int width;
    private final int cells;
    private final boolean keep;
    private final int[] order;
    private final int[] scratch;
    private int assemblies;
    private int[] filling;
    private int[] table;

    /** @param keep whether to keep a table of every cell's positions (if small enough) */
    CellPositions(SparsityPattern pattern, int width, int cells, boolean keep) {
        this.rowPtr = pattern.rowPtr();
        this.colIdx = pattern.colIdx();
        this.width = width;
        this.cells = cells;
        this.keep = keep && (long) cells * width * width <= MAX_TABLE_ENTRIES;
        this.order = new int[width];
        this.scratch = new int[width * width];
    }

    /** Called before each Jacobian assembly: the second one fills the table. */
    void startAssembly() {
        if (keep && table == null && ++assemblies == 2) {
            filling = new int[cells * width * width];
        }
    }

    /** Called after a Jacobian assembly completed: a filled table is used from now on. */
    void finishAssembly() {
        if (filling != null) {
            table = filling;
            filling = null;
        }
    }

    /** True when the positions of every cell are tabulated. */
    boolean tabulated() { return table != null; }

    /**
     * The array holding the positions of {@code cell} whose rows are {@code rows}, starting at
     * {@link #offset(int)}: the table, or the table being filled, or scratch.
     */
    int[] positions(int cell, int[] rows) {
        if (table != null) {
            return table;
        }
        int[] out = filling != null ? filling : scratch;
        merge(rows, out, offset(cell));
        return out;
    }

    /** Offset of {@code cell}'s entries in the array returned by {@link #positions}. */
    int offset(int cell) { return table != null || filling != null ? cell * width * width : 0; }

    /** Writes the positions of the {@code width x width} block of {@code rows} at {@code out[offset..]}. */
    void merge(int[] rows, int[] out, int offset) {
        sortByRow(rows);
        for (int i = 0; i < width; i++) {
            int r = rows[i];
            int base = offset + i * width;
            if (r < 0) {
                java.util.Arrays.fill(out, base, base + width, -1);
                continue;
            }
            int k = rowPtr[r];
            int end = rowPtr[r + 1];
            for (int t = 0; t < width; t++) {
                int j = order[t];
                int c = rows[j];
                if (c < 0) {
                    out[base + j] = -1;
                    continue;
                }
                while (k < end && colIdx[k] < c) {
                    k++;
                }
                if (k == end || colIdx[k] != c) {
                    throw new IllegalStateException("entry (" + r + "," + c + ") missing from the pattern");
                }
                out[base + j] = k;
            }
        }
    }

    /** Fills {@code order} with the local indices sorted by row (insertion sort; width is small). */
    private void sortByRow(int[] rows) {
        for (int i = 0; i < width; i++) {
            int j = i;
            while (j > 0 && rows[order[j - 1]] > rows[i]) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
    }
}
