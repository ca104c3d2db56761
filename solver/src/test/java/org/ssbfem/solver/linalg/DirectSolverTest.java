package org.ssbfem.solver.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the direct solver does beyond the contract: pivoting, delays, size limits, speed. */
class DirectSolverTest {
    private static final Logger LOG = LoggerFactory.getLogger(DirectSolverTest.class);

    private static DirectSolver solver() {
        return new DirectSolver(1e-12, 0, DirectSolver.defaultMemoryLimitBytes());
    }

    private static double solveExact(LinearSolver s, SparseMatrix a) {
        double[] exact = TestMatrices.randomVector(a.size(), 17);
        double[] b = TestMatrices.times(a, exact);
        double[] x = new double[a.size()];
        s.solve(a, b, x);
        assertTrue(TestMatrices.residualNorm(a, b, x) <= 1.01e-12 * TestMatrices.norm(b));
        return TestMatrices.relativeError(x, exact);
    }

    @Test
    void solvesA3dLaplacianOf27000UnknownsInSeconds() {
        SparseMatrix a = TestMatrices.poisson3d(30, 30, 30);
        DirectSolver s = solver();
        long t0 = System.nanoTime();
        double err = solveExact(s, a);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        SymbolicAnalysis sym = s.analysis(a.pattern());
        LOG.info("direct 30^3: {} s, {} supernodes, max front {}, factor {} M entries, error {}", seconds,
                sym.supernodes(), sym.maxFront, sym.factorEntries / 1e6, err);
        assertTrue(err < 1e-9, "error " + err);
        assertTrue(seconds < 20, "took " + seconds + " s");
    }

    @Test
    void pivotsAcrossFrontsForZeroDiagonals() {
        SparseMatrix a = rowShuffled(TestMatrices.convectionDiffusion(12, 11, 10, 1, -1, 0.5), 5);
        int zeroDiagonals = 0;
        for (int i = 0; i < a.size(); i++) {
            zeroDiagonals += a.get(i, i) == 0 ? 1 : 0;
        }
        assertTrue(zeroDiagonals > a.size() / 2, "most diagonals are zero after the row shuffle");
        SymbolicAnalysis sym = SymbolicAnalysis.of(a.pattern(), DirectSolver.defaultMemoryLimitBytes());
        MultifrontalLu lu = MultifrontalLu.factor(sym, Equilibration.of(a).scale(a));
        LOG.info("row-shuffled convection-diffusion: {} of {} pivots delayed", lu.delayedPivots(), a.size());
        assertTrue(lu.delayedPivots() > 0);
        assertTrue(solveExact(solver(), a) < 1e-8);
    }

    @Test
    void solvesASaddlePointSystem() {
        SparseMatrix a = saddlePoint(15);
        assertTrue(solveExact(solver(), a) < 1e-8);
    }

    @Test
    void refusesAConsistentSingularSystem() {
        SparseMatrix a = TestMatrices.neumann3d(12);
        double[] b = TestMatrices.times(a, TestMatrices.randomVector(a.size(), 2));
        SolverException e = assertThrows(SolverException.class, () -> solver().solve(a, b, new double[a.size()]));
        assertTrue(e.getMessage().contains("singular") && e.getMessage().contains("floating cluster"), e.getMessage());
    }

    @Test
    void refusesSystemsOverTheMemoryLimit() {
        SparseMatrix a = TestMatrices.poisson3d(20, 20, 20);
        DirectSolver small = new DirectSolver(1e-10, 0, 1_000_000);
        SolverException e = assertThrows(SolverException.class,
                () -> small.solve(a, TestMatrices.randomVector(a.size(), 1), new double[a.size()]));
        assertTrue(e.getMessage().contains("(limit 1.0 MB)") && e.getMessage().contains("solver.linear.method"),
                e.getMessage());
    }

    @Test
    void reusesTheAnalysisForNewValues() {
        SparseMatrix a = TestMatrices.convectionDiffusion(10, 10, 10, 1, 2, 3);
        DirectSolver s = solver();
        assertTrue(solveExact(s, a) < 1e-9);
        SymbolicAnalysis first = s.analysis(a.pattern());
        for (int k = 0; k < a.values().length; k++) {
            a.values()[k] *= 1 + 0.1 * Math.sin(k);
        }
        assertTrue(solveExact(s, a) < 1e-9);
        assertEquals(first, s.analysis(a.pattern()));
    }

    /** Rows of a in a random order: the same solution set, but the diagonal mostly zero. */
    static SparseMatrix rowShuffled(SparseMatrix a, long seed) {
        int n = a.size();
        int[] rowPerm = TestMatrices.randomPermutation(n, seed);
        PatternBuilder pb = new PatternBuilder(n);
        int[] rp = a.pattern().rowPtr();
        int[] ci = a.pattern().colIdx();
        for (int i = 0; i < n; i++) {
            for (int k = rp[rowPerm[i]]; k < rp[rowPerm[i] + 1]; k++) {
                pb.add(i, ci[k]);
            }
        }
        SparseMatrix s = new SparseMatrix(pb.build());
        for (int i = 0; i < n; i++) {
            for (int k = rp[rowPerm[i]]; k < rp[rowPerm[i] + 1]; k++) {
                s.add(i, ci[k], a.values()[k]);
            }
        }
        return s;
    }

    /** [[K, B^T], [B, 0]]: K a 2D Laplacian, B ties m random pairs of nodes to equal values. */
    static SparseMatrix saddlePoint(int k) {
        SparseMatrix lap = TestMatrices.poisson2d(k, k);
        int n = lap.size();
        int m = n / 10;
        Random rnd = new Random(9);
        int[][] pairs = new int[m][2];
        PatternBuilder pb = new PatternBuilder(n + m);
        int[] rp = lap.pattern().rowPtr();
        int[] ci = lap.pattern().colIdx();
        for (int i = 0; i < n; i++) {
            for (int q = rp[i]; q < rp[i + 1]; q++) {
                pb.add(i, ci[q]);
            }
        }
        for (int c = 0; c < m; c++) {
            pairs[c][0] = rnd.nextInt(n);
            pairs[c][1] = (pairs[c][0] + 1 + rnd.nextInt(n - 1)) % n;
            for (int p : pairs[c]) {
                pb.add(n + c, p).add(p, n + c);
            }
        }
        SparseMatrix a = new SparseMatrix(pb.build());
        for (int i = 0; i < n; i++) {
            for (int q = rp[i]; q < rp[i + 1]; q++) {
                a.add(i, ci[q], lap.values()[q]);
            }
        }
        for (int c = 0; c < m; c++) {
            a.add(n + c, pairs[c][0], 1);
            a.add(pairs[c][0], n + c, 1);
            a.add(n + c, pairs[c][1], -1);
            a.add(pairs[c][1], n + c, -1);
        }
        return a;
    }
}
