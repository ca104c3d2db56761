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
     * Quadrature degree the term needs for fields of polynomial degree {@code p} on cells of
     * geometric order {@code order}: 1 for straight cells (all cells of a first-order mesh, and the
     * cells of a second-order mesh whose edge nodes sit at edge midpoints), the mesh order for the
     * others. The assembler uses the highest over its terms for each kind of cell. The default,
     * {@code 2p + order - 1}, integrates mass and stiffness terms exactly on straight cells and
     * keeps the optimal convergence orders on curved ones (checked by the manufactured-solution
     * tests); terms with strongly nonlinear integrands (exponentials) ask for more.
     */
    default int quadratureDegree(int p, int order) {
        return 2 * p + order - 1;
    }

    /**
     * True when the term's Jacobian depends on nothing the assembler changes: not on the unknowns,
     * the time, the time-derivative shift or the history (a linear term with constant coefficients,
     * or a given source). When every term of an assembler says so, a Jacobian it assembled is
     * reused as long as the caller passes the same matrix with unchanged values. Default false.
     */
    default boolean constantJacobian() {
        return false;
    }

    /**
     * True when the residual is affine in the unknowns for fixed time, time-derivative shift and
     * history (so its Jacobian depends on those only): a linear term with coefficients that do not
     * depend on the unknowns, e.g. constant-coefficient diffusion, the time derivative, a source.
     * The assembler then assembles such cell terms once per time, shift and history and updates
     * their residual by a matrix-vector product during a Newton solve. Default: {@link #constantJacobian()}.
     */
    default boolean linearInUnknowns() {
        return constantJacobian();
    }

    /**
     * True when the residual depends on the unknowns alone (and the values of fixed unknowns): not
     * on the time, the time-derivative shift or the history, e.g. constant-coefficient diffusion
     * without a source. A cell term that is also {@link #linearInUnknowns()} is then assembled once
     * and kept while the fixed values stay the same. Default false.
     */
    default boolean timeInvariant() {
        return false;
    }

    /**
     * True when the residual is {@code shift M (u - h)} ({@link QuadratureData#shiftPerS()},
     * {@link QuadratureData#history}) with a matrix M that depends on nothing the assembler changes:
     * a time derivative with a constant mass matrix. A cell term that says so, on fields without
     * fixed or merged unknowns, has M assembled once; a new time step then costs a scaling and a
     * matrix-vector product instead of a pass over the cells. Default false.
     */
    default boolean scaledByShift() {
        return false;
    }

    /**
     * True when {@link #add} may run on several threads at once for different cells (each call
     * with its own {@code in} and {@code out}): the term and everything it calls (coefficients,
     * functions of position) keep no mutable state, or keep it per thread. The assembler runs its
     * cell loop on one thread when a cell term says false. Default true: terms are stateless.
     */
    default boolean threadSafe() {
        return true;
    }

    /** Adds the residual and, if {@code out.wantsJacobian()}, the Jacobian at the given data. */
    void add(QuadratureData in, LocalSystem out);
}
