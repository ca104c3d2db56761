package org.ssbfem.solver.linalg.petsc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Skips a test, with the reason, when PETSc cannot be loaded on this machine. */
final class PetscAvailable {
    private PetscAvailable() {
    }

    static void assumeAvailable() {
        assumeTrue(PetscLinearSolver.isAvailable(),
                () -> "PETSc is not available, test skipped: " + PetscLinearSolver.unavailableReason().orElse(""));
    }
}
