package org.ssbfem.solver.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * The contract every {@link LinearSolver} passes: exact solutions of small model systems, the
 * initial guess, untouched inputs, failures reported with iterations and residuals, singular
 * systems refused. A concrete test says how to build the solver and which systems it is for.
 */
abstract class LinearSolverContract {
    static final double RTOL = 1e-12;

    /** The solver under test with relative tolerance {@code rtol} and iteration limit {@code maxIterations}. */
    abstract LinearSolver solver(double rtol, int maxIterations);

    /** True for CG: only symmetric positive definite systems. */
    boolean symmetricOnly() { return false; }

    /** False for the direct solver, which has no iteration limit. */
    boolean iterative() { return true; }

    /** Solves A x = b for a random exact x from zero and checks the residual and the error. */
    void checkExactSolution(SparseMatrix a, double maxError) {
        double[] exact = TestMatrices.randomVector(a.size(), 42);
        double[] b = TestMatrices.times(a, exact);
        double[] x = new double[a.size()];
        SolveReport rep = solver(RTOL, 5000).solve(a, b, x);
        double r = TestMatrices.residualNorm(a, b, x);
        double bNorm = TestMatrices.norm(b);
        assertTrue(r <= 1.01 * RTOL * bNorm, "residual " + r + " > " + RTOL * bNorm);
        assertEquals(r, rep.finalResidual(), 1e-3 * r + 1e-300, "reported residual");
        assertEquals(bNorm, rep.initialResidual(), 1e-12 * bNorm, "initial residual from x0 = 0");
        double err = TestMatrices.relativeError(x, exact);
        assertTrue(err < maxError, "relative error " + err);
    }

    @Test
    void poisson1d() {
        checkExactSolution(TestMatrices.poisson1d(200), 1e-7);
    }

    @Test
    void poisson2d() {
        checkExactSolution(TestMatrices.poisson2d(30, 25), 1e-8);
    }

    @Test
    void poisson3d() {
        checkExactSolution(TestMatrices.poisson3d(12, 11, 10), 1e-9);
    }

    @Test
    void convectionDiffusion() {
        assumeTrue(!symmetricOnly(), "nonsymmetric system");
        checkExactSolution(TestMatrices.convectionDiffusion(30, 30, 1, 3.0, -1.5, 0), 1e-8);
        checkExactSolution(TestMatrices.convectionDiffusion(10, 9, 8, 2.0, 0.5, -1.0), 1e-8);
    }

    @Test
    void badlyScaled() {
        SparseMatrix a = TestMatrices.badlyScaled(TestMatrices.poisson3d(10, 10, 10), 4, symmetricOnly(), 7);
        checkExactSolution(a, 1e-4);
    }

    @Test
    void initialGuessAtTheSolutionIsKept() {
        SparseMatrix a = TestMatrices.poisson2d(20, 20);
        double[] exact = TestMatrices.randomVector(a.size(), 3);
        double[] b = TestMatrices.times(a, exact);
        double[] x = exact.clone();
        SolveReport rep = solver(1e-10, 100).solve(a, b, x);
        assertTrue(TestMatrices.relativeError(x, exact) < 1e-13, "solution moved away from the exact initial guess");
        assertEquals(0, rep.iterations());
    }

    @Test
    void initialGuessIsUsed() {
        SparseMatrix a = TestMatrices.poisson2d(20, 20);
        double[] b = TestMatrices.randomVector(a.size(), 4);
        double[] x0 = TestMatrices.randomVector(a.size(), 5);
        double[] x = x0.clone();
        SolveReport rep = solver(1e-10, 1000).solve(a, b, x);
        assertEquals(TestMatrices.residualNorm(a, b, x0), rep.initialResidual(), 1e-12 * TestMatrices.norm(b));
        assertTrue(TestMatrices.residualNorm(a, b, x) <= 1.01e-10 * TestMatrices.norm(b));
    }

    @Test
    void inputsAreNotModified() {
        SparseMatrix a = symmetricOnly() ? TestMatrices.poisson3d(8, 8, 8)
                : TestMatrices.convectionDiffusion(8, 8, 8, 1, 1, 1);
        double[] values = a.values().clone();
        double[] b = TestMatrices.randomVector(a.size(), 6);
        double[] bCopy = b.clone();
        solver(1e-10, 1000).solve(a, b, new double[a.size()]);
        assertArrayEquals(values, a.values(), 0.0);
        assertArrayEquals(bCopy, b, 0.0);
    }

    @Test
    void nonConvergenceIsReported() {
        assumeTrue(iterative(), "iterative solvers only");
        SparseMatrix a = TestMatrices.poisson3d(12, 12, 12);
        double[] b = TestMatrices.randomVector(a.size(), 8);
        SolverException e = assertThrows(SolverException.class, () -> solver(1e-12, 3).solve(a, b, new double[a.size()]));
        assertTrue(e.getMessage().contains("after 3 iterations"), e.getMessage());
        assertTrue(e.getMessage().matches("(?s).*residual \\d\\.\\d{3}e[-+]\\d+ reached, \\d\\.\\d{3}e[-+]\\d+ required.*"),
                e.getMessage());
    }

    @Test
    void singularSystemIsReported() {
        SparseMatrix a = TestMatrices.neumann3d(7);
        double[] b = new double[a.size()];
        b[0] = 1;
        double[] x = new double[a.size()];
        SolverException e = assertThrows(SolverException.class, () -> solver(1e-10, 500).solve(a, b, x));
        assertTrue(e.getMessage().contains("singular"), e.getMessage());
    }
}
