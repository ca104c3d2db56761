package org.ssbfem.solver.linalg;

import java.util.Random;

/** Model matrices for the linear solver tests: finite-difference grid operators and scalings. */
final class TestMatrices {
    private TestMatrices() {
    }

    /** 1D Laplacian tridiag(-1, 2, -1), Dirichlet ends eliminated: SPD. */
    static SparseMatrix poisson1d(int n) {
        return grid(n, 1, 1, 0, 0, 0, true);
    }

    /** 2D 5-point Laplacian on nx x ny interior nodes, Dirichlet boundary eliminated: SPD. */
    static SparseMatrix poisson2d(int nx, int ny) {
        return grid(nx, ny, 1, 0, 0, 0, true);
    }

    /** 3D 7-point Laplacian on nx x ny x nz interior nodes, Dirichlet boundary eliminated: SPD. */
    static SparseMatrix poisson3d(int nx, int ny, int nz) {
        return grid(nx, ny, nz, 0, 0, 0, true);
    }

    /** 3D 7-point Laplacian with zero-flux boundaries everywhere: singular (constants in the kernel). */
    static SparseMatrix neumann3d(int n) {
        return grid(n, n, n, 0, 0, 0, false);
    }

    /**
     * -lap u + w . grad u with first-order upwinding (grid spacing 1, velocity w per direction),
     * Dirichlet boundary: a nonsymmetric M-matrix.
     */
    static SparseMatrix convectionDiffusion(int nx, int ny, int nz, double wx, double wy, double wz) {
        return grid(nx, ny, nz, wx, wy, wz, true);
    }

    private static SparseMatrix grid(int nx, int ny, int nz, double wx, double wy, double wz, boolean dirichlet) {
        int n = nx * ny * nz;
        int[] dims = {nx, ny, nz};
        double[] w = {wx, wy, wz};
        int[] strides = {1, nx, nx * ny};
        PatternBuilder pb = new PatternBuilder(n);
        forEachCoupling(dims, strides, (i, j, d, sign) -> pb.add(i, j));
        SparseMatrix a = new SparseMatrix(pb.build());
        forEachNode(dims, (i, idx) -> {
            for (int d = 0; d < 3; d++) {
                if (dims[d] == 1) {
                    continue;
                }
                for (int sign = -1; sign <= 1; sign += 2) {
                    int nb = idx[d] + sign;
                    boolean inside = nb >= 0 && nb < dims[d];
                    double upwind = Math.max(0, -sign * w[d]);
                    if (inside) {
                        a.add(i, i + sign * strides[d], -1 - upwind);
                    }
                    if (inside || dirichlet) {
                        a.add(i, i, 1 + upwind);
                    }
                }
            }
        });
        return a;
    }

    private interface Coupling {
        void accept(int i, int j, int direction, int sign);
    }

    private interface NodeVisitor {
        void accept(int i, int[] idx);
    }

    private static void forEachCoupling(int[] dims, int[] strides, Coupling c) {
        forEachNode(dims, (i, idx) -> {
            for (int d = 0; d < 3; d++) {
                for (int sign = -1; sign <= 1; sign += 2) {
                    int nb = idx[d] + sign;
                    if (dims[d] > 1 && nb >= 0 && nb < dims[d]) {
                        c.accept(i, i + sign * strides[d], d, sign);
                    }
                }
            }
        });
    }

    private static void forEachNode(int[] dims, NodeVisitor v) {
        int[] idx = new int[3];
        int i = 0;
        for (idx[2] = 0; idx[2] < dims[2]; idx[2]++) {
            for (idx[1] = 0; idx[1] < dims[1]; idx[1]++) {
                for (idx[0] = 0; idx[0] < dims[0]; idx[0]++) {
                    v.accept(i++, idx);
                }
            }
        }
    }

    /** D_r A D_c with factors 10^u, u uniform in [-decades, decades]; D_r = D_c when symmetric. */
    static SparseMatrix badlyScaled(SparseMatrix a, double decades, boolean symmetric, long seed) {
        Random rnd = new Random(seed);
        int n = a.size();
        double[] r = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = Math.pow(10, decades * (2 * rnd.nextDouble() - 1));
            c[i] = symmetric ? r[i] : Math.pow(10, decades * (2 * rnd.nextDouble() - 1));
        }
        SparseMatrix s = new SparseMatrix(a.pattern());
        int[] rp = a.pattern().rowPtr();
        int[] ci = a.pattern().colIdx();
        for (int i = 0; i < n; i++) {
            for (int k = rp[i]; k < rp[i + 1]; k++) {
                s.values()[k] = r[i] * a.values()[k] * c[ci[k]];
            }
        }
        return s;
    }

    /** Uniform random vector in [-1, 1]^n. */
    static double[] randomVector(int n, long seed) {
        Random rnd = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 2 * rnd.nextDouble() - 1;
        }
        return v;
    }

    /** A x as a new array. */
    static double[] times(SparseMatrix a, double[] x) {
        double[] y = new double[x.length];
        a.multiply(x, y);
        return y;
    }

    /** ||b - A x||_2. */
    static double residualNorm(SparseMatrix a, double[] b, double[] x) {
        double[] ax = times(a, x);
        double s = 0;
        for (int i = 0; i < b.length; i++) {
            s += (b[i] - ax[i]) * (b[i] - ax[i]);
        }
        return Math.sqrt(s);
    }

    /** ||x - y|| / ||y||. */
    static double relativeError(double[] x, double[] y) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < x.length; i++) {
            num += (x[i] - y[i]) * (x[i] - y[i]);
            den += y[i] * y[i];
        }
        return Math.sqrt(num / den);
    }

    static double norm(double[] x) {
        return Math.sqrt(Vectors.dot(x, x));
    }

    /** A uniformly random permutation (new-to-old) of 0..n-1. */
    static int[] randomPermutation(int n, long seed) {
        Random rnd = new Random(seed);
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
