package org.ssbfem.solver.physics;

import java.util.function.IntToDoubleFunction;
import org.ssbfem.solver.assembly.QuadratureData;

/**
 * The coefficients {@code g_a} of a function {@code g = sum_a g_a phi_a} of one slot's local space,
 * recovered from its values at the quadrature points of a cell: the local L2 projection
 * {@code M g = b}, {@code M_ab = sum_q w_q phi_a phi_b}, {@code b_a = sum_q w_q phi_a g(q)}, solved
 * by Cholesky. For a {@code g} in the local space (a field, a history field, their difference)
 * this returns its nodal values to rounding whenever the quadrature has at least as many points as
 * there are dofs and {@code M} is positive definite, exact quadrature of {@code M} not needed.
 * Terms that only see quadrature values (see {@link QuadratureData}) use it for nodal (lumped)
 * formulas. Stateless.
 */
final class NodalValues {
    private NodalValues() {
    }

    /**
     * @param in the cell's data
     * @param slot the slot whose shape functions span g
     * @param g the value of g at quadrature point q
     * @return g_a for each local dof a of the slot (new array)
     * @throws IllegalStateException when the local mass matrix is not positive definite (fewer
     *     quadrature points than dofs)
     */
    static double[] of(QuadratureData in, int slot, IntToDoubleFunction g) {
        int[] all = new int[in.dofs(slot)];
        for (int a = 0; a < all.length; a++) {
            all[a] = a;
        }
        return on(in, slot, all, g);
    }

    /**
     * The same for a function spanned by the subset {@code dofs} of the slot's shape functions
     * (e.g. the functions that do not vanish on an interface facet, whose points are the facet's).
     *
     * @return g at each of {@code dofs}, in their order (new array)
     * @throws IllegalStateException when the local mass matrix of the subset is not positive definite
     */
    static double[] on(QuadratureData in, int slot, int[] dofs, IntToDoubleFunction g) {
        int n = dofs.length;
        double[] m = new double[n * n];
        double[] b = new double[n];
        for (int q = 0; q < in.points(); q++) {
            double w = in.weight(q);
            double wg = w * g.applyAsDouble(q);
            for (int a = 0; a < n; a++) {
                double pa = in.phi(slot, q, dofs[a]);
                b[a] += wg * pa;
                for (int c = 0; c <= a; c++) {
                    m[a * n + c] += w * pa * in.phi(slot, q, dofs[c]);
                }
            }
        }
        cholesky(m, n);
        solve(m, n, b);
        return b;
    }

    /** In-place Cholesky factor L (lower triangle of {@code m}, row-major) of a symmetric positive definite matrix. */
    private static void cholesky(double[] m, int n) {
        for (int j = 0; j < n; j++) {
            double d = m[j * n + j];
            for (int k = 0; k < j; k++) {
                d -= m[j * n + k] * m[j * n + k];
            }
            if (!(d > 0)) {
                throw new IllegalStateException("local mass matrix is not positive definite (pivot " + d + " of dof "
                        + j + "): too few quadrature points for nodal values");
            }
            double l = Math.sqrt(d);
            m[j * n + j] = l;
            for (int i = j + 1; i < n; i++) {
                double s = m[i * n + j];
                for (int k = 0; k < j; k++) {
                    s -= m[i * n + k] * m[j * n + k];
                }
                m[i * n + j] = s / l;
            }
        }
    }

    /** Solves {@code L L^T x = b} in place ({@code b} becomes x). */
    private static void solve(double[] l, int n, double[] b) {
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i * n + k] * b[k];
            }
            b[i] = s / l[i * n + i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k * n + i] * b[k];
            }
            b[i] = s / l[i * n + i];
        }
    }
}
