package org.ssbfem.solver.assembly;

import org.ssbfem.solver.fem.CellGeometry;
import org.ssbfem.solver.fem.Tabulation;
import org.ssbfem.solver.space.FunctionSpace;

/**
 * Scratch values of one field on one cell side at the current points: shape functions, physical
 * gradients, the field and its history at the points, and the global indices of the local dofs.
 * Overwritten per cell; allocates only when a larger point set appears.
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
    double[] grad = new double[0];
    double[] u = new double[0];
    double[] gradU = new double[0];
    double[] hist = new double[0];
    int size;

    FieldValues(FunctionSpace space, int globalOffset) {
        this.space = space;
        this.globalOffset = globalOffset;
        this.n = space.dofsPerCell();
        this.dim = space.mesh().dim();
        this.globalDofs = new int[n];
        this.uLocal = new double[n];
        this.hLocal = new double[n];
    }

    /**
     * Evaluates the field on {@code cell} at the points of {@code tab} (geometry already computed
     * at the same points) from the global vectors {@code full} and {@code history} (null: no
     * history was ever set, the history values stay zero).
     */
    void compute(int cell, Tabulation tab, CellGeometry geometry, double[] full, double[] history) {
        size = tab.size();
        if (u.length < size) {
            grad = new double[size * n * dim];
            u = new double[size];
            gradU = new double[size * dim];
            hist = new double[size];
        }
        phi = tab.values();
        geometry.physicalGradients(tab, grad);
        for (int a = 0; a < n; a++) {
            int g = globalOffset + space.cellDof(cell, a);
            globalDofs[a] = g;
            uLocal[a] = full[g];
        }
        interpolate(uLocal, u);
        if (history != null) {
            for (int a = 0; a < n; a++) {
                hLocal[a] = history[globalDofs[a]];
            }
            interpolate(hLocal, hist);
        }
        for (int q = 0; q < size; q++) {
            for (int i = 0; i < dim; i++) {
                double s = 0;
                for (int a = 0, o = q * n * dim + i; a < n; a++, o += dim) {
                    s += grad[o] * uLocal[a];
                }
                gradU[q * dim + i] = s;
            }
        }
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
