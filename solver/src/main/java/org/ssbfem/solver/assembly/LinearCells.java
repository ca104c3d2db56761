package org.ssbfem.solver.assembly;

import java.util.Arrays;
import org.ssbfem.solver.linalg.ParallelRows;
import org.ssbfem.solver.linalg.SparseMatrix;
import org.ssbfem.solver.linalg.SparsityPattern;

/**
 * The cell terms that are linear in the unknowns ({@link Term#linearInUnknowns()}), kept between
 * assemblies as their Jacobian {@code J_L} and their residual at zero free unknowns (the fixed
 * ones at their values), so that residuals are {@code r_L(u) = r_L(0) + J_L u}, exact for affine
 * terms up to rounding; and the same whenever the state is the same (a resumed run continues bit
 * for bit). Three parts, by what they depend on ({@link Binding#kindOf}):
 *
 * <ul>
 *   <li>time-invariant terms ({@link LocalArrays#INVARIANT}, e.g. constant-coefficient diffusion):
 *       assembled once, again only when the fixed (Dirichlet) values change;</li>
 *   <li>time derivatives with a kept mass matrix ({@link LocalArrays#MASS}): M assembled once at
 *       shift 1, their part {@code shift M (u - h)} formed by scaling and a product;</li>
 *   <li>the other linear terms ({@link LocalArrays#LINEAR}, e.g. a time-dependent source):
 *       assembled once per time, shift, history and fixed values.</li>
 * </ul>
 *
 * The parts are summed into one matrix and reference residual whenever the time, shift, history or
 * fixed values change (once per time step); an assembly then starts from one matrix-vector
 * product and one copy of the summed matrix. Not thread-safe (the {@link Assembler}'s).
 */
final class LinearCells {
    /**
     * Runs the cell terms of {@code group} at zero free unknowns (the fixed ones at their values)
     * into the given residual and Jacobian values (both zeroed), at shift {@code shiftPerS}.
     */
    interface Pass {
        void run(int group, double[] residual, double[] jacobianValues, double shiftPerS);
    }

    private final int[] fixedDofs;
    private final Part invariant;
    private final Part timed;
    private final SparseMatrix mass;
    private final SparseMatrix sum;
    private final Part summed;
    private final double[] history;
    private final double[] work;
    private boolean massReady;
    private double timeS;
    private double shiftPerS;
    private long historyVersion;

    /**
     * @param pattern the assembler's pattern
     * @param reducedOf reduced unknown of every layout dof, -1 for fixed ones
     * @param groups the union of the kinds of the cell terms ({@link LocalArrays})
     */
    LinearCells(SparsityPattern pattern, int[] reducedOf, int groups) {
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
        this.invariant = (groups & LocalArrays.INVARIANT) != 0 ? new Part(pattern, fixed) : null;
        this.timed = (groups & LocalArrays.LINEAR) != 0 ? new Part(pattern, fixed) : null;
        this.mass = (groups & LocalArrays.MASS) != 0 ? new SparseMatrix(pattern) : null;
        this.sum = new SparseMatrix(pattern);
        this.summed = new Part(sum, fixed);
        this.history = mass != null ? new double[pattern.size()] : null;
        this.work = new double[pattern.size()];
    }

    /** Whether there is anything to keep: some cell term is linear in the unknowns. */
    static boolean any(int groups) {
        return (groups & (LocalArrays.INVARIANT | LocalArrays.LINEAR | LocalArrays.MASS)) != 0;
    }

    /**
     * Brings the kept sum up to the current state: re-assembles (through {@code pass}) the parts
     * whose inputs changed and sums them.
     *
     * @param full the layout vector of the assembly ({@code u} with the fixed values)
     * @param historyFull the history (layout numbering), or null when none is set (zero)
     * @param reducedOf reduced unknown of every layout dof
     */
    void update(double[] full, double[] historyFull, int[] reducedOf, double time, double shift,
                long historyVersionNow, Pass pass) {
        boolean sameState = Double.compare(time, timeS) == 0 && Double.compare(shift, shiftPerS) == 0
                && historyVersionNow == historyVersion;
        if (summed.valid && sameState && summed.sameFixed(full, fixedDofs)) {
            return;
        }
        summed.valid = false;
        if (invariant != null && !(invariant.valid && invariant.sameFixed(full, fixedDofs))) {
            invariant.assemble(pass, LocalArrays.INVARIANT, shift, full, fixedDofs);
        }
        if (timed != null && !(timed.valid && sameState && timed.sameFixed(full, fixedDofs))) {
            timed.assemble(pass, LocalArrays.LINEAR, shift, full, fixedDofs);
        }
        if (mass != null && !massReady && shift != 0) {
            mass.zero();
            pass.run(LocalArrays.MASS, work, mass.values(), 1.0);
            massReady = true;
        }
        sum(historyFull, reducedOf, shift);
        summed.remember(full, fixedDofs);
        timeS = time;
        shiftPerS = shift;
        historyVersion = historyVersionNow;
    }

