package org.ssbfem.solver.assembly;

/**
 * A term integrated over the facets of a boundary group, using the adjacent cell's functions;
 * {@link QuadratureData#normal} points out of that cell.
 */
public interface BoundaryTerm extends Term {
}
