package org.ssbfem.solver.study.conductivity;

import java.util.Arrays;
import org.ssbfem.solver.linalg.SparseMatrix;

/**
 * Symmetric elimination of fixed unknowns from a matrix, in place and undoable: the row of a fixed
 * unknown keeps only its diagonal {@code a_ii} (right-hand side {@code a_ii g_i}), and its column's
 * entries in free rows move to the right-hand side ({@code b_j -= a_ji g_i}). The matrix stays
 * symmetric positive definite, on the same pattern, so CG, ILU(0) and AMG apply; {@link #undo}
 * restores the original values from a log of the entries changed (no copy of the whole matrix).
 */
final class DirichletElimination {
    private final SparseMatrix a;
    private int[] positions = new int[1024];
    private double[] values = new double[1024];
    private int size;

    private DirichletElimination(SparseMatrix a) {
        this.a = a;
    }

    /**
     * Eliminates the unknowns with {@code fixed[i]} at values {@code g[i]} from {@code a} (modified)
     * and writes the right-hand side into {@code rhs}.
     *
     * @param fixed which unknowns are fixed, length n (not modified)
     * @param g fixed values, length n (read where fixed)
     * @param rhs receives the right-hand side, length n
     * @return the log that restores {@code a}
     */
    static DirichletElimination apply(SparseMatrix a, boolean[] fixed, double[] g, double[] rhs) {
        DirichletElimination e = new DirichletElimination(a);
        int[] rp = a.pattern().rowPtr();
        int[] ci = a.pattern().colIdx();
        double[] v = a.values();
        for (int i = 0; i < a.size(); i++) {
            double s = 0;
            for (int k = rp[i]; k < rp[i + 1]; k++) {
                int j = ci[k];
                if (fixed[i] && j == i) {
                    s = v[k] * g[i];
                } else if (fixed[i] || fixed[j]) {
                    s -= fixed[i] ? 0 : v[k] * g[j];
                    e.log(k, v[k]);
                    v[k] = 0;
                }
            }
            rhs[i] = s;
        }
        return e;
    }

    private void log(int position, double value) {
        if (size == positions.length) {
            positions = Arrays.copyOf(positions, 2 * size);
            values = Arrays.copyOf(values, 2 * size);
        }
        positions[size] = position;
        values[size++] = value;
    }

    /** Number of matrix entries changed. */
    int changed() { return size; }

    /** Puts the original values back. Call once. */
    void undo() {
        double[] v = a.values();
        for (int k = 0; k < size; k++) {
            v[positions[k]] = values[k];
        }
        size = 0;
    }
}
