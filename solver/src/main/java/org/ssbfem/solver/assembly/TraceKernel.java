package org.ssbfem.solver.assembly;

import java.util.Arrays;
import java.util.List;
import org.ssbfem.solver.fem.CellGeometry;

/**
 * Runs trace-only interface terms over a range of facets on one thread, from the facets'
 * {@link TraceDofs}: per facet it gathers the {@code width} solution entries, interpolates them at
 * the points with the shared facet tables, lets every term add into a local system of the facet's
 * entries, and scatters that through the facet's matrix positions. The integration weights are
 * the loop's kept ones; cell geometry is computed only if a term reads positions or normals.
 * Scratch of one thread (the loop's or a worker's {@link Workspace}); not thread-safe.
 */
final class TraceKernel implements InterfaceLoop.Kernel {
    private final InterfaceLoop loop;
    private final TraceDofs trace;
    private final Workspace ws;
    private final TraceBinding[] bound;
    private final int width;
    private final int points;
    private final double[] weights;
    private final boolean[] noFields;
    /** Nodal values of the current facet's entries, and of the history (when read). */
    final double[] coef;
    final double[] historyCoef;
    /** Values at the points, {@code [u * points + q]}, and of the history (when read). */
    final double[] values;
    final double[] historyValues;
    /** The local system: residual of each entry, Jacobian {@code [i * width + j]}. */
    final double[] residual;
    final double[] jacobian;
    private final int[] rows;
    private final int[] order;
    private final int[] scratch;
    int facet;
    private int weightBase;
    private boolean historyReady;
    private boolean geometryReady;

    /**
     * @param regs the loop's registrations (terms with their slots' fields and sides)
     * @param weights the facets' integration weights, {@code [f * points + q]}
     */
    TraceKernel(InterfaceLoop loop, TraceDofs trace, Workspace ws, List<AssemblerBuilder.InterfaceReg> regs,
                double[] weights, int points) {
        this.loop = loop;
        this.trace = trace;
        this.ws = ws;
        this.width = trace.width();
        this.points = points;
        this.weights = weights;
        this.noFields = new boolean[ws.sides[0].fields.length];
        this.coef = new double[width];
        this.historyCoef = new double[width];
        this.values = new double[trace.units() * points];
        this.historyValues = new double[trace.units() * points];
        this.residual = new double[width];
        this.jacobian = new double[width * width];
        this.rows = new int[width];
        this.order = new int[2 * width];
        this.scratch = new int[width * width];
        this.bound = new TraceBinding[regs.size()];
        for (int k = 0; k < bound.length; k++) {
            AssemblerBuilder.InterfaceReg reg = regs.get(k);
            int[] units = new int[reg.fields().length];
            for (int s = 0; s < units.length; s++) {
                units[s] = trace.unitOf(reg.sides()[s], reg.fields()[s]);
            }
            bound[k] = new TraceBinding(reg.term(), units, this, trace, ws.local);
        }
    }

    @Override
    public void run(int from, int to, CellPositions table) {
        double[] full = ws.full;
        boolean jac = ws.values != null;
        for (int f = from; f < to; f++) {
            facet = f;
            weightBase = f * points;
            historyReady = false;
            geometryReady = false;
            for (int t = 0; t < width; t++) {
                coef[t] = full[trace.dof(f, t)];
            }
            interpolate(coef, values);
            Arrays.fill(residual, 0.0);
            if (jac) {
                Arrays.fill(jacobian, 0.0);
            }
            for (TraceBinding b : bound) {
                b.run();
            }
            scatter(f, f - from, table, jac);
        }
    }

    /** {@code out[u * points + q] = sum_k psi_k(q) nodal[offset(u) + k]} for every unit. */
    private void interpolate(double[] nodal, double[] out) {
        for (int u = 0; u < trace.units(); u++) {
            double[] psi = trace.tabulation(u).values();
            int m = trace.size(u);
            int o = trace.offset(u);
            for (int q = 0; q < points; q++) {
                double v = 0;
                for (int k = 0, p = q * m; k < m; k++) {
                    v += psi[p + k] * nodal[o + k];
                }
                out[u * points + q] = v;
            }
        }
    }

    private void scatter(int f, int entity, CellPositions table, boolean jac) {
        double[] out = ws.residual;
        int base = ws.rowBase;
        int[] reducedOf = ws.reducedOf;
        for (int t = 0; t < width; t++) {
            int r = reducedOf[trace.dof(f, t)];
            rows[t] = r;
            if (r >= 0) {
                out[r - base] += residual[t];
            }
        }
        if (!jac) {
            return;
        }
        int[] pos = table.positions(entity, rows, null, order, scratch);
        int offset = table.offset(entity);
        double[] values = ws.values;
        int vb = ws.valueBase;
        for (int i = 0, l = 0; i < width; i++) {
            if (rows[i] < 0) {
                l += width;
                continue;
            }
            for (int j = 0, p = offset + i * width; j < width; j++, l++) {
                int k = pos[p + j];
                if (k >= 0) {
                    values[k - vb] += jacobian[l];
                }
            }
        }
    }

    /** Integration weight of point {@code q} of the current facet. */
    double weight(int q) { return weights[weightBase + q]; }

    /** History values at the points (zero while no history was set), gathered on first use per facet. */
    double[] history() {
        if (!historyReady) {
            double[] h = ws.historyOrNull();
            for (int t = 0; t < width; t++) {
                historyCoef[t] = h == null ? 0.0 : h[trace.dof(facet, t)];
            }
            interpolate(historyCoef, historyValues);
            historyReady = true;
        }
        return historyValues;
    }

    /** History coefficients of the current facet's entries (see {@link #history()}). */
    double[] historyCoefficients() {
        history();
        return historyCoef;
    }

    /** The minus side's geometry at the current facet's points (computed on first use per facet). */
    CellGeometry geometry() {
        SideData side = ws.sides[0];
        if (!geometryReady) {
            side.compute(loop.cell(facet, 0), loop.cellTabulations(facet, 0), noFields, null, null, true);
            geometryReady = true;
        }
        return side.geometry();
    }

    /** Name of the minus side's region. */
    String region() { return loop.minusRegion(facet); }

    int points() { return points; }

    /** Spatial dimension. */
    int geometryDim() { return ws.sides[0].dim(); }
}
