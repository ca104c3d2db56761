package org.ssbfem.solver.assembly;

import org.ssbfem.solver.fem.CellGeometry;
import org.ssbfem.solver.fem.Tabulation;
import org.ssbfem.solver.space.FunctionSpace;

/**
 * Scratch values of one field on one cell side at the current points: shape functions, physical
 * gradients, the field and its history at the points, and the global indices of the local dofs.
 * Overwritten per cell; allocates only when a larger point set appears. Values are computed with
 * the cell; gradients and history only when a term first asks for them on that cell (a residual of
 * Butler-Volmer reads no gradient, only the time derivative reads the history).
 */
final class FieldValues {
    final FunctionSpace space;
    final int globalOffset;
    final int n;
    final int dim;
    final int[] globalDofs;
    private final double[] uLocal;
    private final double[] hLocal;
    double[] phi;
    private double[] grad = new double[0];
    double[] u = new double[0];
    private double[] gradU = new double[0];
    private double[] hist = new double[0];
    int size;
    private Tabulation tab;
    private final SideData owner;
    private double[] history;
    private boolean gradReady;
    private boolean histReady;

    /** @param owner the side whose geometry the gradients use */
    FieldValues(FunctionSpace space, int globalOffset, SideData owner) {
        this.owner = owner;
        this.space = space;
        this.globalOffset = globalOffset;
        this.n = space.dofsPerCell();
        this.dim = space.mesh().dim();
        this.globalDofs = new int[n];
        this.uLocal = new double[n];
        this.hLocal = new double[n];
    }

    /**
     * Evaluates the field on {@code cell} at the points of {@code tab} (the owner's geometry is
     * on the same cell and points) from the global vectors {@code full} and {@code history} (null:
     * no history was ever set, the history values stay zero).
     */
    void compute(int cell, Tabulation tab, double[] full, double[] history) {
        size = tab.size();
        if (u.length < size) {
            grad = new double[size * n * dim];
            u = new double[size];
            gradU = new double[size * dim];
            hist = new double[size];
        }
        this.tab = tab;
        this.history = history;
        phi = tab.values();
        for (int a = 0; a < n; a++) {
            int g = globalOffset + space.cellDof(cell, a);
            globalDofs[a] = g;
            uLocal[a] = full[g];
        }
        interpolate(uLocal, u);
        gradReady = false;
        histReady = false;
    }

    /** Physical gradients of the shape functions, {@code [(q * n + a) * dim + i]}. */
    double[] grad() {
        if (!gradReady) {
            computeGradients();
        }
        return grad;
    }

    /** Gradient of the field, {@code [q * dim + i]}. */
    double[] gradU() {
        if (!gradReady) {
            computeGradients();
        }
        return gradU;
    }

    /** The table of shape functions at the current points (shared by all entities of one arrangement). */
    Tabulation tabulation() { return tab; }

    /** The field's coefficient (nodal value) of local dof {@code a}. */
    double coefficient(int a) { return uLocal[a]; }

    /** The history's coefficient of local dof {@code a} (zero when no history was set). */
    double historyCoefficient(int a) {
        if (!histReady) {
            hist();
        }
        return history != null ? hLocal[a] : 0.0;
    }

    /** History values at the points (zero when no history was set). */
    double[] hist() {
        if (!histReady) {
            if (history != null) {
                for (int a = 0; a < n; a++) {
                    hLocal[a] = history[globalDofs[a]];
                }
                interpolate(hLocal, hist);
            } else {
                java.util.Arrays.fill(hist, 0, size, 0.0);
            }
            histReady = true;
        }
        return hist;
    }

    private void computeGradients() {
        CellGeometry g = owner.geometry();
        if (size > 1 && dim == 3 && g.straight() && tab.constantGradients()) {
            computeConstantGradients(g);
            return;
        }
        g.physicalGradients(tab, grad);
        for (int q = 0; q < size; q++) {
            for (int i = 0; i < dim; i++) {
                double s = 0;
                for (int a = 0, o = q * n * dim + i; a < n; a++, o += dim) {
                    s += grad[o] * uLocal[a];
                }
                gradU[q * dim + i] = s;
            }
        }
        gradReady = true;
    }

    /**
     * Straight tetrahedron, reference gradients equal at every point: the gradients of point 0
     * (same arithmetic as {@link CellGeometry#physicalGradients}) copied to the others.
     */
    private void computeConstantGradients(CellGeometry g) {
        double m00 = g.inverseJacobian(0, 0, 0), m01 = g.inverseJacobian(0, 0, 1), m02 = g.inverseJacobian(0, 0, 2);
        double m10 = g.inverseJacobian(0, 1, 0), m11 = g.inverseJacobian(0, 1, 1), m12 = g.inverseJacobian(0, 1, 2);
        double m20 = g.inverseJacobian(0, 2, 0), m21 = g.inverseJacobian(0, 2, 1), m22 = g.inverseJacobian(0, 2, 2);
        double[] ref = tab.gradients();
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        for (int o = 0, a = 0; a < n; a++, o += 3) {
            double g0 = ref[o];
            double g1 = ref[o + 1];
            double g2 = ref[o + 2];
            double p0 = g0 * m00 + g1 * m10 + g2 * m20;
            double p1 = g0 * m01 + g1 * m11 + g2 * m21;
            double p2 = g0 * m02 + g1 * m12 + g2 * m22;
            grad[o] = p0;
            grad[o + 1] = p1;
            grad[o + 2] = p2;
            s0 += p0 * uLocal[a];
            s1 += p1 * uLocal[a];
            s2 += p2 * uLocal[a];
        }
        gradU[0] = s0;
        gradU[1] = s1;
        gradU[2] = s2;
        int block = n * 3;
        for (int q = 1; q < size; q++) {
            System.arraycopy(grad, 0, grad, q * block, block);
            System.arraycopy(gradU, 0, gradU, q * 3, 3);
        }
        gradReady = true;
    }

    /** {@code out[q] = sum_a phi_a(q) local[a]}. */
    private void interpolate(double[] local, double[] out) {
        for (int q = 0; q < size; q++) {
            double v = 0;
            for (int a = 0, o = q * n; a < n; a++) {
                v += phi[o + a] * local[a];
            }
            out[q] = v;
        }
    }
}
