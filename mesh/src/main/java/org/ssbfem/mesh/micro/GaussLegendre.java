package org.ssbfem.mesh.micro;

import java.util.function.DoubleUnaryOperator;

/**
 * Gauss-Legendre rule on [0, 1], nodes found by Newton iteration on the Legendre polynomial.
 * Immutable.
 */
final class GaussLegendre {
    private final double[] nodes;
    private final double[] weights;

    /** Rule with {@code n >= 1} points, exact for polynomials of degree 2n - 1. */
    GaussLegendre(int n) {
        nodes = new double[n];
        weights = new double[n];
        for (int i = 0; i < n; i++) {
            double x = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double dp = 0;
            for (int it = 0; it < 100; it++) {
                double p0 = 1;
                double p1 = x;
                for (int k = 2; k <= n; k++) {
                    double p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
                    p0 = p1;
                    p1 = p2;
                }
                double pn = n == 1 ? x : p1;
                double pPrev = n == 1 ? 1 : p0;
                dp = n * (x * pn - pPrev) / (x * x - 1);
                double dx = pn / dp;
                x -= dx;
                if (Math.abs(dx) < 1e-15) {
                    break;
                }
            }
            nodes[i] = 0.5 * (1 - x);
            weights[i] = 1.0 / ((1 - x * x) * dp * dp);
        }
    }

    int size() { return nodes.length; }

    /** Node {@code i} in [0, 1]. */
    double node(int i) { return nodes[i]; }

    /** Weight {@code i}; the weights sum to 1. */
    double weight(int i) { return weights[i]; }

    /**
     * Integral of {@code f} over [a, b] after the substitution x = a + (b - a)(3t^2 - 2t^3), which
     * flattens algebraic endpoint singularities such as (x - a)^(3/2).
     */
    double smoothIntegral(double a, double b, DoubleUnaryOperator f) {
        double sum = 0;
        for (int i = 0; i < nodes.length; i++) {
            double t = nodes[i];
            double x = a + (b - a) * t * t * (3 - 2 * t);
            sum += weights[i] * 6 * t * (1 - t) * f.applyAsDouble(x);
        }
        return sum * (b - a);
    }
}
