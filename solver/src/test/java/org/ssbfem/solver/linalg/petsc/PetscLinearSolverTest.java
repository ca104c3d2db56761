package org.ssbfem.solver.linalg.petsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ssbfem.solver.linalg.LinearSolver;
import org.ssbfem.solver.linalg.LinearSolverOptions;
import org.ssbfem.solver.linalg.LinearSolvers;
import org.ssbfem.solver.linalg.PreconditionerType;
import org.ssbfem.solver.linalg.SolveReport;
import org.ssbfem.solver.linalg.SolverException;
import org.ssbfem.solver.linalg.SolverMethod;
import org.ssbfem.solver.linalg.SparseMatrix;

/**
 * Every method / preconditioner / factorization package solves a small SPD system (3D 7-point
 * Poisson, 16^3) or a nonsymmetric one (3D upwind convection-diffusion, 14^3) to rtol 1e-10 and
 * agrees with the MTJ-based solvers; failures carry PETSc's reason or message.
 */
class PetscLinearSolverTest {
    private static final double RTOL = 1e-10;

    @BeforeEach
    void needPetsc() {
        PetscAvailable.assumeAvailable();
    }

    static Stream<PetscOptions> symmetricChoices() {
        return Stream.of(PetscOptions.of(KspType.CG, PcType.BOOMERAMG), PetscOptions.of(KspType.CG, PcType.GAMG),
                PetscOptions.of(KspType.CG, PcType.JACOBI), PetscOptions.of(KspType.CG, PcType.BJACOBI),
                PetscOptions.of(KspType.CG, PcType.ILU), PetscOptions.of(KspType.CG, PcType.NONE));
    }

    static Stream<PetscOptions> generalChoices() {
        return Stream.of(PetscOptions.of(KspType.GMRES, PcType.ILU), PetscOptions.of(KspType.FGMRES, PcType.BOOMERAMG),
                PetscOptions.of(KspType.BICGSTAB, PcType.ILU), PetscOptions.of(KspType.GMRES, PcType.GAMG),
                PetscOptions.of(KspType.BICGSTAB, PcType.JACOBI), PetscOptions.of(KspType.GMRES, PcType.BJACOBI),
                PetscOptions.of(KspType.GMRES, PcType.ILU).withFactorSolver(FactorSolver.SUPERLU),
                PetscOptions.direct(FactorSolver.MUMPS), PetscOptions.direct(FactorSolver.SUPERLU),
                PetscOptions.direct(FactorSolver.PETSC));
    }

    @ParameterizedTest
    @MethodSource({"symmetricChoices", "generalChoices"})
    void solvesPoissonLikeMtjCg(PetscOptions o) {
        SparseMatrix a = GridSystems.poisson3d(16);
        LinearSolver mtj = LinearSolvers.create(LinearSolverOptions.of(SolverMethod.CG, PreconditionerType.ILU0)
                .withTolerances(RTOL, 0).withEquilibrate(false));
        checkAgainst(o, mtj, a, 1e-8);
    }

    @ParameterizedTest
    @MethodSource("generalChoices")
    void solvesConvectionDiffusionLikeMtjGmres(PetscOptions o) {
        SparseMatrix a = GridSystems.convectionDiffusion3d(14, 3.0, -1.5, 1.0);
        LinearSolver mtj = LinearSolvers.create(LinearSolverOptions.of(SolverMethod.GMRES, PreconditionerType.ILU0)
                .withTolerances(RTOL, 0).withEquilibrate(false));
        checkAgainst(o, mtj, a, 1e-8);
    }

