package org.ssbfem.solver.linalg.petsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ssbfem.solver.linalg.SolveReport;
import org.ssbfem.solver.linalg.SparseMatrix;

/** What a solver keeps between solves: structure, preconditioner, options; and concurrent use. */
class PetscReuseTest {
    private static final double RTOL = 1e-10;

    @BeforeEach
    void needPetsc() {
        PetscAvailable.assumeAvailable();
    }

    /** Solves a x = b from zero and checks the residual. */
    private static SolveReport solveChecked(PetscLinearSolver s, SparseMatrix a, double[] b) {
        double[] x = new double[a.size()];
        SolveReport rep = s.solve(a, b, x);
        double r = GridSystems.residualNorm(a, b, x);
        assertTrue(r <= RTOL * GridSystems.norm(b), s.describe() + ": residual " + r);
        return rep;
    }

    /** A copy of {@code a} on the same pattern with the diagonal multiplied by {@code factor}. */
    private static SparseMatrix scaledDiagonal(SparseMatrix a, double factor) {
        SparseMatrix c = new SparseMatrix(a.pattern());
        System.arraycopy(a.values(), 0, c.values(), 0, a.values().length);
        for (int i = 0; i < a.size(); i++) {
            c.add(i, i, (factor - 1) * a.get(i, i));
        }
        return c;
    }

    @Test
    void reusedFactorizationOfOldValuesIsRefined() {
        SparseMatrix a = GridSystems.poisson3d(16);
        SparseMatrix changed = scaledDiagonal(a, 1 + 1e-6);
        double[] b = GridSystems.randomVector(a.size(), 1);
        PetscOptions direct = PetscOptions.direct(FactorSolver.MUMPS).withTolerances(RTOL, 0);
        try (PetscLinearSolver reuse = PetscLinearSolver.create(direct.withReusePreconditioner(true));
             PetscLinearSolver fresh = PetscLinearSolver.create(direct)) {
            assertEquals(0, solveChecked(reuse, a, b).iterations());
            assertEquals(0, solveChecked(fresh, a, b).iterations());
            int staleSteps = solveChecked(reuse, changed, b).iterations();
            int freshSteps = solveChecked(fresh, changed, b).iterations();
            assertTrue(staleSteps >= 1, "the old factorization needs refinement, took " + staleSteps);
            assertEquals(0, freshSteps, "a new factorization needs no refinement");
        }
    }

    @Test
    void renewedPreconditionerIsBuiltFromTheNextMatrix() {
        SparseMatrix a = GridSystems.poisson3d(16);
        SparseMatrix changed = scaledDiagonal(a, 1 + 1e-6);
        SparseMatrix again = scaledDiagonal(a, 1 + 2e-6);
        double[] b = GridSystems.randomVector(a.size(), 4);
        PetscOptions direct = PetscOptions.direct(FactorSolver.MUMPS).withTolerances(RTOL, 0);
        try (PetscLinearSolver s = PetscLinearSolver.create(direct.withReusePreconditioner(true))) {
            assertEquals(0, solveChecked(s, a, b).iterations());
            assertTrue(solveChecked(s, changed, b).iterations() >= 1, "kept: the old factorization is refined");
            assertTrue(s.renewPreconditioner());
            assertEquals(0, solveChecked(s, changed, b).iterations(), "renewed: factorization of the new values");
            assertTrue(solveChecked(s, again, b).iterations() >= 1, "kept again after the renewal");
        }
    }

    @Test
    void unchangedMatrixIsNotFactorizedAgain() {
        SparseMatrix a = GridSystems.poisson3d(20);
        try (PetscLinearSolver s = PetscLinearSolver.create(PetscOptions.direct(FactorSolver.MUMPS))) {
            SolveReport first = solveChecked(s, a, GridSystems.randomVector(a.size(), 2));
            SolveReport second = solveChecked(s, a, GridSystems.randomVector(a.size(), 3));
            assertTrue(second.setupSeconds() < 0.2 * first.setupSeconds(),
                    "set-up " + first.setupSeconds() + " s, then " + second.setupSeconds() + " s");
        }
    }

    @Test
    void newPatternReplacesMatrixAndKsp() {
        SparseMatrix small = GridSystems.poisson3d(8);
        SparseMatrix large = GridSystems.convectionDiffusion3d(11, 2, 0, -1);
        try (PetscLinearSolver s = PetscLinearSolver.create(
                PetscOptions.of(KspType.GMRES, PcType.ILU).withReusePreconditioner(true))) {
            for (SparseMatrix a : List.of(small, large, small, large)) {
                solveChecked(s, a, GridSystems.randomVector(a.size(), a.size()));
            }
        }
    }

    @Test
    void misspelledExpertOptionIsReported() {
        SparseMatrix a = GridSystems.poisson3d(8);
        PetscOptions o = PetscOptions.of(KspType.CG, PcType.BOOMERAMG)
                .withExtraOptions("-pc_hypre_boomeramg_strong_treshold 0.5 -pc_hypre_boomeramg_max_levels 10");
        try (PetscLinearSolver s = PetscLinearSolver.create(o)) {
            solveChecked(s, a, GridSystems.randomVector(a.size(), 4));
            assertEquals(List.of("-pc_hypre_boomeramg_strong_treshold"), s.ignoredOptions());
        }
    }

    @Test
    void concurrentSolvesFromTwoThreadsAreSerializedAndCorrect() throws Exception {
        SparseMatrix a = GridSystems.poisson3d(14);
        SparseMatrix c = GridSystems.convectionDiffusion3d(14, 1, 1, 1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (PetscLinearSolver s1 = PetscLinearSolver.create(PetscOptions.of(KspType.CG, PcType.BOOMERAMG));
             PetscLinearSolver s2 = PetscLinearSolver.create(PetscOptions.of(KspType.BICGSTAB, PcType.ILU))) {
            Future<?> f1 = pool.submit(() -> repeat(s1, a));
            Future<?> f2 = pool.submit(() -> repeat(s2, c));
            f1.get();
            f2.get();
        } finally {
            pool.shutdown();
        }
    }

    private static void repeat(PetscLinearSolver s, SparseMatrix a) {
        for (int k = 0; k < 20; k++) {
            solveChecked(s, a, GridSystems.randomVector(a.size(), k));
        }
    }

    /** A looser target (inexact Newton) stops GMRES earlier, at a residual below that target. */
    @Test
    void looserTargetStopsEarlierButMeetsIt() {
        SparseMatrix a = GridSystems.convectionDiffusion3d(14, 1, 0, 0);
        double[] b = GridSystems.randomVector(a.size(), 4);
        double looser = 1e-4 * GridSystems.norm(b);
        try (PetscLinearSolver s = PetscLinearSolver.create(PetscOptions.of(KspType.GMRES, PcType.JACOBI)
                .withTolerances(RTOL, 0))) {
            double[] tight = new double[a.size()];
            int full = s.solve(a, b, tight).iterations();
            double[] loose = new double[a.size()];
            int early = s.solve(a, b, loose, looser).iterations();
            double r = GridSystems.residualNorm(a, b, loose);
            assertTrue(early < full / 2, "iterations with the looser target " + early + ", full " + full);
            assertTrue(r <= looser, "residual " + r + " above the looser target " + looser);
            double[] again = new double[a.size()];
            assertEquals(full, s.solve(a, b, again, 0.0).iterations(), "target 0 means the solver's own");
        }
    }
}
