package org.ssbfem.solver.linalg.petsc;

import org.ssbfem.solver.linalg.SolverException;
import org.ssbfem.solver.linalg.SparseMatrix;

/** Vector helpers of the refinement loop, computed in Java on the caller's own arrays. */
final class Residuals {
    private Residuals() {
    }

    /**
     * @throws IllegalArgumentException when b or x does not have the matrix size
     * @throws SolverException when the matrix, b or x holds a NaN or infinite value
     */
    static void checkInputs(SparseMatrix a, double[] b, double[] x) {
        int n = a.size();
        if (b.length != n || x.length != n) {
            throw new IllegalArgumentException("matrix size " + n + ", b length " + b.length
                    + ", x length " + x.length);
        }
        checkFinite(b, "right-hand side");
        checkFinite(x, "initial guess");
        checkFinite(a.values(), "matrix value");
    }

    private static void checkFinite(double[] v, String what) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new SolverException(what + " entry " + i + " is " + v[i] + ": the assembly produced a"
                        + " non-finite value");
            }
        }
    }

    /** r = b - A x; returns ||r||_2. */
    static double residual(SparseMatrix a, double[] b, double[] x, double[] r) {
        a.multiply(x, r);
        for (int i = 0; i < r.length; i++) {
            r[i] = b[i] - r[i];
        }
        return norm(r);
    }

    /** Euclidean norm. */
    static double norm(double[] v) {
        double s = 0;
        for (double e : v) {
            s += e * e;
        }
        return Math.sqrt(s);
    }

    /** x += d. */
    static void add(double[] d, double[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] += d[i];
        }
    }
}
