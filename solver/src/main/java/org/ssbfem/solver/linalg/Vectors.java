package org.ssbfem.solver.linalg;

/** Dense vector kernels on primitive arrays, shared by the Krylov solvers. Package-private. */
final class Vectors {
    private Vectors() {
    }

    static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    static double norm(double[] x) {
        return Math.sqrt(dot(x, x));
    }

    /** y += alpha x. */
    static void axpy(double alpha, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += alpha * x[i];
        }
    }

    /** r = b - A x; returns ||r||_2. */
    static double residual(SparseMatrix a, double[] b, double[] x, double[] r) {
        a.multiply(x, r);
        double s = 0;
        for (int i = 0; i < r.length; i++) {
            r[i] = b[i] - r[i];
            s += r[i] * r[i];
        }
        return Math.sqrt(s);
    }

    /** Index of the first entry that is NaN or infinite, or -1. */
    static int firstNonFinite(double[] x) {
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                return i;
            }
        }
        return -1;
    }
}
