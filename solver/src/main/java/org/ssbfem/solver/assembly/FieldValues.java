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
     * at the same points) from the global vectors {@code full} and {@code history}.
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
            hLocal[a] = history[g];
        }
        for (int q = 0; q < size; q++) {
            double v = 0;
            double h = 0;
            for (int a = 0; a < n; a++) {
                v += phi[q * n + a] * uLocal[a];
                h += phi[q * n + a] * hLocal[a];
            }
            u[q] = v;
            hist[q] = h;
            for (int i = 0; i < dim; i++) {
                double s = 0;
                for (int a = 0; a < n; a++) {
                    s += grad[(q * n + a) * dim + i] * uLocal[a];
                }
                gradU[q * dim + i] = s;
            }
        }
    }
}
