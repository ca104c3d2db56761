/**
 * {@link org.ssbfem.solver.nonlinear.NonlinearProblem} (residual and Jacobian, no solver options)
 * and a short damped {@link org.ssbfem.solver.nonlinear.Newton} returning a
 * {@link org.ssbfem.solver.nonlinear.NewtonReport}.
 */
package org.ssbfem.solver.nonlinear;
