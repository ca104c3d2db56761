package org.ssbfem.solver.linalg.petsc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ssbfem.solver.linalg.LinearSolverOptions;
import org.ssbfem.solver.linalg.LinearSolvers;
import org.ssbfem.solver.linalg.PreconditionerType;
import org.ssbfem.solver.linalg.SolveReport;
import org.ssbfem.solver.linalg.SolverMethod;
import org.ssbfem.solver.linalg.SparseMatrix;

/**
 * Mesh independence of algebraic multigrid: on the 3D 7-point Poisson problem refined twice
 * (16^3, 32^3, 64^3 unknowns), CG + BoomerAMG iteration counts stay within a factor 2 while those
 * of CG + ILU(0) (the MTJ-based solver) grow roughly like 1/h. Prints the table.
 */
class PetscMultigridScalingTest {
    private static final double RTOL = 1e-8;
    private static final int[] SIZES = {16, 32, 64};

    @BeforeEach
    void needPetsc() {
        PetscAvailable.assumeAvailable();
    }

    @Test
    void boomerAmgIterationsStayBoundedWhileIluGrows() {
        int[] amg = new int[SIZES.length];
        int[] ilu = new int[SIZES.length];
        System.out.println("   n^3    unknowns | CG+BoomerAMG (PETSc) its  set-up s  solve s"
                + " | CG+ILU(0) (MTJ) its  solve s");
        try (PetscLinearSolver petsc = PetscLinearSolver.create(
                PetscOptions.of(KspType.CG, PcType.BOOMERAMG).withTolerances(RTOL, 0))) {
            for (int k = 0; k < SIZES.length; k++) {
                SparseMatrix a = GridSystems.poisson3d(SIZES[k]);
                double[] b = GridSystems.randomVector(a.size(), 7);
                SolveReport p = petsc.solve(a, b, new double[a.size()]);
                SolveReport m = LinearSolvers.create(LinearSolverOptions.of(SolverMethod.CG, PreconditionerType.ILU0)
                        .withTolerances(RTOL, 0).withEquilibrate(false)).solve(a, b, new double[a.size()]);
                amg[k] = p.iterations();
                ilu[k] = m.iterations();
                System.out.println(String.format(Locale.ROOT, "%6d %11d | %24d %9.3f %8.3f | %19d %8.3f", SIZES[k],
                        a.size(), amg[k], p.setupSeconds(), p.solveSeconds(), ilu[k],
                        m.setupSeconds() + m.solveSeconds()));
            }
        }
        int amgMin = Math.min(amg[0], Math.min(amg[1], amg[2]));
        int amgMax = Math.max(amg[0], Math.max(amg[1], amg[2]));
        assertTrue(amgMax <= 2 * amgMin, "BoomerAMG iterations " + amg[0] + ", " + amg[1] + ", " + amg[2]);
        assertTrue(ilu[1] > 1.5 * ilu[0] && ilu[2] > 1.5 * ilu[1],
                "ILU(0) iterations " + ilu[0] + ", " + ilu[1] + ", " + ilu[2] + " should grow about 2x per refinement");
    }
}
