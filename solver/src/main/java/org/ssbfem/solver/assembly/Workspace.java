package org.ssbfem.solver.assembly;

import org.ssbfem.solver.fem.StraightCells;
import org.ssbfem.solver.linalg.SparseMatrix;
import org.ssbfem.solver.space.FieldLayout;

/**
 * The scratch state shared by the assembly loops: both sides' cell data, the local arrays, the
 * expanded solution and history, which cells are straight, and the targets of the current
 * assembly. Scatters the local arrays into the reduced residual and matrix without allocating.
 */
final class Workspace {
    final LocalArrays local;
    final SideData[] sides;
    final double[] full;
    final double[] history;
    final boolean[] straight;
    boolean historySet;
    int[] reducedOf;
    CellPositions positions;
    final int[] cellRows;
    double[] residual;
    SparseMatrix matrix;

    /** @param affine whether straight cells take the affine geometry path (false: every cell isoparametric) */
    Workspace(FieldLayout layout, boolean affine) {
        int[] dofs = new int[layout.fieldCount()];
        for (int f = 0; f < dofs.length; f++) {
            dofs[f] = layout.space(f).dofsPerCell();
        }
        this.local = new LocalArrays(dofs);
        this.straight = affine ? StraightCells.of(layout.mesh()) : new boolean[layout.mesh().cellCount()];
        this.sides = new SideData[] {new SideData(layout, straight), new SideData(layout, straight)};
        this.full = new double[layout.size()];
        this.history = new double[layout.size()];
        this.cellRows = new int[local.width];
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
     * Adds the local residual and, when a matrix is set, Jacobian entries {@code active} (indices
     * into the local arrays of the current stride, increasing) of cell or facet {@code entity} into
     * the reduced system, the Jacobian through the entity's positions in {@code table} (its width
     * for the entity is {@code active.length}); {@code rowsBuf} is scratch of at least that length.
     */
    void scatter(int[] active, int[] rowsBuf, CellPositions table, int entity) {
        int m = active.length;
        int[] rows = local.rows;
        double[] res = local.residual;
        for (int t = 0; t < m; t++) {
            int r = rows[active[t]];
            rowsBuf[t] = r;
            if (r >= 0) {
                residual[r] += res[active[t]];
            }
        }
        if (matrix == null) {
            return;
        }
        int[] pos = table.positions(entity, rowsBuf);
        int offset = table.offset(entity);
        double[] values = matrix.values();
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
                    values[k] += jac[l + active[j]];
                }
            }
        }
    }

    /** The Jacobian part of {@link #scatter} when every local entry is active (one field everywhere). */
    private void addDense(int[] pos, int offset, int[] rows, int m) {
        double[] values = matrix.values();
        double[] jac = local.jacobian;
        for (int i = 0; i < m; i++) {
            if (rows[i] < 0) {
                continue;
            }
            for (int j = 0, p = offset + i * m, l = i * m; j < m; j++) {
                int k = pos[p + j];
                if (k >= 0) {
                    values[k] += jac[l + j];
                }
            }
        }
    }
}
