package org.ssbfem.solver.linalg;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.ssbfem.solver.linalg.petsc.PetscLinearSolver;
import org.ssbfem.solver.linalg.petsc.PetscOptions;

/** Shared set-up of the PETSc contract tests. */
final class PetscContract {
    private PetscContract() {
    }

    static void assumeAvailable() {
        assumeTrue(PetscLinearSolver.isAvailable(),
                () -> "PETSc is not available, test skipped: " + PetscLinearSolver.unavailableReason().orElse(""));
    }

    /** A solver released by the garbage collector: the contract does not close its solvers. */
    static LinearSolver solver(PetscOptions o, double rtol, int maxIterations) {
        return PetscLinearSolver.create(o.withTolerances(rtol, 0).withMaxIterations(maxIterations));
    }
}
