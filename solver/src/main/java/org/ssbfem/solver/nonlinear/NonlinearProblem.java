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
}
