package org.ssbfem.mesh.build;

/**
 * Gauss-Jacobi quadrature on {@code [0, 1]} for the weight {@code (1 - t)^alpha}, the building block
 * of the collapsed (conical product) simplex rules of {@link SolverPoints} and of the solver's
 * {@code org.ssbfem.solver.fem.Quadrature}: one implementation, so the mesh's validity check sees
 * the very points the solver evaluates.
 *
 * <p>The nodes are the roots of the Jacobi polynomial {@code P_n^(alpha,0)} on {@code [-1, 1]},
 * found by Newton's method with deflation of the roots already found (Karniadakis and Sherwin,
 * Spectral/hp Element Methods for CFD, 2nd ed. 2005, appendix B); the weights are
 * {@code w_i = 2^(alpha+1) / ((1 - x_i^2) P_n'(x_i)^2)} (ibid., valid for beta = 0), then mapped to
 * {@code [0, 1]}. An {@code n}-point rule integrates {@code (1-t)^alpha q(t)} exactly for every
 * polynomial {@code q} of degree up to {@code 2n - 1}.
 */
public final class GaussJacobi {
    private static final int MAX_NEWTON = 100;

    private GaussJacobi() {
    }

    /**
     * @param n number of points, at least 1
     * @param alpha weight exponent, a non-negative integer
     * @return {points[n], weights[n]} on [0, 1], points ascending, weights positive
     */
    public static double[][] rule(int n, int alpha) {
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            double guess = -Math.cos((2.0 * k + 1) * Math.PI / (2.0 * n));
            if (k > 0) {
                guess = 0.5 * (guess + x[k - 1]);
            }
            x[k] = newton(n, alpha, guess, x, k);
        }
        java.util.Arrays.sort(x);
        double[] t = new double[n];
        double[] w = new double[n];
        double scale = Math.pow(0.5, alpha + 1);
        for (int k = 0; k < n; k++) {
            double dp = derivative(n, alpha, x[k]);
            w[k] = Math.pow(2, alpha + 1) / ((1 - x[k] * x[k]) * dp * dp) * scale;
            t[k] = 0.5 * (1 + x[k]);
        }
        return new double[][] {t, w};
    }

    private static double newton(int n, int alpha, double x0, double[] found, int nFound) {
        double x = x0;
        for (int it = 0; it < MAX_NEWTON; it++) {
            double p = jacobi(n, alpha, 0, x);
            double dp = derivative(n, alpha, x);
            double deflation = 0;
            for (int j = 0; j < nFound; j++) {
                deflation += 1.0 / (x - found[j]);
            }
            double step = p / (dp - p * deflation);
            x -= step;
            if (Math.abs(step) < 1e-16) {
                break;
            }
        }
        return x;
    }

    /** d/dx P_n^(a,0)(x) = (n + a + 1) / 2 * P_(n-1)^(a+1,1)(x). */
    private static double derivative(int n, int alpha, double x) {
        return n == 0 ? 0.0 : 0.5 * (n + alpha + 1) * jacobi(n - 1, alpha + 1, 1, x);
    }

    /** Jacobi polynomial P_n^(a,b)(x) by its three-term recurrence. */
    static double jacobi(int n, double a, double b, double x) {
        double p0 = 1.0;
        if (n == 0) {
            return p0;
        }
        double p1 = 0.5 * ((a + b + 2) * x + (a - b));
        for (int k = 2; k <= n; k++) {
            double s = 2 * k + a + b;
            double c1 = 2 * k * (k + a + b) * (s - 2);
            double c2 = (s - 1) * ((s * (s - 2)) * x + a * a - b * b);
            double c3 = 2 * (k + a - 1) * (k + b - 1) * s;
            double p2 = (c2 * p1 - c3 * p0) / c1;
            p0 = p1;
            p1 = p2;
        }
        return p1;
    }
}
