package org.ssbfem.solver.linalg;

/**
 * Row and column scaling (diagonal equilibration) D_r A D_c of a badly scaled matrix, by Ruiz's
 * iteration (D. Ruiz, RAL-TR-2001-034): each sweep divides every row and column by the square root
 * of its norm. First up to {@value #MAX_SWEEPS} sweeps in the max norm bring every row and column
 * maximum into [1/2, 2]; then up to {@value #MAX_SWEEPS} sweeps in the 1-norm move row and column
 * sums towards 1. The max-norm balance alone is not unique (it depends on how A was scaled
 * before); the 1-norm sweeps approach the Sinkhorn-Knopp scaling of |A|, which is unique for
 * matrices with total support, so the result depends much less on the units the caller chose (on
 * the row- and column-scaled coupled test system they cut the pivots the direct solver has to
 * delay from 3125 of 4800 to none). Scale
 * factors are powers of two, so scaling is exact in floating point, and a symmetric matrix (to the
 * relative tolerance CG accepts) gets D_r = D_c: it stays symmetric (and positive definite), fit for CG.
 *
 * <p>Use: solve (D_r A D_c) y = D_r b, then x = D_c y ({@link #scale}, {@link #scaleRhs},
 * {@link #toScaledUnknowns}, {@link #toOriginalUnknowns}). Immutable.
 */
public final class Equilibration {
    static final int MAX_SWEEPS = 20;
    static final double SUM_TOLERANCE = 0.3;

    private final double[] rowScale;
    private final double[] colScale;

    private Equilibration(double[] rowScale, double[] colScale) {
        this.rowScale = rowScale;
        this.colScale = colScale;
    }

    /**
     * Computes the scale factors of {@code a} (not modified); O(nnz) per sweep.
     *
     * @throws SolverException when a row or column holds only zeros (the matrix is singular)
     */
    public static Equilibration of(SparseMatrix a) {
        int n = a.size();
        double[] r = new double[n];
        double[] c = new double[n];
        java.util.Arrays.fill(r, 1.0);
        java.util.Arrays.fill(c, 1.0);
        double[] rowNorm = new double[n];
        double[] colNorm = new double[n];
        norms(a, r, c, rowNorm, colNorm, true);
        checkNonZero(rowNorm, "row", "equation %d couples to no unknown");
        checkNonZero(colNorm, "column", "unknown %d appears in no equation");
        boolean symmetric = SolveInputs.firstAsymmetry(a, ConjugateGradient.SYMMETRY_TOLERANCE) == null;
        balance(a, r, c, rowNorm, colNorm, true, symmetric);
        balance(a, r, c, rowNorm, colNorm, false, symmetric);
        return new Equilibration(r, c);
    }

    /**
     * Ruiz sweeps: in the max norm with power-of-two factors until every norm lies in [1/2, 2], or
     * in the 1-norm with exact factors until every norm lies within {@value #SUM_TOLERANCE} of 1 (then
     * rounded to powers of two); at most {@value #MAX_SWEEPS} sweeps each. Updates r and c; for a
     * symmetric matrix the column norms are copied from the row norms so that r stays equal to c.
     */
    private static void balance(SparseMatrix a, double[] r, double[] c, double[] rowNorm, double[] colNorm,
                                boolean maxNorm, boolean symmetric) {
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            norms(a, r, c, rowNorm, colNorm, maxNorm);
            if (symmetric) {
                System.arraycopy(rowNorm, 0, colNorm, 0, rowNorm.length);
            }
            if (balanced(rowNorm, maxNorm) && balanced(colNorm, maxNorm)) {
                break;
            }
            for (int i = 0; i < r.length; i++) {
                r[i] *= maxNorm ? powerOfTwo(1 / Math.sqrt(rowNorm[i])) : 1 / Math.sqrt(rowNorm[i]);
                c[i] *= maxNorm ? powerOfTwo(1 / Math.sqrt(colNorm[i])) : 1 / Math.sqrt(colNorm[i]);
            }
        }
        for (int i = 0; i < r.length; i++) {
            r[i] = powerOfTwo(r[i]);
            c[i] = powerOfTwo(c[i]);
        }
    }

    private static boolean balanced(double[] norm, boolean maxNorm) {
        for (double m : norm) {
            if (maxNorm ? (m < 0.5 || m > 2) : Math.abs(m - 1) > SUM_TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    /** Max norms (or 1-norms) of the rows and columns of D_r A D_c. */
    private static void norms(SparseMatrix a, double[] r, double[] c, double[] rowNorm, double[] colNorm,
                              boolean maxNorm) {
        int[] rp = a.pattern().rowPtr();
        int[] ci = a.pattern().colIdx();
        double[] v = a.values();
        java.util.Arrays.fill(colNorm, 0.0);
        for (int i = 0; i < r.length; i++) {
            double m = 0;
            for (int k = rp[i]; k < rp[i + 1]; k++) {
                double s = Math.abs(r[i] * v[k] * c[ci[k]]);
                int j = ci[k];
                m = maxNorm ? Math.max(m, s) : m + s;
                colNorm[j] = maxNorm ? Math.max(colNorm[j], s) : colNorm[j] + s;
            }
            rowNorm[i] = m;
        }
    }

    private static void checkNonZero(double[] max, String what, String meaning) {
        for (int i = 0; i < max.length; i++) {
            if (max[i] == 0) {
                throw new SolverException("the matrix is singular: " + what + " " + i + " is zero ("
                        + String.format(meaning, i) + "); check the constraints and the assembly of that unknown");
            }
        }
    }

    private static double powerOfTwo(double f) {
        return Math.scalb(1.0, (int) Math.round(Math.log(f) / Math.log(2)));
    }

    /** D_r, length n (copy). */
    public double[] rowScale() { return rowScale.clone(); }

    /** D_c, length n (copy). */
    public double[] colScale() { return colScale.clone(); }

    /** A new matrix D_r A D_c on the same pattern; {@code a} is not modified. */
    public SparseMatrix scale(SparseMatrix a) {
        SparseMatrix s = new SparseMatrix(a.pattern());
        int[] rp = a.pattern().rowPtr();
        int[] ci = a.pattern().colIdx();
        double[] v = a.values();
        double[] sv = s.values();
        for (int i = 0; i < rowScale.length; i++) {
            for (int k = rp[i]; k < rp[i + 1]; k++) {
                sv[k] = rowScale[i] * v[k] * colScale[ci[k]];
            }
        }
        return s;
    }

    /** D_r b as a new array. */
    public double[] scaleRhs(double[] b) {
        double[] s = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            s[i] = rowScale[i] * b[i];
        }
        return s;
    }

    /** y = D_c^-1 x (an initial guess in scaled unknowns). */
    public void toScaledUnknowns(double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] / colScale[i];
        }
    }

    /** x = D_c y. */
    public void toOriginalUnknowns(double[] y, double[] x) {
        for (int i = 0; i < y.length; i++) {
            x[i] = colScale[i] * y[i];
        }
    }
}
