package org.ssbfem.solver.assembly;

import java.util.Arrays;

/**
 * The local residual and Jacobian of one cell or facet, blocked by side and field: entry
 * {@code side * width + fieldOffset[f] + a}; the Jacobian is row-major with {@link #stride} =
 * sides * width columns (one side for cells and boundary facets, two for interface facets). Also
 * the reduced-row map used to scatter them and the evaluation state (time, shift, whether a
 * Jacobian is wanted) shared by all bindings.
 */
final class LocalArrays {
    final int width;
    int stride;
    final int[] fieldOffset;
    final double[] residual;
    final double[] jacobian;
    final int[] rows;
    boolean wantJacobian;
    /**
     * Which bindings run: a union of the kinds {@link #NONLINEAR}, {@link #LINEAR},
     * {@link #INVARIANT} and {@link #MASS} ({@link Binding#kindOf}); {@link #ALL} runs every one.
     */
    int group = ALL;
    /** Terms not linear in the unknowns. */
    static final int NONLINEAR = 1;
    /** Terms linear in the unknowns whose residual depends on the time, shift or history. */
    static final int LINEAR = 2;
    /** Terms linear in the unknowns and {@linkplain Term#timeInvariant() time-invariant}. */
    static final int INVARIANT = 4;
    /** {@linkplain Term#scaledByShift() Time derivatives} whose mass matrix is kept. */
    static final int MASS = 8;
    static final int ALL = NONLINEAR | LINEAR | INVARIANT | MASS;
    double timeS;
    double shiftPerS;

    LocalArrays(int[] dofsPerCell) {
        fieldOffset = new int[dofsPerCell.length];
        int w = 0;
        for (int f = 0; f < dofsPerCell.length; f++) {
            fieldOffset[f] = w;
            w += dofsPerCell[f];
        }
        width = w;
        stride = 2 * w;
        residual = new double[stride];
        jacobian = new double[stride * stride];
        rows = new int[stride];
    }

    /** Starts a cell ({@code sides} 1) or an interface facet (2): zeroes the values, marks every row unused. */
    void clear(int sides) {
        stride = sides * width;
        Arrays.fill(residual, 0, stride, 0.0);
        if (wantJacobian) {
            Arrays.fill(jacobian, 0, stride * stride, 0.0);
        }
        Arrays.fill(rows, 0, stride, -1);
    }

    /** The local indices of the fields flagged in {@code needed} on {@code side}, increasing. */
    int[] entries(int side, boolean[] needed) {
        int count = 0;
        for (int f = 0; f < needed.length; f++) {
            if (needed[f]) {
                count += dofs(f);
            }
        }
        int[] out = new int[count];
        int k = 0;
        for (int f = 0; f < needed.length; f++) {
            for (int a = 0; needed[f] && a < dofs(f); a++) {
                out[k++] = side * width + fieldOffset[f] + a;
            }
        }
        return out;
    }

    /** The field of local entry {@code e} (either side). */
    int fieldOf(int e) {
        int i = e % width;
        int f = fieldOffset.length - 1;
        while (fieldOffset[f] > i) {
            f--;
        }
        return f;
    }

    private int dofs(int f) {
        return (f + 1 < fieldOffset.length ? fieldOffset[f + 1] : width) - fieldOffset[f];
    }

    /**
     * As {@link #clear(int)}, zeroing only the values of the local entries {@code lo..hi-1} (rows
     * and columns): those the bindings of the cell or facet write and the scatter reads.
     */
    void clear(int sides, int lo, int hi) {
        stride = sides * width;
        Arrays.fill(residual, lo, hi, 0.0);
        if (wantJacobian && lo == 0 && hi == stride) {
            Arrays.fill(jacobian, 0, stride * stride, 0.0);
        } else if (wantJacobian) {
            for (int i = lo; i < hi; i++) {
                Arrays.fill(jacobian, i * stride + lo, i * stride + hi, 0.0);
            }
        }
        Arrays.fill(rows, 0, stride, -1);
    }

    /** Sets the reduced rows of field values {@code v} on {@code side}. */
    void mapRows(int side, int field, FieldValues v, int[] reducedOf) {
        int base = side * width + fieldOffset[field];
        for (int a = 0; a < v.n; a++) {
            rows[base + a] = reducedOf[v.globalDofs[a]];
        }
    }
}
