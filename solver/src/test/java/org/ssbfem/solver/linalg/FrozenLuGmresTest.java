package org.ssbfem.solver.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The kept-LU GMRES: exact in one iteration on the matrix it factored; on a perturbed matrix
 * (a Newton Jacobian a few steps later) it still meets the tolerance with the old factorization
 * in a few iterations, and factors only once.
 */
class FrozenLuGmresTest {
    /** 2D convection-diffusion, 5-point stencil on an n x n grid: nonsymmetric, diagonally weighted by {@code shift}. */
    private static SparseMatrix convectionDiffusion(int n, double shift) {
        PatternBuilder pb = new PatternBuilder(n * n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int k = i * n + j;
                pb.add(k, k);
                if (i > 0) pb.add(k, k - n);
                if (i < n - 1) pb.add(k, k + n);
                if (j > 0) pb.add(k, k - 1);
                if (j < n - 1) pb.add(k, k + 1);
            }
        }
        SparseMatrix a = new SparseMatrix(pb.build());
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int k = i * n + j;
                a.add(k, k, 4.0 + shift * (1 + 0.5 * Math.sin(k)));
                if (i > 0) a.add(k, k - n, -1.3);
                if (i < n - 1) a.add(k, k + n, -0.7);
                if (j > 0) a.add(k, k - 1, -1.2);
                if (j < n - 1) a.add(k, k + 1, -0.8);
            }
        }
        return a;
    }

    @Test
    void keepsItsFactorizationAcrossSlowlyChangingMatrices() {
        LinearSolverOptions o = LinearSolverOptions.defaults().withMethod(SolverMethod.GMRES).withTolerances(1e-10, 0);
        FrozenLuGmres solver = new FrozenLuGmres(o, new DirectSolver(1e-10, 0, DirectSolver.defaultMemoryLimitBytes()));
        int n = 40;
        double[] b = new double[n * n];
        for (int i = 0; i < b.length; i++) {
            b[i] = Math.cos(0.1 * i);
        }
        SparseMatrix a0 = convectionDiffusion(n, 0.1);
        double[] x = new double[b.length];
        SolveReport first = solver.solve(a0, b, x);
        assertTrue(first.iterations() <= 2, "the factored matrix itself: " + first.iterations());
        assertTrue(first.setupSeconds() > 0, "factored at the first solve");
        SparseMatrix a1 = convectionDiffusion(n, 0.13);
        double[] y = new double[b.length];
        SolveReport later = solver.solve(a1, b, y);
        assertTrue(later.iterations() <= 10, "the kept LU preconditions a nearby matrix: " + later.iterations());
        assertEquals(0.0, later.setupSeconds(), 0.0, "no new factorization");
        double[] r = new double[b.length];
        assertTrue(Vectors.residual(a1, b, y, r) <= 1e-10 * Vectors.norm(b) * 1.0001, "tolerance met");
    }
}
