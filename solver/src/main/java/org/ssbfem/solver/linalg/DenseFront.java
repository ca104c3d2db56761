package org.ssbfem.solver.linalg;

/**
 * Dense kernel of the multifrontal LU: partial factorization of one frontal matrix over its k
 * fully summed rows and columns, with threshold partial pivoting among the fully summed rows.
 * Blocked right-looking: a panel of {@value #BLOCK} columns is factored with rank-1 updates, then
 * the rows of U to its right are solved and the trailing matrix gets one rank-{@value #BLOCK} update.
 * About 9 GFlop/s on one core of the development machine (AMD EPYC, Java 17). Package-private.
 *
 * <p>Pivot rule for column j: among the remaining fully summed rows take the diagonal row when
 * |a| &gt;= u * (largest |a| in the whole column, fully summed or not), else the largest; when even
 * the largest fails that test, or is below {@code tiny} times the column's size in A, column j and
 * every later one are left uneliminated (delayed to the parent front).
 */
final class DenseFront {
    static final int BLOCK = 32;
    static final int TILE = 512;

    private DenseFront() {
    }

    /**
     * Factors in place: on return rows [0, e) hold U (with the unit-lower L11 below the diagonal),
     * rows [e, f) hold L21 in columns [0, e) and the Schur complement in columns [e, f), where e is
     * the returned count.
     *
     * @param a the front, f x f row-major
     * @param k fully summed rows/columns (the first k)
     * @param rows global row index of each front row, permuted along with the rows
     * @param cols global column index of each front column (not changed)
     * @param colNorm size of each global column in A, for the singularity test
     * @param u threshold in (0, 1]
     * @param tiny relative size below which a pivot counts as zero
     * @return e, the number of columns eliminated (k unless some were delayed)
     */
    static int factor(double[] a, int f, int k, int[] rows, int[] cols, double[] colNorm, double u, double tiny) {
        int width = Math.min(TILE, f);
        double[][] uTile = new double[BLOCK][width];
        double[] rowTile = new double[width];
        for (int j0 = 0; j0 < k; j0 += BLOCK) {
            int j1 = Math.min(j0 + BLOCK, k);
            int end = panel(a, f, k, j0, j1, rows, cols, colNorm, u, tiny);
            if (end > j0) {
                solveUpperRows(a, f, j0, end, j1);
                updateTrailing(a, f, j0, end, j1, uTile, rowTile);
            }
            if (end < j1) {
                return end;
            }
        }
        return k;
    }

    /** Eliminates columns j0..j1-1 within the panel; returns the first column that found no pivot, or j1. */
    private static int panel(double[] a, int f, int k, int j0, int j1, int[] rows, int[] cols, double[] colNorm,
                             double u, double tiny) {
        for (int j = j0; j < j1; j++) {
            int p = pivotRow(a, f, k, j, rows, cols, colNorm[cols[j]] * tiny, u);
            if (p < 0) {
                return j;
            }
            if (p != j) {
                swapRows(a, f, j, p, rows);
            }
            int pivotRow = j * f;
            double inverse = 1.0 / a[pivotRow + j];
            for (int i = j + 1; i < f; i++) {
                int row = i * f;
                double l = a[row + j] * inverse;
                a[row + j] = l;
                if (l != 0) {
                    for (int c = j + 1; c < j1; c++) {
                        a[row + c] -= l * a[pivotRow + c];
                    }
                }
            }
        }
        return j1;
    }

    private static int pivotRow(double[] a, int f, int k, int j, int[] rows, int[] cols, double zero, double u) {
        double colMax = 0;
        double bestAbs = 0;
        int best = -1;
        int diagonal = -1;
        for (int i = j; i < f; i++) {
            double v = Math.abs(a[i * f + j]);
            colMax = Math.max(colMax, v);
            if (i < k) {
                if (v > bestAbs) {
                    bestAbs = v;
                    best = i;
                }
                if (rows[i] == cols[j]) {
                    diagonal = i;
                }
            }
        }
        if (best < 0 || !(bestAbs > zero) || bestAbs < u * colMax) {
            return -1;
        }
        if (diagonal >= 0) {
            double d = Math.abs(a[diagonal * f + j]);
            if (d >= u * colMax && d > zero) {
                return diagonal;
            }
        }
        return best;
    }

    private static void swapRows(double[] a, int f, int i, int p, int[] rows) {
        int ri = i * f;
        int rp = p * f;
        for (int c = 0; c < f; c++) {
            double t = a[ri + c];
            a[ri + c] = a[rp + c];
            a[rp + c] = t;
        }
        int t = rows[i];
        rows[i] = rows[p];
        rows[p] = t;
    }

    /** U12 of the panel: rows j0..end-1, columns j1..f-1, by forward substitution with the unit L11. */
    private static void solveUpperRows(double[] a, int f, int j0, int end, int j1) {
        for (int r = j0 + 1; r < end; r++) {
            int row = r * f;
            for (int p = j0; p < r; p++) {
                double l = a[row + p];
                if (l != 0) {
                    int prow = p * f;
                    for (int c = j1; c < f; c++) {
                        a[row + c] -= l * a[prow + c];
                    }
                }
            }
        }
    }

    /**
     * a[i][c] -= sum_p a[i][p] a[p][c] for rows i &gt;= end, columns c &gt;= j1, p in [j0, end), in
     * column tiles of {@value #TILE}: the tile of each U row and of the updated row are copied to
     * separate arrays so that the inner loop is a plain two-term axpy, which the JIT vectorizes
     * (about twice the speed of the same loop on offsets into one array).
     */
    private static void updateTrailing(double[] a, int f, int j0, int end, int j1, double[][] u, double[] t) {
        int nb = end - j0;
        for (int c0 = j1; c0 < f; c0 += TILE) {
            int len = Math.min(TILE, f - c0);
            for (int p = 0; p < nb; p++) {
                System.arraycopy(a, (j0 + p) * f + c0, u[p], 0, len);
            }
            for (int i = end; i < f; i++) {
                int row = i * f;
                System.arraycopy(a, row + c0, t, 0, len);
                int p = 0;
                for (; p + 1 < nb; p += 2) {
                    twoTermUpdate(t, a[row + j0 + p], u[p], a[row + j0 + p + 1], u[p + 1], len);
                }
                if (p < nb) {
                    twoTermUpdate(t, a[row + j0 + p], u[p], 0.0, u[p], len);
                }
                System.arraycopy(t, 0, a, row + c0, len);
            }
        }
    }

    private static void twoTermUpdate(double[] t, double l0, double[] u0, double l1, double[] u1, int len) {
        if (l0 == 0 && l1 == 0) {
            return;
        }
        for (int c = 0; c < len; c++) {
            t[c] -= l0 * u0[c] + l1 * u1[c];
        }
    }
}
