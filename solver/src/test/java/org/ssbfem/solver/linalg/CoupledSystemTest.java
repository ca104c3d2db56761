package org.ssbfem.solver.linalg;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A model of the coupled discharge Jacobian: three fields per node of a 2D grid (phi_e, phi_s, c)
 * with conductivities 0.1 and 10, a mass-dominated c equation, linearized Butler-Volmer coupling
 * at half of the nodes (nonsymmetric through dU/dc and 1/F), then random row and column scales over
 * six decades. The direct solver is the reference; the equilibrated Krylov solvers must agree.
 * The unknowns then span twelve decades, so residuals below about 4e-10 ||b|| cannot be verified in
 * double precision: the tolerance is 1e-8.
 */
class CoupledSystemTest {
    private static final Logger LOG = LoggerFactory.getLogger(CoupledSystemTest.class);
    private static final int K = 40;
    /** Above the rounding floor eps || |A||x| || / ||b|| = 4e-10 of this system. */
    private static final double RTOL = 1e-8;

    @Test
    void krylovSolversAgreeWithTheDirectSolver() {
        SparseMatrix a = TestMatrices.badlyScaled(coupled(K), 3, false, 21);
        double[] b = TestMatrices.randomVector(a.size(), 22);
        double[] reference = new double[a.size()];
        new DirectSolver(RTOL, 0, DirectSolver.defaultMemoryLimitBytes()).solve(a, b, reference);
        assertTrue(TestMatrices.residualNorm(a, b, reference) <= 1.01 * RTOL * TestMatrices.norm(b));
        for (SolverMethod m : new SolverMethod[] {SolverMethod.GMRES, SolverMethod.BICGSTAB}) {
            LinearSolver s = LinearSolvers.create(LinearSolverOptions.of(m, PreconditionerType.ILU0)
                    .withTolerances(RTOL, 0).withEquilibrate(true));
            double[] x = new double[a.size()];
            SolveReport r = s.solve(a, b, x);
            double err = TestMatrices.relativeError(x, reference);
            LOG.info("{}: {} iterations, relative difference to the direct solution {}", s.describe(), r.iterations(), err);
            assertTrue(err < 1e-5, s.describe() + ": difference " + err);
        }
    }

    @Test
    void anUnattainableToleranceIsExplained() {
        SparseMatrix a = TestMatrices.badlyScaled(coupled(K), 3, false, 21);
        double[] b = TestMatrices.randomVector(a.size(), 22);
        DirectSolver tooStrict = new DirectSolver(1e-13, 0, DirectSolver.defaultMemoryLimitBytes());
        SolverException e = assertThrows(SolverException.class, () -> tooStrict.solve(a, b, new double[a.size()]));
        assertTrue(e.getMessage().contains("rounding floor"), e.getMessage());
    }

    @Test
    void equilibrationHelpsKrylovSolvers() {
        SparseMatrix a = TestMatrices.badlyScaled(coupled(K), 3, false, 21);
        double[] b = TestMatrices.randomVector(a.size(), 22);
        LinearSolverOptions o = LinearSolverOptions.of(SolverMethod.GMRES, PreconditionerType.JACOBI)
                .withTolerances(1e-10, 0).withMaxIterations(3000);
        int scaled = LinearSolvers.create(o.withEquilibrate(true)).solve(a, b, new double[a.size()]).iterations();
        int raw;
        try {
            raw = LinearSolvers.create(o.withEquilibrate(false)).solve(a, b, new double[a.size()]).iterations();
        } catch (SolverException e) {
            raw = Integer.MAX_VALUE;
        }
        LOG.info("GMRES + Jacobi on the badly scaled coupled system: {} iterations equilibrated, {} raw", scaled, raw);
        assertTrue(scaled <= raw);
    }

    /** Unknown 3 * node + field, field 0 = phi_e, 1 = phi_s, 2 = c. */
    static SparseMatrix coupled(int k) {
        int nodes = k * k;
        boolean[] interfaceNode = new boolean[nodes];
        Random rnd = new Random(5);
        PatternBuilder pb = new PatternBuilder(3 * nodes);
        for (int v = 0; v < nodes; v++) {
            for (int w : neighbours(v, k)) {
                for (int f = 0; f < 3; f++) {
                    pb.add(3 * v + f, 3 * w + f);
                }
            }
            interfaceNode[v] = rnd.nextBoolean();
            if (interfaceNode[v]) {
                for (int f = 0; f < 3; f++) {
                    for (int g = 0; g < 3; g++) {
                        pb.add(3 * v + f, 3 * v + g);
                    }
                }
            }
        }
        SparseMatrix a = new SparseMatrix(pb.build());
        double[] scale = {0.1, 10, 1e-3};
        for (int v = 0; v < nodes; v++) {
            for (int w : neighbours(v, k)) {
                for (int f = 0; f < 3; f++) {
                    a.add(3 * v + f, 3 * w + f, -scale[f]);
                    a.add(3 * v + f, 3 * v + f, scale[f]);
                }
            }
            a.add(3 * v + 2, 3 * v + 2, 1e3);
            int x = v % k;
            if (x == 0) {
                a.add(3 * v, 3 * v, 2 * scale[0]);
            }
            if (x == k - 1) {
                a.add(3 * v + 1, 3 * v + 1, 2 * scale[1]);
            }
            if (interfaceNode[v]) {
                butlerVolmer(a, 3 * v, 5.0, -1e-4, 96485.0);
            }
        }
        return a;
    }

    /** i = g (phi_s - phi_e - U(c)): -i on the phi_e row, +i on phi_s, +i/F on c. */
    private static void butlerVolmer(SparseMatrix a, int base, double g, double dUdc, double faraday) {
        double[] di = {-g, g, -g * dUdc};
        for (int col = 0; col < 3; col++) {
            a.add(base, base + col, -di[col]);
            a.add(base + 1, base + col, di[col]);
            a.add(base + 2, base + col, di[col] / faraday);
        }
    }

    private static int[] neighbours(int v, int k) {
        int x = v % k;
        int y = v / k;
        int[] out = new int[4];
        int m = 0;
        if (x > 0) {
            out[m++] = v - 1;
        }
        if (x < k - 1) {
            out[m++] = v + 1;
        }
        if (y > 0) {
            out[m++] = v - k;
        }
        if (y < k - 1) {
            out[m++] = v + k;
        }
        return java.util.Arrays.copyOf(out, m);
    }
}
