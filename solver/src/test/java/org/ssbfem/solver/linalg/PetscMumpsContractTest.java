package org.ssbfem.solver.linalg;

import org.junit.jupiter.api.BeforeEach;
import org.ssbfem.solver.linalg.petsc.FactorSolver;
import org.ssbfem.solver.linalg.petsc.PetscOptions;

/** The linear solver contract for a MUMPS direct solve through PETSc; skipped when PETSc is absent. */
class PetscMumpsContractTest extends LinearSolverContract {
    @BeforeEach
    void needPetsc() {
        PetscContract.assumeAvailable();
    }

    @Override
    LinearSolver solver(double rtol, int maxIterations) {
        return PetscContract.solver(PetscOptions.direct(FactorSolver.MUMPS), rtol, maxIterations);
    }

    @Override
    boolean iterative() { return false; }
}
