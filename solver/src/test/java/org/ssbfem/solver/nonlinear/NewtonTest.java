package org.ssbfem.solver.nonlinear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ssbfem.solver.linalg.PatternBuilder;
import org.ssbfem.solver.linalg.SparseMatrix;
import org.ssbfem.solver.linalg.SparsityPattern;
import org.ssbfem.solver.testutil.Solvers;

/** Newton on F(u) = atan(u_i) - c_i: plain Newton diverges from |u0| > 1.39; backtracking does not. */
class NewtonTest {
    private static final class Atan implements NonlinearProblem {
        private final SparsityPattern pattern = new PatternBuilder(2).build();

        @Override public int size() { return 2; }

        @Override public SparsityPattern jacobianPattern() { return pattern; }

        @Override
        public void residual(double[] u, double[] r) {
            r[0] = Math.atan(u[0]) - 0.1;
            r[1] = Math.atan(u[1]) + 0.2;
        }

        @Override
        public void residualAndJacobian(double[] u, double[] r, SparseMatrix j) {
            residual(u, r);
            j.zero();
            j.add(0, 0, 1 / (1 + u[0] * u[0]));
            j.add(1, 1, 1 / (1 + u[1] * u[1]));
        }
    }

    @Test
    void lineSearchRescuesADivergingStartAndConvergesQuadratically() {
        double[] u = {3.0, -2.5};
        NewtonReport r = new Newton(Solvers.gmres(), new Newton.Options(1e-13, 1e-13, 30, 12)).solve(new Atan(), u);
        assertTrue(r.converged(), r.message());
        assertTrue(r.backtracks() > 0);
        assertEquals(Math.tan(0.1), u[0], 1e-12);
        assertEquals(Math.tan(-0.2), u[1], 1e-12);
        double[] h = r.residualNorms();
        int k = h.length - 2;
        assertTrue(h[k + 1] <= 10 * h[k] * h[k], "quadratic final step: " + h[k] + " -> " + h[k + 1]);
    }

    @Test
    void withoutLineSearchItReportsFailureInsteadOfThrowing() {
        double[] u = {3.0, -2.5};
        NewtonReport r = new Newton(Solvers.gmres(), new Newton.Options(1e-13, 1e-13, 10, 0)).solve(new Atan(), u);
        assertFalse(r.converged());
        assertEquals(r.iterations() + 1, r.residualNorms().length);
    }
}
