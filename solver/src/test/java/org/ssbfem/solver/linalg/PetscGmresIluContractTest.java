package org.ssbfem.solver.linalg;

import org.junit.jupiter.api.BeforeEach;
import org.ssbfem.solver.linalg.petsc.KspType;
import org.ssbfem.solver.linalg.petsc.PcType;
import org.ssbfem.solver.linalg.petsc.PetscOptions;

/** The linear solver contract for PETSc GMRES + ILU(0); skipped when PETSc is absent. */
class PetscGmresIluContractTest extends LinearSolverContract {
    @BeforeEach
    void needPetsc() {
        PetscContract.assumeAvailable();
    }

    @Override
    LinearSolver solver(double rtol, int maxIterations) {
        return PetscContract.solver(PetscOptions.of(KspType.GMRES, PcType.ILU), rtol, maxIterations);
    }
}