    /** The sum of the parts and its residual at zero: the parts' own, and {@code -shift M h} of the mass part. */
    private void sum(double[] historyFull, int[] reducedOf, double shift) {
        double[] a = sum.values();
        Arrays.fill(a, 0.0);
        Arrays.fill(summed.residual, 0.0);
        for (Part p : new Part[] {invariant, timed}) {
            if (p != null) {
                double[] b = p.matrix.values();
                for (int i = 0; i < p.residual.length; i++) {
                    summed.residual[i] += p.residual[i];
                }
                for (int k = 0; k < a.length; k++) {
                    a[k] += b[k];
                }
            }
        }
        if (mass != null && shift != 0) {
            Arrays.fill(history, 0.0);
            if (historyFull != null) {
                for (int g = 0; g < reducedOf.length; g++) {
                    if (reducedOf[g] >= 0) {
                        history[reducedOf[g]] = historyFull[g];
                    }
                }
            }
            int[] rp = mass.pattern().rowPtr();
            int[] ci = mass.pattern().colIdx();
            double[] m = mass.values();
            for (int i = 0; i < history.length; i++) {
                double s = 0;
                for (int k = rp[i]; k < rp[i + 1]; k++) {
                    s += m[k] * history[ci[k]];
                }
                summed.residual[i] -= shift * s;
            }
            for (int k = 0; k < a.length; k++) {
                a[k] += shift * m[k];
            }
        }
    }

    /**
     * Starts an assembly with the kept terms: sets the first {@code u.length} entries of
     * {@code residual} to {@code r_L(u)} and, if not null, {@code target} to {@code J_L} (the other
     * terms are then added).
     */
    void start(double[] u, double[] residual, SparseMatrix target) {
        int[] rp = sum.pattern().rowPtr();
        ParallelRows.forEach(u.length, (from, to) -> {
            Arrays.fill(residual, from, to, 0.0);
            summed.residualAt(u, residual, from, to);
            if (target != null) {
                System.arraycopy(sum.values(), rp[from], target.values(), rp[from], rp[to] - rp[from]);
            }
        });
    }

    /** One kept assembly: its Jacobian, its residual at zero free unknowns and the fixed values it was made with. */
    private static final class Part {
        final SparseMatrix matrix;
        final double[] residual;
        final double[] fixedRef;
        boolean valid;

        Part(SparsityPattern pattern, int fixed) {
            this(new SparseMatrix(pattern), fixed);
        }

        Part(SparseMatrix matrix, int fixed) {
            this.matrix = matrix;
            this.residual = new double[matrix.size()];
            this.fixedRef = new double[fixed];
        }

        boolean sameFixed(double[] full, int[] fixedDofs) {
            for (int k = 0; k < fixedDofs.length; k++) {
                if (Double.compare(full[fixedDofs[k]], fixedRef[k]) != 0) {
                    return false;
                }
            }
            return true;
        }

        void assemble(Pass pass, int group, double shift, double[] full, int[] fixedDofs) {
            valid = false;
            Arrays.fill(residual, 0.0);
            matrix.zero();
            pass.run(group, residual, matrix.values(), shift);
            remember(full, fixedDofs);
        }

        void remember(double[] full, int[] fixedDofs) {
            for (int k = 0; k < fixedDofs.length; k++) {
                fixedRef[k] = full[fixedDofs[k]];
            }
            valid = true;
        }

        /** Adds {@code residual + J u} into {@code out}, rows {@code from..to-1}. */
        void residualAt(double[] u, double[] out, int from, int to) {
            int[] rp = matrix.pattern().rowPtr();
            int[] ci = matrix.pattern().colIdx();
            double[] a = matrix.values();
            for (int i = from; i < to; i++) {
                double s = residual[i];
                for (int k = rp[i]; k < rp[i + 1]; k++) {
                    s += a[k] * u[ci[k]];
                }
                out[i] += s;
            }
        }
    }
}
