package org.ssbfem.solver.assembly;

/**
 * A weak-form term that adds its residual and, side by side, its exact Jacobian. Terms are small,
 * stateless (or immutable) physics classes; where they act (cells of some regions, a boundary, an
 * interface) and on which fields (the slots) is decided when they are registered with the
 * {@link AssemblerBuilder}. Sign convention: the residual is {@code F(u) = 0} with the flux terms
 * positive, e.g. {@code int k grad u . grad v - int f v} for {@code -div(k grad u) = f}.
 */
public interface Term {
    /** Number of fields (slots) the term reads, in order. */
    int slots();

    /**
     * Quadrature degree the term needs for fields of polynomial degree {@code p} on a mesh of
     * geometric order {@code order}; the assembler uses the highest over its terms. The default,
     * {@code 2p + order - 1}, integrates mass and stiffness terms exactly on straight cells and
     * keeps the optimal convergence orders on curved ones (checked by the manufactured-solution
     * tests); terms with strongly nonlinear integrands (exponentials) ask for more.
     */
    default int quadratureDegree(int p, int order) {
        return 2 * p + order - 1;
    }

    /** Adds the residual and, if {@code out.wantsJacobian()}, the Jacobian at the given data. */
    void add(QuadratureData in, LocalSystem out);
}