    /** Both solvers reach RTOL on A x = A x_exact, and their solutions agree to {@code agreement}. */
    private static void checkAgainst(PetscOptions o, LinearSolver mtj, SparseMatrix a, double agreement) {
        double[] exact = GridSystems.randomVector(a.size(), 11);
        double[] b = GridSystems.times(a, exact);
        double[] x = new double[a.size()];
        double[] y = new double[a.size()];
        SolveReport rep;
        try (PetscLinearSolver s = PetscLinearSolver.create(o.withTolerances(RTOL, 0))) {
            rep = s.solve(a, b, x);
            assertTrue(s.lastConvergedReason().startsWith("CONVERGED"), s.lastConvergedReason());
        }
        mtj.solve(a, b, y);
        double bNorm = GridSystems.norm(b);
        double r = GridSystems.residualNorm(a, b, x);
        assertTrue(r <= RTOL * bNorm, o.describe() + ": residual " + r + " > " + RTOL * bNorm);
        assertEquals(r, rep.finalResidual(), 1e-6 * r, "reported residual");
        assertEquals(bNorm, rep.initialResidual(), 1e-12 * bNorm, "initial residual from x0 = 0");
        double diff = GridSystems.relativeDifference(x, y);
        assertTrue(diff < agreement, o.describe() + " vs " + mtj.describe() + ": relative difference " + diff);
    }

    @Test
    void nonConvergenceNamesReasonIterationsAndResidual() {
        SparseMatrix a = GridSystems.poisson3d(12);
        double[] b = GridSystems.randomVector(a.size(), 8);
        try (PetscLinearSolver s = PetscLinearSolver.create(
                PetscOptions.of(KspType.CG, PcType.JACOBI).withTolerances(1e-12, 0).withMaxIterations(2))) {
            SolverException e = assertThrows(SolverException.class, () -> s.solve(a, b, new double[a.size()]));
            String m = e.getMessage();
            assertTrue(m.contains("DIVERGED_ITS") && m.contains("after 2 iterations"), m);
            assertTrue(m.matches("(?s).*residual \\d\\.\\d{3}e[-+]\\d+ reached, \\d\\.\\d{3}e[-+]\\d+ required.*"), m);
            assertTrue(m.contains("Try:"), m);
        }
    }

    @Test
    void zeroPivotNamesThePreconditionerFailure() {
        SparseMatrix a = GridSystems.poisson3d(6);
        a.add(0, 0, -a.get(0, 0));
        double[] b = GridSystems.randomVector(a.size(), 9);
        try (PetscLinearSolver s = PetscLinearSolver.create(PetscOptions.of(KspType.GMRES, PcType.ILU))) {
            SolverException e = assertThrows(SolverException.class, () -> s.solve(a, b, new double[a.size()]));
            assertTrue(e.getMessage().contains("DIVERGED_PC_FAILED (FACTOR_NUMERIC_ZEROPIVOT)"), e.getMessage());
            assertTrue(e.getMessage().contains("singular"), e.getMessage());
        }
    }

    @Test
    void malformedOptionValueCarriesPetscMessage() {
        PetscOptions o = PetscOptions.of(KspType.CG, PcType.BOOMERAMG)
                .withExtraOptions("-pc_hypre_boomeramg_strong_threshold abc");
        SolverException e = assertThrows(SolverException.class, () -> PetscLinearSolver.create(o));
        assertTrue(e.getMessage().contains("abc") && e.getMessage().contains("KSPSetFromOptions"), e.getMessage());
    }

    @Test
    void unknownTypeInOptionsCarriesPetscMessage() {
        PetscOptions o = PetscOptions.of(KspType.GMRES, PcType.ILU).withExtraOptions("-ksp_type nonsense");
        SolverException e = assertThrows(SolverException.class, () -> PetscLinearSolver.create(o));
        assertTrue(e.getMessage().contains("nonsense"), e.getMessage());
    }

    @Test
    void expertOptionsReachOnlyTheirSolver() {
        SparseMatrix a = GridSystems.poisson3d(12);
        double[] b = GridSystems.randomVector(a.size(), 3);
        PetscOptions plain = PetscOptions.of(KspType.CG, PcType.BOOMERAMG).withTolerances(1e-8, 0);
        try (PetscLinearSolver tuned = PetscLinearSolver.create(plain.withExtraOptions("-pc_type jacobi"));
             PetscLinearSolver other = PetscLinearSolver.create(plain)) {
            int jacobiIts = tuned.solve(a, b, new double[a.size()]).iterations();
            int amgIts = other.solve(a, b, new double[a.size()]).iterations();
            assertTrue(jacobiIts > 2 * amgIts, "jacobi " + jacobiIts + " vs boomeramg " + amgIts);
        }
    }
}
