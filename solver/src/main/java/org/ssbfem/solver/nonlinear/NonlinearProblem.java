package org.ssbfem.solver.nonlinear;

import org.ssbfem.solver.linalg.SparseMatrix;
import org.ssbfem.solver.linalg.SparsityPattern;

/**
 * A system of equations {@code F(u) = 0} in reduced unknowns with its exact Jacobian. It holds no
 * solver options, so it can be checked by finite differences (Taylor test) and reused in steady
 * and transient runs. Implementations do not modify {@code u}.
 */
public interface NonlinearProblem {
    /** Number of unknowns. */
    int size();

    /** Pattern of the Jacobian, fixed for the problem's lifetime. */
    SparsityPattern jacobianPattern();

    /** Writes {@code F(u)} into {@code residual}. */
    void residual(double[] u, double[] residual);

    /** Writes {@code F(u)} into {@code residual} and {@code dF/du} into {@code jacobian} (overwritten). */
    void residualAndJacobian(double[] u, double[] residual, SparseMatrix jacobian);

    /**
     * The rounding floor of the residual norm at the state of the last
     * {@link #residualAndJacobian} call, e.g. {@code eps ||(|J| |u|)||_2}: the size of the
     * cancellation error of the assembled sums, below which no solver can push the residual.
     * {@link Newton} counts a residual under {@link Newton#FLOOR_FACTOR} times this as converged.
     * Default 0 (no floor known).
     */
    default double residualFloor() { return 0.0; }
}
