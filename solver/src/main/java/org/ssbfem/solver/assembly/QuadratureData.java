package org.ssbfem.solver.assembly;

/**
 * What a term reads at the quadrature points of one cell, boundary facet or interface facet: the
 * geometry and, for each of its slots (the fields it was registered with, in order), the shape
 * functions and the current field values. Supplied by the {@link Assembler}; valid only during
 * {@link Term#add}. Units: positions m, weights m^dim (cells) or m^(dim-1) (facets), gradients
 * per metre, values in the field's unit.
 */
public interface QuadratureData {
    /** Spatial dimension (2 or 3). */
    int dim();

    /** Number of quadrature points. */
    int points();

    /** Integration weight of point {@code q} (includes |det J|, or the facet area element). */
    double weight(int q);

    /** Coordinate {@code i} (0 = x, 1 = y, 2 = z) of point {@code q}, m. */
    double x(int q, int i);

    /**
     * Component {@code i} of the unit normal at facet point {@code q}: out of the domain for
     * boundary terms, out of the minus side into the plus side for interface terms (undefined
     * for cell terms).
     */
    double normal(int q, int i);

    /** Name of the region of the cell (of the minus side's cell for interface terms). */
    String region();

    /** Number of shape functions (local dofs) of slot {@code s}. */
    int dofs(int s);

    /** Shape function {@code a} of slot {@code s} at point {@code q}. */
    double phi(int s, int q, int a);

    /** Component {@code i} of the gradient of shape function {@code a} of slot {@code s} at point {@code q}, 1/m. */
    double grad(int s, int q, int a, int i);

    /**
     * A token for the table of slot {@code s}'s shape functions at these points: two entities
     * (cells, facets of the same arrangement) whose tokens are the same object have the same
     * {@link #phi} values, so a term may cache what it derives from {@code phi} alone by it.
     */
    Object shapeKey(int s);

    /** Value of slot {@code s}'s field at point {@code q}. */
    double value(int s, int q);

    /** Component {@code i} of the gradient of slot {@code s}'s field at point {@code q}, unit/m. */
    double gradient(int s, int q, int i);

    /** Value of slot {@code s}'s history field ({@link Assembler#setHistory}) at point {@code q}. */
    double history(int s, int q);

    /**
     * Coefficient of shape function {@code a} of slot {@code s}'s field on this cell (for the
     * Lagrange elements here: the field's value at node {@code a}), in the field's unit. Nodal
     * (lumped) forms read it instead of recovering nodal values from the point values.
     */
    double coefficient(int s, int a);

    /** The same for slot {@code s}'s history field (zero while no history was set). */
    double historyCoefficient(int s, int a);

    /** Current time, s. */
    double timeS();

    /**
     * The time-derivative shift {@code a0 / dt} (1/s) of the current step: the time stepper
     * approximates {@code du/dt = shift * (u - history)}; zero for steady problems.
     */
    double shiftPerS();
}
