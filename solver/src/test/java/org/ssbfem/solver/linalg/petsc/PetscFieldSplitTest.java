package org.ssbfem.solver.linalg.petsc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssbfem.solver.linalg.SolveReport;
import org.ssbfem.solver.linalg.SparseMatrix;

/** {@code pc fieldsplit} with blocks given as {@link FieldSplits}. */
class PetscFieldSplitTest {

    @Test
    void blocksFromTheBlockOfEveryUnknown() {
        FieldSplits f = FieldSplits.of(List.of("p", "c"), new int[] {0, 1, 1, 0, 1});
        assertArrayEquals(new int[] {0, 3}, f.unknowns().get(0));
        assertArrayEquals(new int[] {1, 2, 4}, f.unknowns().get(1));
        assertEquals(5, f.size());
        assertEquals("p 2, c 3", f.describe());
        assertThrows(IllegalArgumentException.class, () -> new FieldSplits(List.of("a", "b"),
                List.of(new int[] {1, 0}, new int[] {2})), "unsorted");
        assertThrows(IllegalArgumentException.class, () -> new FieldSplits(List.of("a b", "c"),
                List.of(new int[] {0}, new int[] {1})), "not an option name");
    }

    /**
     * A block Gauss-Seidel split of a convection-diffusion matrix into interleaved halves (AMG on one,
     * ILU on the other) converges to the solution of the whole system; the sub-solver options reach
     * the blocks (none is reported unused).
     */
    @Test
    void solvesACoupledSystemSplitIntoTwoBlocks() {
        PetscAvailable.assumeAvailable();
        SparseMatrix a = GridSystems.convectionDiffusion3d(12, 1.0, 0.5, 0.0);
        int n = a.size();
        int[] blockOf = new int[n];
        for (int i = 0; i < n; i++) {
            blockOf[i] = i % 3 == 0 ? 1 : 0;
        }
        double[] b = GridSystems.randomVector(n, 4);
        double[] x = new double[n];
        PetscOptions o = PetscOptions.of(KspType.GMRES, PcType.FIELDSPLIT).withTolerances(1e-10, 0)
                .withExtraOptions("-pc_fieldsplit_type multiplicative -fieldsplit_p_ksp_type preonly"
                        + " -fieldsplit_p_pc_type hypre -fieldsplit_c_ksp_type preonly -fieldsplit_c_pc_type ilu");
        try (PetscLinearSolver s = PetscLinearSolver.create(o, FieldSplits.of(List.of("p", "c"), blockOf))) {
            SolveReport r = s.solve(a, b, x);
            assertTrue(GridSystems.residualNorm(a, b, x) <= 1e-10 * GridSystems.norm(b) * 1.0001, r.toString());
            assertTrue(r.iterations() < 60, "iterations " + r.iterations());
            assertEquals(List.of(), s.ignoredOptions());
        }
    }

    @Test
    void fieldsplitWithoutBlocksIsRefused() {
        PetscAvailable.assumeAvailable();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PetscLinearSolver.create(PetscOptions.of(KspType.GMRES, PcType.FIELDSPLIT)));
        assertTrue(e.getMessage().contains("blocks"), e.getMessage());
    }
}
