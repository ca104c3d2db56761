package org.ssbfem.solver.assembly;

/**
 * A two-sided term integrated over the facets of an interface group, seeing the functions of the
 * cells on both sides (e.g. Butler-Volmer on CAM/SE faces, MODEL.md section 3). Its slots are
 * registered as {@link InterfaceSlot}s, each a field on the minus or plus side;
 * {@link QuadratureData#normal} points from the minus side into the plus side.
 */
public interface InterfaceTerm extends Term {
}
