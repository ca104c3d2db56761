package org.ssbfem.solver.verify;

import org.ssbfem.solver.space.GradientFunction;
import org.ssbfem.solver.space.PointFunction;

/**
 * A manufactured solution u(x, y, z, t) with its gradient and Laplacian by fourth-order central
 * differences (step 1e-2 for second, 1e-3 for first derivatives: truncation about 1e-9 relative,
 * far below the discretization errors measured), so that each case states only u and its
 * coefficients. A gradient given in closed form replaces the differences (for solutions with a
 * kink, where a difference stencil would straddle it).
 */
record Exact(PointFunction u, GradientFunction analyticGradient) {
    /** A solution whose derivatives are taken by differences. */
    static Exact of(PointFunction u) {
        return new Exact(u, null);
    }

    private static final double H2 = 1e-2;
    private static final double H1 = 1e-3;

    double value(double x, double y, double z, double t) {
        return u.value(x, y, z, t);
    }

    /** du/dx_d. */
    double derivative(int d, double x, double y, double z, double t) {
        double[] e = unit(d, H1);
        return (-at(x, y, z, t, e, 2) + 8 * at(x, y, z, t, e, 1) - 8 * at(x, y, z, t, e, -1) + at(x, y, z, t, e, -2))
                / (12 * H1);
    }

    /** Sum of d2u/dx_d2 over the first {@code dim} coordinates. */
    double laplacian(int dim, double x, double y, double z, double t) {
        double sum = 0;
        for (int d = 0; d < dim; d++) {
            double[] e = unit(d, H2);
            sum += (-at(x, y, z, t, e, 2) + 16 * at(x, y, z, t, e, 1) - 30 * u.value(x, y, z, t)
                    + 16 * at(x, y, z, t, e, -1) - at(x, y, z, t, e, -2)) / (12 * H2 * H2);
        }
        return sum;
    }

    /** The gradient as a {@link GradientFunction} (z component 0 in 2D is harmless). */
    GradientFunction gradient() {
        if (analyticGradient != null) {
            return analyticGradient;
        }
        return (x, y, z, t, out) -> {
            for (int d = 0; d < 3; d++) {
                out[d] = derivative(d, x, y, z, t);
            }
        };
    }

    private double at(double x, double y, double z, double t, double[] e, int k) {
        return u.value(x + k * e[0], y + k * e[1], z + k * e[2], t);
    }

    private static double[] unit(int d, double h) {
        double[] e = new double[3];
        e[d] = h;
        return e;
    }
}
