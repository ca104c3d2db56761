package org.ssbfem.solver.space;

import org.ssbfem.solver.fem.CellGeometry;
import org.ssbfem.solver.fem.LagrangeSimplex;
import org.ssbfem.solver.fem.PointSet;
import org.ssbfem.solver.fem.Tabulation;

/**
 * Evaluates a discrete field (value and physical gradient) at a fixed set of reference points of
 * any cell of its space: tabulations are built once, {@link #compute(int)} then allocates nothing.
 * Not thread-safe. Values carry the field's unit, gradients the field's unit per metre.
 */
public final class FieldEvaluator {
    private final FunctionSpace space;
    private final double[] dofValues;
    private final Tabulation field;
    private final Tabulation geometryTab;
    private final CellGeometry geometry;
    private final double[] gradBasis;
    private final double[] value;
    private final double[] grad;

    /**
     * @param space the field's space
     * @param dofValues the field's dof values, {@code space.dofCount()} (kept, not copied)
     * @param points reference points (cell or facet points)
     */
    public FieldEvaluator(FunctionSpace space, double[] dofValues, PointSet points) {
        if (dofValues.length != space.dofCount()) {
            throw new IllegalArgumentException(dofValues.length + " values for " + space.dofCount() + " dofs");
        }
        this.space = space;
        this.dofValues = dofValues;
        this.field = Tabulation.of(space.element(), points);
        this.geometry = new CellGeometry(space.mesh());
        this.geometryTab = Tabulation.of(LagrangeSimplex.of(space.mesh().dim(), space.mesh().order()), points);
        int nq = points.size();
        this.gradBasis = new double[nq * field.nodes() * points.dim()];
        this.value = new double[nq];
        this.grad = new double[nq * points.dim()];
    }

    /**
     * Evaluates the field on {@code cell}, which must belong to the space.
     *
     * @throws IllegalArgumentException for a cell outside the space
     */
    public void compute(int cell) {
        if (!space.hasCell(cell)) {
            throw new IllegalArgumentException("cell " + cell + " is not in " + space);
        }
        geometry.compute(cell, geometryTab);
        geometry.physicalGradients(field, gradBasis);
        int n = field.nodes();
        int dim = geometry.dim();
        double[] phi = field.values();
        java.util.Arrays.fill(value, 0.0);
        java.util.Arrays.fill(grad, 0.0);
        for (int a = 0; a < n; a++) {
            double u = dofValues[space.cellDof(cell, a)];
            for (int q = 0; q < value.length; q++) {
                value[q] += u * phi[q * n + a];
                for (int d = 0; d < dim; d++) {
                    grad[q * dim + d] += u * gradBasis[(q * n + a) * dim + d];
                }
            }
        }
    }

    /** Geometry of the last computed cell (points, weights, normals). */
    public CellGeometry geometry() { return geometry; }

    /** Number of points. */
    public int size() { return value.length; }

    /** Field value at point {@code q} of the last computed cell. */
    public double value(int q) { return value[q]; }

    /** Gradient component {@code d} at point {@code q} of the last computed cell, unit/m. */
    public double gradient(int q, int d) { return grad[q * geometry.dim() + d]; }
}
