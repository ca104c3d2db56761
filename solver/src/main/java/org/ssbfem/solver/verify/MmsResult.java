package org.ssbfem.solver.verify;

/**
 * Errors of one manufactured-solution solve.
 *
 * @param dofs unknowns (all fields)
 * @param errorL2 L2 norm of the error (all fields combined in quadrature)
 * @param errorH1 H1 seminorm of the error (likewise)
 */
public record MmsResult(long dofs, double errorL2, double errorH1) {
}
