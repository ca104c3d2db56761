package org.ssbfem.solver.assembly;

/**
 * A two-sided term integrated over the facets of an interface group, seeing the functions of the
 * cells on both sides (e.g. Butler-Volmer on CAM/SE faces, MODEL.md section 3). Its slots are
 * registered as {@link InterfaceSlot}s, each a field on the minus or plus side;
 * {@link QuadratureData#normal} points from the minus side into the plus side.
 */
public interface InterfaceTerm extends Term {
    /**
     * True when the term reads only the values of its fields at the facet's points (no gradients)
     * and writes only through them (test functions times values): the local dofs off the facet,
     * whose shape functions vanish there, then enter neither its residual nor its Jacobian, and the
     * assembler leaves their couplings out of the matrix pattern (entries it would write there are
     * rounding-level and dropped). Default false: every local dof of both cells couples.
     */
    default boolean traceOnly() {
        return false;
    }
}
