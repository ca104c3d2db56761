package org.ssbfem.solver.linalg;

/**
 * Preconditioned conjugate gradients (Hestenes-Stiefel) for symmetric positive definite matrices,
 * our own loop on primitive arrays: as fast as MTJ's {@code CG} (see {@code package-info}), with
 * the symmetry check and messages this project needs.
 *
 * <p>Work memory: four vectors of length n. A nonsymmetric matrix (entries differing from their
 * mirror by more than {@value #SYMMETRY_TOLERANCE} relative to the entry's scale, see
 * {@link SolveInputs#firstAsymmetry}) is refused before iterating, and a
 * non-positive curvature p'Ap or r'M^-1 r (matrix or preconditioner not positive definite) ends
 * the solve: both as a {@link SolverException}.
 */
final class ConjugateGradient extends KrylovSolver {
    static final double SYMMETRY_TOLERANCE = 1e-10;

    ConjugateGradient(LinearSolverOptions options) {
        super(options);
    }

    @Override
    void checkMatrix(SparseMatrix a) {
        int[] ij = SolveInputs.firstAsymmetry(a, SYMMETRY_TOLERANCE);
        if (ij != null) {
            throw new SolverException(describe() + ": CG needs a symmetric matrix, but entry (" + ij[0] + ", " + ij[1]
                    + ") = " + a.get(ij[0], ij[1]) + " and its mirror = " + a.get(ij[1], ij[0])
                    + ". Use gmres or bicgstab (solver.linear.method) for nonsymmetric systems");
        }
    }

    @Override
    Cycle start(SparseMatrix a, Preconditioner m) {
        int n = a.size();
        double[] z = new double[n];
        double[] p = new double[n];
        double[] q = new double[n];
        return (x, r, rNorm, target, maxIterations) -> {
            m.apply(r, z);
            System.arraycopy(z, 0, p, 0, n);
            double rz = Vectors.dot(r, z);
            for (int it = 1; it <= maxIterations; it++) {
                a.multiply(p, q);
                double pq = Vectors.dot(p, q);
                if (!(pq > 0)) {
                    throw breakdown(it, "p'Ap = " + pq + " <= 0: the matrix is not symmetric positive definite;"
                            + " use gmres or bicgstab for nonsymmetric or indefinite systems");
                }
                double alpha = rz / pq;
                if (update(alpha, p, q, x, r) <= target) {
                    return it;
                }
                m.apply(r, z);
                double rzNew = Vectors.dot(r, z);
                if (!(rzNew > 0)) {
                    throw breakdown(it, "r'M^-1 r = " + rzNew + " <= 0: the preconditioner is not positive definite;"
                            + " use ic0 or jacobi, or gmres with ilu0");
                }
                double beta = rzNew / rz;
                rz = rzNew;
                for (int i = 0; i < n; i++) {
                    p[i] = z[i] + beta * p[i];
                }
            }
            return maxIterations;
        };
    }

    @Override
    String advice() {
        return "Try: the preconditioner ic0 (incomplete Cholesky, positive definite), more iterations"
                + " (solver.linear.max_iterations), or the direct solver (solver.linear.method: direct). If the"
                + " residual stalls, the matrix is probably singular: check the constraints (a floating cluster of"
                + " particles or electrolyte that touches neither terminal has no fixed potential).";
    }

    /** x += alpha p, r -= alpha q; returns ||r||. */
    private static double update(double alpha, double[] p, double[] q, double[] x, double[] r) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            x[i] += alpha * p[i];
            double ri = r[i] - alpha * q[i];
            r[i] = ri;
            s += ri * ri;
        }
        return Math.sqrt(s);
    }
}
