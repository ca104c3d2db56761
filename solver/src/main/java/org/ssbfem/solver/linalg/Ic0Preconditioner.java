package org.ssbfem.solver.linalg;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Incomplete Cholesky without fill, IC(0), for symmetric positive definite matrices, made robust
 * the standard way (Manteuffel, Math. Comp. 34, 1980; PETSc's {@code -pc_factor_shift_type
 * positive_definite}): the matrix is first scaled symmetrically to unit diagonal,
 * {@code B = S A S} with {@code S = diag(A)^-1/2}, then factored as {@code B + alpha I = L D L^T}
 * on the pattern of A. Finite-element matrices of meshes with slivers are far from M-matrices and
 * IC(0) of B can meet a non-positive pivot; then alpha starts at {@value #FIRST_SHIFT} and doubles
 * until every pivot is positive, which gives a positive definite M = S^-1 L D L^T S^-1, as CG needs.
 *
 * <p>The factor is computed by {@link Ilu0Preconditioner} (for a symmetric matrix ILU(0) gives
 * U = D L^T); each attempt is one ILU(0) sweep, stopped at the first non-positive pivot. {@link #apply}: two scalings and the two triangular
 * sweeps, about 2 nnz multiply-adds. Memory: one copy of the values.
 */
final class Ic0Preconditioner implements Preconditioner {
    private static final Logger LOG = LoggerFactory.getLogger(Ic0Preconditioner.class);
    static final double FIRST_SHIFT = 1e-3;
    static final int MAX_SHIFTS = 20;

    private final double[] scale;
    private final Ilu0Preconditioner factor;
    private final double shift;
    private final double[] work;

    /**
     * Factors {@code a} (not modified; symmetric with a positive diagonal).
     *
     * @throws SolverException when a diagonal entry is not positive, or no shift up to
     *     {@code FIRST_SHIFT * 2^MAX_SHIFTS} gives positive pivots
     */
    Ic0Preconditioner(SparseMatrix a) {
        scale = inverseSqrtDiagonal(a);
        SparseMatrix b = scaled(a, scale);
        int[] diagPos = Ilu0Preconditioner.diagonalPositions(a.pattern());
        double alpha = 0;
        Ilu0Preconditioner f = attempt(b, diagPos, alpha);
        for (int k = 0; f == null && k < MAX_SHIFTS; k++) {
            alpha = FIRST_SHIFT * Math.pow(2, k);
            f = attempt(b, diagPos, alpha);
        }
        if (f == null) {
            throw new SolverException("IC(0): no diagonal shift up to " + alpha + " gives positive pivots;"
                    + " the matrix is probably not positive definite. Use gmres with ilu0, or the direct solver");
        }
        if (alpha > 0) {
            LOG.debug("IC(0): diagonal shift {} of the unit-diagonal matrix for positive pivots", alpha);
        }
        factor = f;
        shift = alpha;
        work = new double[a.size()];
    }

    /** The diagonal shift alpha that was needed (0 when plain IC(0) of the scaled matrix worked). */
    double shift() { return shift; }

    private static double[] inverseSqrtDiagonal(SparseMatrix a) {
        double[] s = new double[a.size()];
        for (int i = 0; i < s.length; i++) {
            double d = a.get(i, i);
            if (!(d > 0) || Double.isInfinite(d)) {
                throw new SolverException("IC(0): diagonal entry " + i + " is " + d + "; a symmetric positive"
                        + " definite matrix has a positive diagonal. Use gmres with ilu0, or the direct solver");
            }
            s[i] = 1 / Math.sqrt(d);
        }
        return s;
    }

    private static SparseMatrix scaled(SparseMatrix a, double[] s) {
        SparseMatrix b = new SparseMatrix(a.pattern());
        int[] rp = a.pattern().rowPtr();
        int[] ci = a.pattern().colIdx();
        double[] v = a.values();
        double[] w = b.values();
        for (int i = 0; i < s.length; i++) {
            for (int k = rp[i]; k < rp[i + 1]; k++) {
                w[k] = s[i] * v[k] * s[ci[k]];
            }
        }
        return b;
    }

    /**
     * The factor of {@code b + alpha I}, or null when a pivot is not positive (found at that row:
     * a failed attempt costs only the rows up to it).
     */
    private static Ilu0Preconditioner attempt(SparseMatrix b, int[] diagPos, double alpha) {
        double[] v = b.values().clone();
        for (int d : diagPos) {
            v[d] += alpha;
        }
        Ilu0Preconditioner f = new Ilu0Preconditioner(b.pattern(), v, diagPos, true);
        return f.minPivot() > 0 ? f : null;
    }

    /** z = S (L D L^T)^-1 S r. Not thread-safe (one work vector). */
    @Override
    public void apply(double[] r, double[] z) {
        for (int i = 0; i < r.length; i++) {
            work[i] = r[i] * scale[i];
        }
        factor.apply(work, z);
        for (int i = 0; i < z.length; i++) {
            z[i] *= scale[i];
        }
    }
}
