/**
 * Function spaces restricted to named regions ({@link org.ssbfem.solver.space.FunctionSpace}), the
 * concatenation of several fields into one vector ({@link org.ssbfem.solver.space.FieldLayout}),
 * Dirichlet and merged dofs ({@link org.ssbfem.solver.space.Constraints}), and evaluation and
 * integration of discrete fields ({@link org.ssbfem.solver.space.FieldEvaluator},
 * {@link org.ssbfem.solver.space.Integrals}).
 */
package org.ssbfem.solver.space;
