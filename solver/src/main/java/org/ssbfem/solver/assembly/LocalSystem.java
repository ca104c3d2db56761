package org.ssbfem.solver.assembly;

/**
 * Where a term adds its contributions for one cell or facet: residual entries of the test
 * functions of a slot, and Jacobian entries d(residual of slot rs, function a) / d(dof b of slot cs).
 * The {@link Assembler} scatters them into the reduced system.
 */
public interface LocalSystem {
    /** Adds {@code v} to the residual of test function {@code a} of slot {@code s}. */
    void addResidual(int s, int a, double v);

    /** Adds {@code v} to the Jacobian entry (slot rs, function a; slot cs, dof b). */
    void addJacobian(int rs, int a, int cs, int b, double v);

    /** False when only the residual is assembled: terms may then skip Jacobian work. */
    boolean wantsJacobian();
}
