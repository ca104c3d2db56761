package org.ssbfem.solver.linalg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import no.uib.cipr.matrix.DenseVector;
import no.uib.cipr.matrix.sparse.AbstractIterativeSolver;
import no.uib.cipr.matrix.sparse.BiCGstab;
import no.uib.cipr.matrix.sparse.CG;
import no.uib.cipr.matrix.sparse.DefaultIterationMonitor;
import no.uib.cipr.matrix.sparse.GMRES;
import no.uib.cipr.matrix.sparse.ILU;
import no.uib.cipr.matrix.sparse.IterativeSolverNotConvergedException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Timings of the linear solvers on the 3D 7-point Laplacian (run with
 * {@code mvn -pl solver test -Dssbfem.excludedGroups= -Dtest=LinearSolverBenchmark}). Wall and CPU
 * times go to the log; the assertions only check that every solve converged.
 */
@Tag("benchmark")
class LinearSolverBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(LinearSolverBenchmark.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final double RTOL = 1e-8;

    @Test
    void iterativeSolversOnHundredThousandUnknowns() {
        iterative(46);
    }

    @Test
    void iterativeSolversOnAMillionUnknowns() {
        iterative(100);
    }

    @Test
    void directSolver() {
        for (int k : new int[] {20, 30, 40, 50}) {
            SparseMatrix a = TestMatrices.poisson3d(k, k, k);
            DirectSolver direct = new DirectSolver(1e-12, 0, DirectSolver.defaultMemoryLimitBytes());
            long cpu = THREADS.getCurrentThreadCpuTime();
            SolveReport r = run(direct, a, "direct, " + k + "^3", 1e-12);
            SymbolicAnalysis sym = direct.analysis(a.pattern());
            LOG.info("  cpu {} s, {} supernodes, largest front {}, {} M factor entries, estimated {} GB",
                    (THREADS.getCurrentThreadCpuTime() - cpu) * 1e-9, sym.supernodes(), sym.maxFront,
                    sym.factorEntries / 1e6, sym.estimatedBytes() / 1e9);
        }
    }

    private static void iterative(int k) {
        SparseMatrix grid = TestMatrices.poisson3d(k, k, k);
        long t0 = System.nanoTime();
        SparseMatrix shuffled = Permutation.permute(grid, TestMatrices.randomPermutation(grid.size(), 1));
        long t1 = System.nanoTime();
        int[] rcm = ReverseCuthillMcKee.permutation(shuffled.pattern());
        SparseMatrix a = Permutation.permute(shuffled, rcm);
        long t2 = System.nanoTime();
        LOG.info("{}^3 = {} unknowns: shuffle {} s, RCM {} s (bandwidth {} -> {})", k, grid.size(), (t1 - t0) * 1e-9,
                (t2 - t1) * 1e-9, ReverseCuthillMcKee.bandwidth(shuffled.pattern()), ReverseCuthillMcKee.bandwidth(a.pattern()));
        for (PreconditionerType p : new PreconditionerType[] {PreconditionerType.ILU0, PreconditionerType.JACOBI}) {
            LinearSolver cg = LinearSolvers.create(LinearSolverOptions.of(SolverMethod.CG, p)
                    .withTolerances(RTOL, 0).withMaxIterations(5000).withEquilibrate(false));
            run(cg, a, "RCM order", RTOL);
            if (k < 60) {
                run(cg, shuffled, "shuffled order", RTOL);
            }
        }
    }

    private static SolveReport run(LinearSolver s, SparseMatrix a, String label, double rtol) {
        double[] b = TestMatrices.randomVector(a.size(), 5);
        double[] x = new double[a.size()];
        long cpu = THREADS.getCurrentThreadCpuTime();
        SolveReport r = s.solve(a, b, x);
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) * 1e-9;
        LOG.info("  {} [{}]: set-up {} s, solve {} s (cpu total {} s), {} iterations, residual {} -> {}", s.describe(),
                label, r.setupSeconds(), r.solveSeconds(), cpuSeconds, r.iterations(), r.initialResidual(),
                r.finalResidual());
        assertTrue(TestMatrices.residualNorm(a, b, x) <= 1.01 * rtol * TestMatrices.norm(b), label);
        return r;
    }

    /** Best CPU time of five solves, ours against MTJ's, for CG, GMRES(30) and BiCGstab with ILU(0). */
    @Test
    void oursAgainstMtj() throws IterativeSolverNotConvergedException {
        int k = 46;
        SparseMatrix spd = TestMatrices.poisson3d(k, k, k);
        SparseMatrix nonsymmetric = TestMatrices.convectionDiffusion(k, k, k, 0.5, 0.3, 0.1);
        double[] b = TestMatrices.randomVector(spd.size(), 5);
        for (SolverMethod m : new SolverMethod[] {SolverMethod.CG, SolverMethod.GMRES, SolverMethod.BICGSTAB}) {
            SparseMatrix a = m == SolverMethod.CG ? spd : nonsymmetric;
            LinearSolver ours = LinearSolvers.create(LinearSolverOptions.of(m, PreconditionerType.ILU0)
                    .withTolerances(RTOL, 0).withEquilibrate(false).withGmresRestart(30));
            double oursBest = Double.MAX_VALUE;
            double mtjBest = Double.MAX_VALUE;
            int[] iterations = new int[2];
            for (int rep = 0; rep < 5; rep++) {
                long t0 = THREADS.getCurrentThreadCpuTime();
                iterations[0] = ours.solve(a, b, new double[a.size()]).iterations();
                long t1 = THREADS.getCurrentThreadCpuTime();
                iterations[1] = mtj(m, a, b);
                long t2 = THREADS.getCurrentThreadCpuTime();
                oursBest = Math.min(oursBest, (t1 - t0) * 1e-9);
                mtjBest = Math.min(mtjBest, (t2 - t1) * 1e-9);
            }
            LOG.info("{} + ILU(0), {} unknowns, best of 5 (cpu): ours {} s, {} iterations; MTJ {} s, {} iterations",
                    m.key(), a.size(), oursBest, iterations[0], mtjBest, iterations[1]);
        }
    }

    /** MTJ's solver with MTJ's ILU on the same system; returns the iterations after checking the residual. */
    private static int mtj(SolverMethod m, SparseMatrix a, double[] b) throws IterativeSolverNotConvergedException {
        DenseVector x = new DenseVector(a.size());
        AbstractIterativeSolver s = switch (m) {
            case CG -> new CG(x);
            case GMRES -> new GMRES(x, 30);
            default -> new BiCGstab(x);
        };
        ILU ilu = new ILU(a.mtj().copy());
        ilu.setMatrix(a.mtj());
        s.setPreconditioner(ilu);
        DefaultIterationMonitor monitor = new DefaultIterationMonitor(5000, RTOL, 0, 1e10);
        s.setIterationMonitor(monitor);
        s.solve(a.mtj(), new DenseVector(b), x);
        assertTrue(TestMatrices.residualNorm(a, b, x.getData()) <= 1.01 * RTOL * TestMatrices.norm(b));
        return monitor.iterations();
    }
}
