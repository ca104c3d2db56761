package org.ssbfem.solver.assembly;

import org.ssbfem.solver.linalg.SparsityPattern;

/**
 * Where the local Jacobian entries of an entity (a cell, a boundary facet, an interface facet pair)
 * go in the matrix values: position of (rows[i], rows[j]) in the pattern's column array, -1 where
 * a row is not an unknown; rows are the entity's active local entries (the fields its terms read),
 * {@code width(e)} of them. Found by merging the entity's sorted columns with each CSR row (no
 * binary search). When enabled, the positions of every entity are kept from the second Jacobian
 * assembly on (filled while it scatters), so that later scatters are a plain array add; a single
 * assembly never pays for the table. The table holds {@code width(e)^2} ints per entity (535k P2
 * tetrahedra of one field: 214 MB) and is kept only below {@link #MAX_TABLE_ENTRIES}.
 *
 * <p>Threads: {@link #startAssembly()} and {@link #finishAssembly()} run on the assembling thread
 * alone; between them several threads may call {@link #positions} for distinct entities at once,
 * each with its own merge scratch (the table being filled is written at per-entity disjoint
 * offsets; a finished table is only read).
 */
final class CellPositions {
    /** Largest table kept, in entries (4 bytes each). */
    static final long MAX_TABLE_ENTRIES = 1L << 26;

    private final int[] rowPtr;
    private final int[] colIdx;
    private final int[] widths;
    private final int[] starts;
    private final boolean keep;
    private int assemblies;
    private int[] filling;
    private int[] table;

    /**
     * @param widths number of active local entries of each entity (not modified)
     * @param keep whether to keep a table of every entity's positions (if small enough)
     */
    CellPositions(SparsityPattern pattern, int[] widths, boolean keep) {
        this.rowPtr = pattern.rowPtr();
        this.colIdx = pattern.colIdx();
        this.widths = widths;
        long total = 0;
        for (int w : widths) {
            total += (long) w * w;
        }
        this.keep = keep && total <= MAX_TABLE_ENTRIES;
        this.starts = this.keep ? new int[widths.length] : null;
        if (this.keep) {
            int s = 0;
            for (int e = 0; e < widths.length; e++) {
                starts[e] = s;
                s += widths[e] * widths[e];
            }
        }
    }

    /**
     * A finished table: entity {@code e} of {@code count}, each of {@code width} active entries, has
     * its positions at {@code table[e * width^2 ..]}, used as they are (they may index a compact
     * array instead of the pattern's values). Never merges; the assembly calls do nothing.
     */
    static CellPositions fixed(int[] table, int width, int count) {
        CellPositions p = new CellPositions(null, null, filled(count, width));
        p.table = table;
        return p;
    }

    private CellPositions(int[] rowPtr, int[] colIdx, int[] widths) {
        this.rowPtr = rowPtr;
        this.colIdx = colIdx;
        this.widths = widths;
        this.keep = true;
        this.starts = new int[widths.length];
        for (int e = 0; e < widths.length; e++) {
            starts[e] = e == 0 ? 0 : starts[e - 1] + widths[e - 1] * widths[e - 1];
        }
    }

    /** Every one of {@code count} entities has {@code width} active entries. */
    CellPositions(SparsityPattern pattern, int width, int count, boolean keep) {
        this(pattern, filled(count, width), keep);
    }

    private static int[] filled(int count, int width) {
        int[] w = new int[count];
        java.util.Arrays.fill(w, width);
        return w;
    }

    /** Called before each Jacobian assembly: the second one fills the table. */
    void startAssembly() {
        if (keep && table == null && ++assemblies == 2) {
            int size = widths.length == 0 ? 0 : starts[widths.length - 1] + widths[widths.length - 1]
                    * widths[widths.length - 1];
            filling = new int[size];
        }
    }

    /** Called after a Jacobian assembly completed: a filled table is used from now on. */
    void finishAssembly() {
        if (filling != null) {
            table = filling;
            filling = null;
        }
    }

    /** True when the positions of every entity are tabulated. */
    boolean tabulated() { return table != null; }

    /**
     * The array holding the positions of entity {@code e} whose active rows are {@code rows}
     * ({@code width(e)} of them), starting at {@link #offset(int)}: the table, or the table being
     * filled, or {@code scratch}.
     *
     * @param labels coupling labels of the active entries (see {@link #merge}), or null: all couple
     * @param order merge scratch of at least {@code width(e)} ints (the caller's, one per thread)
     * @param scratch receives the positions when no table exists, at least {@code width(e)^2} ints
     */
    int[] positions(int e, int[] rows, int[] labels, int[] order, int[] scratch) {
        if (table != null) {
            return table;
        }
        int[] out = filling != null ? filling : scratch;
        merge(rows, labels, widths[e], out, offset(e), order);
        return out;
    }

    /** Offset of entity {@code e}'s entries in the array returned by {@link #positions}. */
    int offset(int e) { return table != null || filling != null ? starts[e] : 0; }

    /**
     * Writes the positions of the {@code width x width} block of {@code rows} at {@code out[offset..]}:
     * -1 where a row or column is not an unknown, or where the entries' {@code labels} differ or
     * are negative (entries that do not couple: the pattern need not hold them, and what a term
     * writes there is dropped); with {@code labels} null every pair couples. {@code order} is
     * scratch of at least {@code width} ints.
     *
     * @throws IllegalStateException if a coupled entry is missing from the pattern
     */
    void merge(int[] rows, int[] labels, int width, int[] out, int offset, int[] order) {
        sortByRow(rows, width, order);
        for (int i = 0; i < width; i++) {
            int r = rows[i];
            int base = offset + i * width;
            int label = labels == null ? 0 : labels[i];
            if (r < 0 || label < 0) {
                java.util.Arrays.fill(out, base, base + width, -1);
                continue;
            }
            int k = rowPtr[r];
            int end = rowPtr[r + 1];
            for (int t = 0; t < width; t++) {
                int j = order[t];
                int c = rows[j];
                if (c < 0 || labels != null && labels[j] != label) {
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
    private static void sortByRow(int[] rows, int width, int[] order) {
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
