package org.ssbfem.solver.linalg.petsc;

import java.util.Random;
import org.ssbfem.solver.linalg.SparseMatrix;
import org.ssbfem.solver.linalg.SparsityPattern;

/**
 * Finite-difference model systems on an m x m x m grid of interior nodes (spacing 1, Dirichlet
 * boundary eliminated), built straight into CSR so that 1e6 unknowns take well under a second.
 */
final class GridSystems {
    private GridSystems() {
    }

    /** The 7-point Laplacian: SPD, diagonal 6, off-diagonals -1. */
    static SparseMatrix poisson3d(int m) {
        return convectionDiffusion3d(m, 0, 0, 0);
    }

    /**
     * -lap u + w . grad u with first-order upwinding: a nonsymmetric M-matrix when w != 0.
     *
     * @param wx velocity along x (grid units), likewise wy, wz
     */
    static SparseMatrix convectionDiffusion3d(int m, double wx, double wy, double wz) {
        int n = m * m * m;
        int[] strides = {1, m, m * m};
        double[] w = {wx, wy, wz};
        int[] rowPtr = new int[n + 1];
        int[] colIdx = new int[7 * n];
        double[] vals = new double[7 * n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            int[] idx = {i % m, (i / m) % m, i / (m * m)};
            double diag = 0;
            int diagPos = -1;
            for (int slot = 0; slot < 7; slot++) {
                int d = slot < 3 ? 2 - slot : slot - 4;
                int sign = slot < 3 ? -1 : 1;
                if (slot == 3) {
                    diagPos = k;
                    colIdx[k++] = i;
                    continue;
                }
                double upwind = Math.max(0, -sign * w[d]);
                diag += 1 + upwind;
                int nb = idx[d] + sign;
                if (nb >= 0 && nb < m) {
                    colIdx[k] = i + sign * strides[d];
                    vals[k++] = -1 - upwind;
                }
            }
            vals[diagPos] = diag;
            rowPtr[i + 1] = k;
        }
        SparseMatrix a = new SparseMatrix(new SparsityPattern(n, rowPtr, java.util.Arrays.copyOf(colIdx, k)));
        System.arraycopy(vals, 0, a.values(), 0, k);
        return a;
    }

    static double[] randomVector(int n, long seed) {
        Random rnd = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rnd.nextDouble() - 0.5;
        }
        return v;
    }

    static double[] times(SparseMatrix a, double[] x) {
        double[] y = new double[x.length];
        a.multiply(x, y);
        return y;
    }

    static double residualNorm(SparseMatrix a, double[] b, double[] x) {
        double[] ax = times(a, x);
        double s = 0;
        for (int i = 0; i < b.length; i++) {
            s += (b[i] - ax[i]) * (b[i] - ax[i]);
        }
        return Math.sqrt(s);
    }

    static double norm(double[] v) {
        double s = 0;
        for (double e : v) {
            s += e * e;
        }
        return Math.sqrt(s);
    }

    /** ||x - y|| / ||y||. */
    static double relativeDifference(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += (x[i] - y[i]) * (x[i] - y[i]);
        }
        return Math.sqrt(s) / norm(y);
    }
}
