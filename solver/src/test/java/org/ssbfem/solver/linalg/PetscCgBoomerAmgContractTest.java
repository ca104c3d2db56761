package org.ssbfem.solver.linalg;

import org.junit.jupiter.api.BeforeEach;
import org.ssbfem.solver.linalg.petsc.KspType;
import org.ssbfem.solver.linalg.petsc.PcType;
import org.ssbfem.solver.linalg.petsc.PetscOptions;

/** The linear solver contract for PETSc CG + hypre BoomerAMG; skipped when PETSc is absent. */
class PetscCgBoomerAmgContractTest extends LinearSolverContract {
    @BeforeEach
    void needPetsc() {
        PetscContract.assumeAvailable();
    }

    @Override
    LinearSolver solver(double rtol, int maxIterations) {
        return PetscContract.solver(PetscOptions.of(KspType.CG, PcType.BOOMERAMG), rtol, maxIterations);
    }

    @Override
    boolean symmetricOnly() { return true; }
}
