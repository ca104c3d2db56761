package org.ssbfem.solver.linalg;

/**
 * Restarted GMRES(m) with right preconditioning (A M^-1 u = b, x = M^-1 u), modified Gram-Schmidt
 * Arnoldi and Givens rotations; our own code on primitive arrays (as fast as MTJ's {@code GMRES},
 * which calls LAPACK through netlib-java; see {@code package-info}). Right preconditioning makes the
 * monitored residual the true, unpreconditioned one. Each restart starts from the true residual
 * (computed by {@link KrylovSolver}).
 *
 * <p>Work memory: m + 3 vectors of length n (m = {@code gmresRestart}; 400 MB for m = 50 at 1e6 unknowns).
 */
final class Gmres extends KrylovSolver {
    Gmres(LinearSolverOptions options) {
        super(options);
    }

    @Override
    Cycle start(SparseMatrix a, Preconditioner m) {
        return new GmresCycle(a, m, options.gmresRestart());
    }

    private final class GmresCycle implements Cycle {
        private final SparseMatrix a;
        private final Preconditioner m;
        private final double[][] v;
        private final double[][] h;
        private final double[] cs;
        private final double[] sn;
        private final double[] g;
        private final double[] w;
        private final double[] z;

        GmresCycle(SparseMatrix a, Preconditioner m, int restart) {
            int n = a.size();
            int dim = Math.min(restart, n);
            this.a = a;
            this.m = m;
            v = new double[dim + 1][];
            v[0] = new double[n];
            h = new double[dim + 1][dim];
            cs = new double[dim];
            sn = new double[dim];
            g = new double[dim + 1];
            w = new double[n];
            z = new double[n];
        }

        @Override
        public int run(double[] x, double[] r, double rNorm, double target, int maxIterations) {
            int dim = Math.min(cs.length, maxIterations);
            for (int i = 0; i < r.length; i++) {
                v[0][i] = r[i] / rNorm;
            }
            java.util.Arrays.fill(g, 0.0);
            g[0] = rNorm;
            int k = 0;
            while (k < dim) {
                double hNext = arnoldi(k);
                rotate(k, hNext);
                k++;
                if (Math.abs(g[k]) <= target || hNext == 0) {
                    break;
                }
                if (v[k] == null) {
                    v[k] = new double[r.length];
                }
                for (int i = 0; i < w.length; i++) {
                    v[k][i] = w[i] / hNext;
                }
            }
            update(x, k);
            return k;
        }

        /** w = A M^-1 v_k orthogonalized against v_0..v_k; fills column k of H; returns ||w||. */
        private double arnoldi(int k) {
            m.apply(v[k], z);
            a.multiply(z, w);
            for (int i = 0; i <= k; i++) {
                double hik = Vectors.dot(w, v[i]);
                h[i][k] = hik;
                Vectors.axpy(-hik, v[i], w);
            }
            return Vectors.norm(w);
        }

        /** Applies the earlier rotations to column k, then the new one that zeroes hNext; updates g. */
        private void rotate(int k, double hNext) {
            for (int i = 0; i < k; i++) {
                double t = cs[i] * h[i][k] + sn[i] * h[i + 1][k];
                h[i + 1][k] = -sn[i] * h[i][k] + cs[i] * h[i + 1][k];
                h[i][k] = t;
            }
            double d = Math.hypot(h[k][k], hNext);
            cs[k] = d == 0 ? 1 : h[k][k] / d;
            sn[k] = d == 0 ? 0 : hNext / d;
            h[k][k] = d;
            g[k + 1] = -sn[k] * g[k];
            g[k] = cs[k] * g[k];
        }

        /** x += M^-1 (V y) with R y = g (R: the rotated Hessenberg matrix, k x k). */
        private void update(double[] x, int k) {
            double[] y = new double[k];
            for (int i = k - 1; i >= 0; i--) {
                double s = g[i];
                for (int j = i + 1; j < k; j++) {
                    s -= h[i][j] * y[j];
                }
                if (h[i][i] == 0) {
                    throw breakdown(k, "the Hessenberg matrix is singular: A is singular on the Krylov space"
                            + " (no solution, or the right-hand side is not in the range of A)");
                }
                y[i] = s / h[i][i];
            }
            java.util.Arrays.fill(w, 0.0);
            for (int j = 0; j < k; j++) {
                Vectors.axpy(y[j], v[j], w);
            }
            m.apply(w, z);
            Vectors.axpy(1.0, z, x);
        }
    }
}
