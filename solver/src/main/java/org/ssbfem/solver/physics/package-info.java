/**
 * Small stateless weak-form terms giving residual and exact Jacobian side by side: diffusion with
 * a constant, position- or field-dependent coefficient, time derivative, body source, boundary
 * flux (Neumann / Robin), a linear interface conductance and Butler-Volmer kinetics (two-sided).
 * The time derivative and the Butler-Volmer term come in a consistent and a lumped (nodal) form
 * ({@link org.ssbfem.solver.physics.MassMatrix}).
 */
package org.ssbfem.solver.physics;
