package org.ssbfem.solver.linalg.petsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.InputError;

/** Case-file parsing and validation of {@link PetscOptions}; needs no PETSc. */
class PetscOptionsTest {
    @Test
    void fromMapReadsEveryKeyInAnyOrder() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("factor_solver", "MUMPS");
        m.put("pc", "lu");
        m.put("ksp", "preonly");
        m.put("rtol", 1e-8);
        m.put("atol", "1e-14");
        m.put("max_iterations", 50);
        m.put("reuse_preconditioner", true);
        m.put("options", " -mat_mumps_icntl_14 50 ");
        PetscOptions o = PetscOptions.fromMap(m);
        assertEquals(new PetscOptions(KspType.PREONLY, PcType.LU, FactorSolver.MUMPS, 1e-8, 1e-14, 50, true,
                "-mat_mumps_icntl_14 50"), o);
        assertEquals(PetscOptions.defaults(), PetscOptions.fromMap(Map.of()));
    }

    @Test
    void unknownNamesListTheValidOnes() {
        InputError e = assertThrows(InputError.class, () -> PetscOptions.fromMap(Map.of("ksp", "minres")));
        assertEquals("solver.petsc.ksp", e.where());
        assertTrue(e.fix().contains("cg, gmres, fgmres, bicgstab, preonly"), e.fix());
        e = assertThrows(InputError.class, () -> PetscOptions.fromMap(Map.of("pc", "amg")));
        assertEquals("solver.petsc.pc", e.where());
        assertTrue(e.fix().contains("boomeramg") && e.fix().contains("gamg") && e.fix().contains("bjacobi"), e.fix());
        e = assertThrows(InputError.class, () -> PetscOptions.fromMap(Map.of("pc", "lu", "factor_solver", "pardiso")));
        assertEquals("solver.petsc.factor_solver", e.where());
        assertTrue(e.fix().contains("petsc, mumps, superlu"), e.fix());
        e = assertThrows(InputError.class, () -> PetscOptions.fromMap(Map.of("restart", 30)));
        assertEquals("solver.petsc.restart", e.where());
    }

    @Test
    void meaninglessCombinationsAreRefused() {
        InputError e = assertThrows(InputError.class, () -> PetscOptions.of(KspType.PREONLY, PcType.BOOMERAMG));
        assertEquals("solver.petsc.ksp", e.where());
        e = assertThrows(InputError.class,
                () -> PetscOptions.of(KspType.CG, PcType.BOOMERAMG).withFactorSolver(FactorSolver.MUMPS));
        assertEquals("solver.petsc.factor_solver", e.where());
        e = assertThrows(InputError.class,
                () -> PetscOptions.of(KspType.GMRES, PcType.ILU).withFactorSolver(FactorSolver.MUMPS));
        assertTrue(e.problem().contains("no incomplete factorization"), e.problem());
    }

    @Test
    void valuesOutOfRangeNameTheirKey() {
        assertEquals("solver.petsc.rtol",
                assertThrows(InputError.class, () -> PetscOptions.defaults().withTolerances(1.5, 0)).where());
        assertEquals("solver.petsc.atol",
                assertThrows(InputError.class, () -> PetscOptions.defaults().withTolerances(1e-8, -1)).where());
        assertEquals("solver.petsc.max_iterations",
                assertThrows(InputError.class, () -> PetscOptions.defaults().withMaxIterations(0)).where());
        assertEquals("solver.petsc.reuse_preconditioner", assertThrows(InputError.class,
                () -> PetscOptions.fromMap(Map.of("reuse_preconditioner", "yes"))).where());
        assertEquals("solver.petsc.options", assertThrows(InputError.class,
                () -> PetscOptions.defaults().withExtraOptions("pc_type lu")).where());
    }

    @Test
    void extraOptionNamesSkipValuesAndNegativeNumbers() {
        PetscOptions o = PetscOptions.defaults()
                .withExtraOptions("-ksp_gmres_restart 50  -pc_factor_shift_amount -1e-3 -ksp_view");
        assertEquals(List.of("-ksp_gmres_restart", "-pc_factor_shift_amount", "-ksp_view"), o.extraOptionNames());
    }

    @Test
    void missingPetscIsAnInputErrorSayingHowToInstall() {
        InputError e = PetscLinearSolver.unavailable("PETSc was not found; tried petsc_real");
        assertEquals("solver.backend", e.where());
        assertTrue(e.problem().startsWith("petsc was requested"), e.problem());
        assertTrue(e.problem().contains("tried petsc_real"), e.problem());
        assertTrue(e.fix().contains("sudo apt-get install petsc-dev"), e.fix());
        assertTrue(e.fix().contains("libpetsc-real3.18"), e.fix());
    }

    @Test
    void describeNamesMethodPreconditionerAndPackage() {
        assertEquals("PETSc cg + boomeramg, rtol 1.0E-10", PetscOptions.of(KspType.CG, PcType.BOOMERAMG).describe());
        assertEquals("PETSc LU (mumps), rtol 1.0E-10, reused preconditioner",
                PetscOptions.direct(FactorSolver.MUMPS).withReusePreconditioner(true).describe());
    }
}
