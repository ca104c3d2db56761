package org.ssbfem.solver.assembly;

/**
 * Where a term adds its contributions for one cell or facet: residual entries of the test
 * functions of a slot, and Jacobian entries d(residual of slot rs, function a) / d(dof b of slot cs).
 * The {@link Assembler} scatters them into the reduced system. The block methods add a whole
 * point's contribution in one call; the assembler implements them with tight loops over its arrays,
 * so terms stay plain and still fast.
 */
public interface LocalSystem {
    /** Adds {@code v} to the residual of test function {@code a} of slot {@code s}. */
    void addResidual(int s, int a, double v);

    /** Adds {@code v} to the Jacobian entry (slot rs, function a; slot cs, dof b). */
    void addJacobian(int rs, int a, int cs, int b, double v);

    /** False when only the residual is assembled: terms may then skip Jacobian work. */
    boolean wantsJacobian();

    /**
     * Adds {@code c (v . grad phi_a)} at point {@code q} to the residual of every test function a
     * of slot {@code s}, with {@code v = (vx, vy, vz)} ({@code vz} unused in 2D): the weak form of
     * the divergence of a flux {@code c v}, e.g. {@code v = grad u} and {@code c = w k}.
     *
     * @param in the data the term was given with this system
     */
    default void addFlux(QuadratureData in, int s, int q, double c, double vx, double vy, double vz) {
        for (int a = 0; a < in.dofs(s); a++) {
            double d = in.grad(s, q, a, 0) * vx + in.grad(s, q, a, 1) * vy;
            addResidual(s, a, c * (in.dim() > 2 ? d + in.grad(s, q, a, 2) * vz : d));
        }
    }

    /**
     * Adds {@code c grad phi_a . grad phi_b} at point {@code q} to the Jacobian entry (slot rs,
     * function a; slot cs, dof b) for every a and b: the stiffness block of one point.
     *
     * @param in the data the term was given with this system
     */
    default void addStiffness(QuadratureData in, int rs, int cs, int q, double c) {
        for (int a = 0; a < in.dofs(rs); a++) {
            for (int b = 0; b < in.dofs(cs); b++) {
                double s = 0;
                for (int i = 0; i < in.dim(); i++) {
                    s += in.grad(rs, q, a, i) * in.grad(cs, q, b, i);
                }
                addJacobian(rs, a, cs, b, c * s);
            }
        }
    }

    /**
     * Adds {@code c (v . grad phi_a) phi_b} at point {@code q} to the Jacobian entry (slot rs,
     * function a; slot cs, dof b) for every a and b, with the vector {@code v = (vx, vy, vz)}
     * ({@code vz} unused in 2D): e.g. the derivative of a flux {@code k(w) grad u} in w, with
     * {@code v = grad u} and {@code c = w dk/dw}.
     *
     * @param in the data the term was given with this system
     */
    default void addGradientValue(QuadratureData in, int rs, int cs, int q, double c, double vx, double vy,
                                  double vz) {
        for (int a = 0; a < in.dofs(rs); a++) {
            double s = in.grad(rs, q, a, 0) * vx + in.grad(rs, q, a, 1) * vy;
            double ca = c * (in.dim() > 2 ? s + in.grad(rs, q, a, 2) * vz : s);
            for (int b = 0; b < in.dofs(cs); b++) {
                addJacobian(rs, a, cs, b, ca * in.phi(cs, q, b));
            }
        }
    }

    /**
     * Adds {@code c phi_a phi_b} at point {@code q} to the Jacobian entry (slot rs, function a;
     * slot cs, dof b) for every a and b: the mass block of one point.
     *
     * @param in the data the term was given with this system
     */
    default void addMass(QuadratureData in, int rs, int cs, int q, double c) {
        for (int a = 0; a < in.dofs(rs); a++) {
            double ca = c * in.phi(rs, q, a);
            for (int b = 0; b < in.dofs(cs); b++) {
                addJacobian(rs, a, cs, b, ca * in.phi(cs, q, b));
            }
        }
    }
}
