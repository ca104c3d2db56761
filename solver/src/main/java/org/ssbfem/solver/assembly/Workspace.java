package org.ssbfem.solver.assembly;

import org.ssbfem.solver.fem.StraightCells;
import org.ssbfem.solver.space.FieldLayout;

/**
 * The scratch state of the assembly loops: both sides' cell data, the local arrays, the expanded
 * solution and history, which cells are straight, and the targets of the current assembly.
 * Scatters the local arrays into the reduced residual and matrix values without allocating.
 *
 * <p>One per thread: the assembler's own workspace, and for each extra thread of a parallel cell
 * loop a {@linkplain #Workspace(Workspace) worker copy} with its own scratch (local arrays, side
 * data, row and merge buffers) that shares the read-only arrays (solution, history, straight
 * flags, reduced map) and the positions table of the original.
 */
final class Workspace {
    private final FieldLayout layout;
    final LocalArrays local;
    final SideData[] sides;
    final double[] full;
    final double[] history;
    final boolean[] straight;
    boolean historySet;
    int[] reducedOf;
    CellPositions positions;
    final int[] cellRows;
    /** Merge scratch of {@link CellPositions#positions}: sorted local order and positions of one entity. */
    private final int[] mergeOrder;
    private final int[] mergeScratch;
    /** Reduced residual target; entry {@code r} of the system goes to {@code residual[r - rowBase]}. */
    double[] residual;
    int rowBase;
    /** Matrix values target (null: no Jacobian); position {@code k} goes to {@code values[k - valueBase]}. */
    double[] values;
    int valueBase;

    /** @param affine whether straight cells take the affine geometry path (false: every cell isoparametric) */
    Workspace(FieldLayout layout, boolean affine) {
        this(layout, affine ? StraightCells.of(layout.mesh()) : new boolean[layout.mesh().cellCount()],
                new double[layout.size()], new double[layout.size()]);
    }

    /**
     * A worker copy of {@code shared} for another thread: own scratch, the same solution, history,
     * straight flags, reduced map and positions table (their contents, not copies). Evaluation state
     * and targets are set per assembly by {@link #follow}.
     */
    Workspace(Workspace shared) {
        this(shared.layout, shared.straight, shared.full, shared.history);
        this.reducedOf = shared.reducedOf;
        this.positions = shared.positions;
    }

    private Workspace(FieldLayout layout, boolean[] straight, double[] full, double[] history) {
        this.layout = layout;
        int[] dofs = new int[layout.fieldCount()];
        for (int f = 0; f < dofs.length; f++) {
            dofs[f] = layout.space(f).dofsPerCell();
        }
        this.local = new LocalArrays(dofs);
        this.straight = straight;
        this.sides = new SideData[] {new SideData(layout, straight), new SideData(layout, straight)};
        this.full = full;
        this.history = history;
        this.cellRows = new int[local.width];
        this.mergeOrder = new int[2 * local.width];
        this.mergeScratch = new int[4 * local.width * local.width];
    }

    /**
     * Takes the evaluation state of {@code main} (time, shift, whether a Jacobian is wanted, whether
     * a history is set) for the next assembly; the arrays are shared already.
     */
    void follow(Workspace main) {
        local.timeS = main.local.timeS;
        local.shiftPerS = main.local.shiftPerS;
        local.wantJacobian = main.local.wantJacobian;
        local.group = main.local.group;
        historySet = main.historySet;
    }

    /** Sets where {@link #scatter} adds: see {@link #residual} and {@link #values}. */
    void target(double[] residual, int rowBase, double[] values, int valueBase) {
        this.residual = residual;
        this.rowBase = rowBase;
        this.values = values;
        this.valueBase = valueBase;
    }

    /** The history vector, or null while none was set (history values are then zero). */
    double[] historyOrNull() { return historySet ? history : null; }

    /** Maps the rows of the fields flagged in {@code needed} on {@code side}. */
    void mapRows(int side, boolean[] needed) {
        FieldValues[] fields = sides[side].fields;
        for (int f = 0; f < needed.length; f++) {
            if (needed[f]) {
                local.mapRows(side, f, fields[f], reducedOf);
            }
        }
    }

    /**
     * Adds the local residual and, when matrix values are set, Jacobian entries {@code active}
     * (indices into the local arrays of the current stride, increasing) of cell or facet
     * {@code entity} into the targets, the Jacobian through the entity's positions in {@code table}
     * (its width for the entity is {@code active.length}); {@code rowsBuf} is scratch of at least
     * that length.
     */
    void scatter(int[] active, int[] rowsBuf, CellPositions table, int entity) {
        scatter(active, rowsBuf, null, table, entity);
    }

    /**
     * As {@link #scatter(int[], int[], CellPositions, int)}, with the coupling labels of the active
     * entries ({@link CellPositions#merge}; null: all couple).
     */
    void scatter(int[] active, int[] rowsBuf, int[] labels, CellPositions table, int entity) {
        int m = active.length;
        int[] rows = local.rows;
        double[] res = local.residual;
        double[] out = residual;
        int base = rowBase;
        for (int t = 0; t < m; t++) {
            int r = rows[active[t]];
            rowsBuf[t] = r;
            if (r >= 0) {
                out[r - base] += res[active[t]];
            }
        }
        if (values == null) {
            return;
        }
        int[] pos = table.positions(entity, rowsBuf, labels, mergeOrder, mergeScratch);
        int offset = table.offset(entity);
        double[] values = this.values;
        int vb = valueBase;
        double[] jac = local.jacobian;
        int stride = local.stride;
        if (m == stride) {
            addDense(pos, offset, rowsBuf, m);
            return;
        }
        for (int i = 0; i < m; i++) {
            if (rowsBuf[i] < 0) {
                continue;
            }
            int l = active[i] * stride;
            for (int j = 0, p = offset + i * m; j < m; j++) {
                int k = pos[p + j];
                if (k >= 0) {
                    values[k - vb] += jac[l + active[j]];
                }
            }
        }
    }

    /** The Jacobian part of {@link #scatter} when every local entry is active (one field everywhere). */
    private void addDense(int[] pos, int offset, int[] rows, int m) {
        double[] values = this.values;
        int vb = valueBase;
        double[] jac = local.jacobian;
        for (int i = 0; i < m; i++) {
            if (rows[i] < 0) {
                continue;
            }
            for (int j = 0, p = offset + i * m, l = i * m; j < m; j++) {
                int k = pos[p + j];
                if (k >= 0) {
                    values[k - vb] += jac[l + j];
                }
            }
        }
    }
}
