package org.ssbfem.solver.space;

import org.ssbfem.solver.fem.CellGeometry;
import org.ssbfem.solver.fem.LagrangeSimplex;
import org.ssbfem.solver.fem.PointSet;
import org.ssbfem.solver.fem.Tabulation;

/**
 * Evaluates a discrete field (value and physical gradient) at a fixed set of reference points of
 * any cell of its space: tabulations are built once, {@link #compute(int)} then allocates nothing;
 * gradients are computed on first use per cell, first-order meshes take the affine geometry path.
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
    /** First-order mesh: every cell has an affine map, the geometry takes the straight path. */
    private final boolean firstOrder;
    private int cell = -1;
    private boolean gradReady;

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
        this.firstOrder = space.mesh().order() == 1;
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
        geometry.compute(cell, geometryTab, firstOrder);
        this.cell = cell;
        gradReady = false;
        int n = field.nodes();
        double[] phi = field.values();
        java.util.Arrays.fill(value, 0.0);
        for (int a = 0; a < n; a++) {
            double u = dofValues[space.cellDof(cell, a)];
            for (int q = 0; q < value.length; q++) {
                value[q] += u * phi[q * n + a];
            }
        }
    }

    /** The physical gradients of the last computed cell, on first use after {@link #compute}. */
    private void gradients() {
        geometry.physicalGradients(field, gradBasis);
        int n = field.nodes();
        int dim = geometry.dim();
        java.util.Arrays.fill(grad, 0.0);
        for (int a = 0; a < n; a++) {
            double u = dofValues[space.cellDof(cell, a)];
            for (int q = 0; q < value.length; q++) {
                for (int d = 0; d < dim; d++) {
                    grad[q * dim + d] += u * gradBasis[(q * n + a) * dim + d];
                }
            }
        }
        gradReady = true;
    }

    /** Geometry of the last computed cell (points, weights, normals). */
    public CellGeometry geometry() { return geometry; }

    /** Number of points. */
    public int size() { return value.length; }

    /** Field value at point {@code q} of the last computed cell. */
    public double value(int q) { return value[q]; }

    /** Gradient component {@code d} at point {@code q} of the last computed cell, unit/m. */
    public double gradient(int q, int d) {
        if (!gradReady) {
            gradients();
        }
        return grad[q * geometry.dim() + d];
    }
}
