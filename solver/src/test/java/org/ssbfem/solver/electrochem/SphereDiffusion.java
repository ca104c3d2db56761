package org.ssbfem.solver.electrochem;

/**
 * Diffusion in a sphere of radius a from a uniform initial concentration under a constant
 * inward surface flux F0 (Crank, The Mathematics of Diffusion, 2nd ed., eq. 6.44):
 *
 * <pre>
 *   c - c0 = (F0 a / D) [ 3 tau + r^2 / (2 a^2) - 3/10 - (2 a / r) sum_n sin(alpha_n r / a) / (alpha_n^2 sin alpha_n) exp(-alpha_n^2 tau) ]
 * </pre>
 *
 * with {@code tau = D t / a^2} and alpha_n the positive roots of {@code alpha cot alpha = 1}
 * ({@code tan alpha = alpha}). At the surface the bracket is {@code 3 tau + 1/5 - 2 sum_n
 * exp(-alpha_n^2 tau) / alpha_n^2} (zero at tau = 0, since {@code sum 1/alpha_n^2 = 1/10}).
 */
final class SphereDiffusion {
    private final double[] alpha;

    /** @param terms number of series terms */
    SphereDiffusion(int terms) {
        alpha = new double[terms];
        for (int n = 1; n <= terms; n++) {
            alpha[n - 1] = root(n);
        }
    }

    /** The n-th positive root of tan(alpha) = alpha, in (n pi, (n + 1/2) pi), by Newton on sin - alpha cos. */
    private static double root(int n) {
        double x = (n + 0.5) * Math.PI - 1 / ((n + 0.5) * Math.PI);
        for (int it = 0; it < 50; it++) {
            double f = Math.sin(x) - x * Math.cos(x);
            double df = x * Math.sin(x);
            double dx = f / df;
            x -= dx;
            if (Math.abs(dx) < 1e-15 * x) {
                break;
            }
        }
        return x;
    }

    /** The n-th root (1-based). */
    double alpha(int n) { return alpha[n - 1]; }

    /** The surface bracket {@code 3 tau + 1/5 - 2 sum exp(-alpha_n^2 tau) / alpha_n^2}. */
    double surfaceBracket(double tau) {
        double sum = 0;
        for (double a : alpha) {
            sum += Math.exp(-a * a * tau) / (a * a);
        }
        return 3 * tau + 0.2 - 2 * sum;
    }

    /**
     * Surface concentration rise {@code c(a, t) - c0}.
     *
     * @param fluxMolPerM2S inward flux F0, mol/(m^2 s)
     * @param radiusM a, m
     * @param diffusivityM2PerS D, m^2/s
     * @param timeS t, s
     */
    double surfaceRise(double fluxMolPerM2S, double radiusM, double diffusivityM2PerS, double timeS) {
        double tau = diffusivityM2PerS * timeS / (radiusM * radiusM);
        return fluxMolPerM2S * radiusM / diffusivityM2PerS * surfaceBracket(tau);
    }
}
