package org.ssbfem.solver.assembly;

import java.util.Arrays;
import org.ssbfem.solver.linalg.SparseMatrix;

/**
 * The cell terms that are linear in the unknowns ({@link Term#linearInUnknowns()}), assembled once
 * per time, shift, history and fixed (Dirichlet) values: their Jacobian {@code J_L} and their
 * residual {@code r_L(u_ref)} at the unknowns of that assembly are kept, and later residuals are
 * {@code r_L(u) = r_L(u_ref) + J_L (u - u_ref)}, exact for affine terms up to rounding. In a Newton
 * solve of a time step only the first iteration then loops over the cells for these terms; the
 * others cost one sparse matrix-vector product. Not thread-safe (the {@link Assembler}'s).
 */
final class LinearCells {
    private final SparseMatrix jacobian;
    private final double[] residualRef;
    private final double[] uRef;
    private final int[] fixedDofs;
    private final double[] fixedRef;
    private final double[] work;
    private boolean valid;
    private double timeS;
    private double shiftPerS;
    private long historyVersion;

    /**
     * @param jacobian a matrix on the assembler's pattern, owned by this cache
     * @param reducedOf reduced unknown of every layout dof, -1 for fixed ones
     */
    LinearCells(SparseMatrix jacobian, int[] reducedOf) {
        this.jacobian = jacobian;
        int n = jacobian.size();
        this.residualRef = new double[n];
        this.uRef = new double[n];
        this.work = new double[n];
        int fixed = 0;
        for (int r : reducedOf) {
            fixed += r < 0 ? 1 : 0;
        }
        this.fixedDofs = new int[fixed];
        for (int d = 0, k = 0; d < reducedOf.length; d++) {
            if (reducedOf[d] < 0) {
                fixedDofs[k++] = d;
            }
        }
        this.fixedRef = new double[fixed];
    }

    /** True when the kept assembly holds at this time, shift, history and fixed values ({@code full}). */
    boolean holds(double time, double shift, long history, double[] full) {
        if (!valid || Double.compare(time, timeS) != 0 || Double.compare(shift, shiftPerS) != 0
                || history != historyVersion) {
            return false;
        }
        for (int k = 0; k < fixedDofs.length; k++) {
            if (Double.compare(full[fixedDofs[k]], fixedRef[k]) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The arrays a fresh assembly of the linear terms goes into (zeroed): residual, then the Jacobian. */
    double[] startResidual() {
        valid = false;
        Arrays.fill(residualRef, 0.0);
        jacobian.zero();
        return residualRef;
    }

    SparseMatrix jacobian() { return jacobian; }

    /** Marks the assembly just made at {@code u} (reduced) and these inputs as the kept one. */
    void remember(double[] u, double time, double shift, long history, double[] full) {
        System.arraycopy(u, 0, uRef, 0, uRef.length);
        for (int k = 0; k < fixedDofs.length; k++) {
            fixedRef[k] = full[fixedDofs[k]];
        }
        timeS = time;
        shiftPerS = shift;
        historyVersion = history;
        valid = true;
    }

    /** Adds {@code r_L(u)} into {@code residual} and, if not null, {@code J_L} into {@code target}. */
    void addTo(double[] u, double[] residual, SparseMatrix target) {
        for (int i = 0; i < work.length; i++) {
            work[i] = u[i] - uRef[i];
        }
        int[] rp = jacobian.pattern().rowPtr();
        int[] ci = jacobian.pattern().colIdx();
        double[] a = jacobian.values();
        for (int i = 0; i < work.length; i++) {
            double s = residualRef[i];
            for (int k = rp[i]; k < rp[i + 1]; k++) {
                s += a[k] * work[ci[k]];
            }
            residual[i] += s;
        }
        if (target != null) {
            double[] t = target.values();
            for (int k = 0; k < a.length; k++) {
                t[k] += a[k];
            }
        }
    }
}
