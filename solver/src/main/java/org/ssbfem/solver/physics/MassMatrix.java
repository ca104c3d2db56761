package org.ssbfem.solver.physics;

import java.util.Locale;

/**
 * How the mass-type integrals of a transient reaction-diffusion problem are formed: the mass matrix
 * {@code int phi_a phi_b dV} of a time derivative ({@link TimeDerivative}) and the rate constant in
 * the reaction integral {@code int i0(c) g(eta) phi_a dA} of an interface term ({@link ButlerVolmer}).
 *
 * <ul>
 *   <li>{@link #CONSISTENT}: exactly, by the quadrature. Optimal in L2 for every degree, but not
 *       monotone: after a change of boundary flux the discrete solution under- and overshoots
 *       next to the boundary while {@code dt << h^2 / D} (for lithiation: x below x_0, and above 1
 *       near a saturating surface), and a facet node keeps receiving the reaction current of its
 *       neighbours after its own exchange current has vanished.</li>
 *   <li>{@link #LUMPED}: nodal. The mass matrix becomes its row sums on the diagonal,
 *       {@code m_a = int phi_a dV} (for P1 the vertex rule); the exchange current of node a's
 *       reaction integral is that of its own nodal value, {@code int i0(c_a) g(eta) phi_a dA}.
 *       Positive and local for P1, so a node takes up only what its own rate and its neighbours'
 *       diffusion give it (the discrete maximum principle holds wherever the stiffness matrix has
 *       one, on non-obtuse meshes); L2 convergence stays of order 2 for P1 ({@code ssbfem
 *       verify}). For P2 the row sums of the corner functions are zero (triangles) or negative
 *       (tetrahedra): not usable there.</li>
 * </ul>
 */
public enum MassMatrix {
    /** The exact (consistent) mass matrix. */
    CONSISTENT,
    /** The row-sum lumped (diagonal) mass matrix; P1 only. */
    LUMPED;

    /** The default for Lagrange degree {@code p}: lumped for P1, consistent otherwise. */
    public static MassMatrix defaultFor(int degree) {
        return degree == 1 ? LUMPED : CONSISTENT;
    }

    /** True when this mass matrix can be used with Lagrange degree {@code p} (lumping needs P1). */
    public boolean supports(int degree) {
        return this == CONSISTENT || degree == 1;
    }

    /** The case-file spelling: {@code consistent} or {@code lumped}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
