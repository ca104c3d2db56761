package org.ssbfem.solver.testutil;

import org.ssbfem.solver.linalg.LinearSolver;
import org.ssbfem.solver.linalg.LinearSolverOptions;
import org.ssbfem.solver.linalg.LinearSolvers;
import org.ssbfem.solver.linalg.PreconditionerType;
import org.ssbfem.solver.linalg.SolverMethod;
import org.ssbfem.solver.nonlinear.Newton;

/** Linear and Newton solvers used by the FEM tests. */
public final class Solvers {
    private Solvers() {
    }

    /** CG + ILU(0), rtol 1e-12: symmetric positive definite systems. */
    public static LinearSolver cg() {
        return LinearSolvers.create(LinearSolverOptions.of(SolverMethod.CG, PreconditionerType.ILU0)
                .withTolerances(1e-12, 0.0).withMaxIterations(5000));
    }

    /** GMRES(50) + ILU(0), rtol 1e-12: nonsymmetric Jacobians. */
    public static LinearSolver gmres() {
        return LinearSolvers.create(LinearSolverOptions.of(SolverMethod.GMRES, PreconditionerType.ILU0)
                .withTolerances(1e-12, 0.0).withMaxIterations(5000));
    }

    /** Newton with the given linear solver, absolute tolerance {@code atol}, relative 1e-10. */
    public static Newton newton(LinearSolver linear, double atol) {
        return new Newton(linear, new Newton.Options(atol, 1e-10, 25, 10));
    }
}
