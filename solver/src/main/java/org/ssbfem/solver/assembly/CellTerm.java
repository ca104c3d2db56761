package org.ssbfem.solver.assembly;

/** A term integrated over the cells of some regions (volume term). */
public interface CellTerm extends Term {
}
