/**
 * Small stateless weak-form terms giving residual and exact Jacobian side by side: diffusion with
 * a constant, position- or field-dependent coefficient, time derivative, body source, boundary
 * flux (Neumann / Robin) and a linear interface conductance (two-sided).
 */
package org.ssbfem.solver.physics;
