package org.ssbfem.solver.linalg;

/** Checks and diagnostics shared by every {@link LinearSolver}. Package-private. */
final class SolveInputs {
    private SolveInputs() {
    }

    /**
     * @throws IllegalArgumentException when the lengths of b or x differ from the matrix size
     * @throws SolverException when the matrix, b or x holds a NaN or infinite value (naming where)
     */
    static void check(SparseMatrix a, double[] b, double[] x) {
        int n = a.size();
        if (b.length != n || x.length != n) {
            throw new IllegalArgumentException("matrix size " + n + ", b length " + b.length + ", x length " + x.length);
        }
        int i = Vectors.firstNonFinite(b);
        if (i >= 0) {
            throw new SolverException("right-hand side entry " + i + " is " + b[i]
                    + ": the residual assembly produced a non-finite value");
        }
        i = Vectors.firstNonFinite(x);
        if (i >= 0) {
            throw new SolverException("initial guess entry " + i + " is " + x[i] + ": pass a finite vector (zeros will do)");
        }
        int k = Vectors.firstNonFinite(a.values());
        if (k >= 0) {
            int[] rp = a.pattern().rowPtr();
            int row = java.util.Arrays.binarySearch(rp, k);
            row = row >= 0 ? lastRowStartingAt(rp, row) : -row - 2;
            throw new SolverException("matrix entry (" + row + ", " + a.pattern().colIdx()[k] + ") is " + a.values()[k]
                    + ": the Jacobian assembly produced a non-finite value");
        }
    }

    /** The row whose range starts at offset rp[idx], skipping empty rows that share the offset. */
    private static int lastRowStartingAt(int[] rp, int idx) {
        int row = idx;
        while (row + 1 < rp.length - 1 && rp[row + 1] == rp[idx]) {
            row++;
        }
        return row;
    }

    /**
     * The smallest residual norm double precision can verify at x: the rounding error of computing
     * A x, about eps * || |A| |x| ||_2 (the sum of |a_ij x_j| per row).
     */
    static double roundingFloor(SparseMatrix a, double[] x) {
        int[] rp = a.pattern().rowPtr();
        int[] ci = a.pattern().colIdx();
        double[] v = a.values();
        double s = 0;
        for (int i = 0; i < a.size(); i++) {
            double row = 0;
            for (int k = rp[i]; k < rp[i + 1]; k++) {
                row += Math.abs(v[k] * x[ci[k]]);
            }
            s += row * row;
        }
        return Math.ulp(1.0) * Math.sqrt(s);
    }

    /**
     * Advice when a solve stopped at residual {@code rNorm}: when that is within a factor 10 of the
     * rounding floor, the tolerance is unattainable; otherwise an empty string.
     */
    static String floorAdvice(SparseMatrix a, double[] x, double rNorm, double bNorm) {
        double floor = roundingFloor(a, x);
        if (rNorm > 10 * floor) {
            return "";
        }
        return String.format(java.util.Locale.ROOT, " The residual is at the rounding floor eps*|| |A||x| || = %.2e"
                + " of this system: a relative tolerance below about %.1e cannot be verified in double precision;"
                + " loosen rtol or scale the unknowns so that their sizes are comparable.", floor, 10 * floor / bNorm);
    }

    /**
     * The first entry (i, j) whose mirror differs by more than {@code relTol} times the scale of
     * that entry, as {i, j}; null for a symmetric matrix (a missing mirror counts as 0). The scale
     * is the largest of |a_ij|, |a_ji| and sqrt(|a_ii a_jj|), the bound of an off-diagonal entry
     * of a positive definite matrix: so entries that cancel to rounding level (|a_ij| ~ 1e-20
     * against a diagonal ~ 1) may differ from their mirror by rounding without the matrix being
     * called nonsymmetric, while a true asymmetry of a relevant entry is still found.
     * O(nnz log(row length)).
     */
    static int[] firstAsymmetry(SparseMatrix a, double relTol) {
        int[] rp = a.pattern().rowPtr();
        int[] ci = a.pattern().colIdx();
        double[] v = a.values();
        double[] diag = new double[a.size()];
        for (int i = 0; i < diag.length; i++) {
            diag[i] = Math.abs(a.get(i, i));
        }
        for (int i = 0; i < a.size(); i++) {
            for (int k = rp[i]; k < rp[i + 1]; k++) {
                int j = ci[k];
                int t = a.pattern().find(j, i);
                double mirror = t < 0 ? 0 : v[t];
                double scale = Math.max(Math.max(Math.abs(v[k]), Math.abs(mirror)), Math.sqrt(diag[i] * diag[j]));
                if (Math.abs(v[k] - mirror) > relTol * scale) {
                    return new int[] {i, j};
                }
            }
        }
        return null;
    }
}
