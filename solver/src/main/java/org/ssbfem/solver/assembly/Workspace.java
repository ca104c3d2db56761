package org.ssbfem.solver.assembly;

import org.ssbfem.solver.fem.StraightCells;
import org.ssbfem.solver.linalg.SparseMatrix;
import org.ssbfem.solver.linalg.SparsityPattern;
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
    SparsityPattern pattern;
    CellPositions positions;
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
     * Adds the local residual (and Jacobian when a matrix is set) of {@code cell}, one side of
     * local arrays, into the reduced system through the cell's matrix positions.
     */
    void scatterCell(int cell) {
        int w = local.width;
        int[] rows = local.rows;
        double[] res = local.residual;
        for (int i = 0; i < w; i++) {
            int r = rows[i];
            if (r >= 0) {
                residual[r] += res[i];
            }
        }
        if (matrix != null) {
            addJacobian(positions.positions(cell, rows), positions.offset(cell), w);
        }
    }

    private void addJacobian(int[] pos, int offset, int w) {
        double[] values = matrix.values();
        double[] jac = local.jacobian;
        for (int i = 0; i < w; i++) {
            if (local.rows[i] < 0) {
                continue;
            }
            for (int j = 0, p = offset + i * w, l = i * local.stride; j < w; j++) {
                int k = pos[p + j];
                if (k >= 0) {
                    values[k] += jac[l + j];
                }
            }
        }
    }

    /** Adds the local residual (and Jacobian when a matrix is set) into the reduced system. */
    void scatter() {
        int m = local.stride;
        int[] rows = local.rows;
        double[] values = matrix == null ? null : matrix.values();
        for (int i = 0; i < m; i++) {
            int r = rows[i];
            if (r < 0) {
                continue;
            }
            residual[r] += local.residual[i];
            if (values == null) {
                continue;
            }
            for (int j = 0; j < m; j++) {
                int c = rows[j];
                double v = local.jacobian[i * m + j];
                if (c >= 0 && v != 0.0) {
                    int k = pattern.find(r, c);
                    if (k < 0) {
                        throw new IllegalStateException("entry (" + r + "," + c + ") missing from the pattern");
                    }
                    values[k] += v;
                }
            }
        }
    }
}
