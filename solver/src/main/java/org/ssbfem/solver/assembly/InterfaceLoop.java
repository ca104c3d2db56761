package org.ssbfem.solver.assembly;

import java.util.List;
import java.util.concurrent.Future;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.fem.FacetPoints;
import org.ssbfem.solver.fem.FacetSides;
import org.ssbfem.solver.fem.Tabulation;
import org.ssbfem.solver.fem.VertexCells;
import org.ssbfem.solver.linalg.SparsityPattern;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;

/**
 * The loop over the facets of one interface group for the two-sided terms registered on it with
 * the same minus regions. Per facet: both cells' geometry and fields at the same physical points
 * (placed by the facet's vertex order, tabulated once per vertex arrangement), one local system
 * over both sides, one scatter of the entries of the fields read on each side through the facet's
 * matrix positions ({@link CellPositions}). When every term is trace-only, the facets run on their
 * own dofs instead ({@link TraceDofs}, {@link TraceKernel}): the integration weights are computed
 * once and kept, and no cell data is computed per assembly unless a term reads positions or
 * normals.
 *
 * <p>On two or more threads, with at least {@value #MIN_PARALLEL_FACETS} facets and thread-safe
 * terms, the second half of the facets runs on a worker thread ({@link InterfaceWorker}).
 */
final class InterfaceLoop {
    /**
     * Fewest facets split between two threads: a facet costs a few microseconds, handing work to a
     * thread some tens.
     */
    static final int MIN_PARALLEL_FACETS = 256;

    private final FieldLayout layout;
    private final Mesh mesh;
    private final String group;
    private final FacetSides sides;
    private final FacetPoints facetPoints;
    private final int[] minusSide;
    private final boolean[][] needed;
    private final Tabulation[][] tabs;
    private final int[] arrangement;
    private final int[] active;
    private final int lo;
    private final int hi;
    private final List<AssemblerBuilder.InterfaceReg> regs;
    /** The facets' own dofs when every term is trace-only and they match the cells' functions; else null. */
    private final TraceDofs trace;
    /**
     * With trace-only terms, the integration weights of every facet's points ({@code [f * points +
     * q]}, from the minus side's geometry, which is then not computed per assembly); else null.
     */
    private final double[] weights;
    private final int points;
    private CellPositions positions;
    private Kernel kernel;
    private int mainEnd;
    private InterfaceWorker worker;
    private WorkerPool pool;

    InterfaceLoop(FieldLayout layout, String group, boolean[] minusRegions, List<AssemblerBuilder.InterfaceReg> regs,
                  Workspace ws, VertexCells vertexCells, int degree) {
        this.layout = layout;
        this.mesh = layout.mesh();
        this.group = group;
        this.regs = List.copyOf(regs);
        this.sides = FacetSides.of(mesh, mesh.facets(group), vertexCells);
        this.facetPoints = new FacetPoints(mesh.dim(), degree);
        this.minusSide = new int[sides.count()];
        this.needed = new boolean[2][layout.fieldCount()];
        for (AssemblerBuilder.InterfaceReg reg : regs) {
            for (int s = 0; s < reg.fields().length; s++) {
                needed[reg.sides()[s]][reg.fields()[s]] = true;
            }
        }
        orient(minusRegions);
        checkFields(layout);
        this.arrangement = new int[2 * sides.count()];
        this.tabs = new Tabulation[facetPoints.arrangements()][];
        for (int f = 0; f < sides.count(); f++) {
            for (int s = 0; s < 2; s++) {
                int raw = s == 0 ? minusSide[f] : 1 - minusSide[f];
                int o = sides.localVertexOffset(f, raw);
                int key = facetPoints.arrangement(sides.localVertices(), o);
                arrangement[2 * f + s] = key;
                if (tabs[key] == null) {
                    tabs[key] = ws.sides[0].tabulations(facetPoints.points(sides.localVertices(), o));
                }
            }
        }
        int[] minus = ws.local.entries(0, needed[0]);
        int[] plus = ws.local.entries(1, needed[1]);
        this.active = java.util.Arrays.copyOf(minus, minus.length + plus.length);
        System.arraycopy(plus, 0, active, minus.length, plus.length);
        this.lo = active.length == 0 ? 0 : active[0];
        this.hi = active.length == 0 ? 0 : active[active.length - 1] + 1;
        this.trace = regs.stream().allMatch(r -> r.term().traceOnly()) ? TraceDofs.of(layout, this, needed, degree)
                : null;
        this.points = sides.count() == 0 ? 0 : tabs[arrangement[0]][mesh.order()].size();
        this.weights = trace == null ? null : weights(ws.sides[0], layout.fieldCount());
    }

    /** The minus sides' integration weights of every facet's points (trace-only terms read no other geometry). */
    private double[] weights(SideData side, int fields) {
        double[] out = new double[sides.count() * points];
        boolean[] none = new boolean[fields];
        for (int f = 0; f < sides.count(); f++) {
            side.compute(cell(f, 0), tabs[arrangement[2 * f]], none, null, null, true);
            for (int q = 0; q < points; q++) {
                out[f * points + q] = side.geometry().weight(q);
            }
        }
        return out;
    }

    /**
     * One thread's way of running a range of facets: the terms bound to that thread's workspace
     * ({@link #kernel}), scattering facet {@code f} through entity {@code f - from} of {@code table}.
     */
    interface Kernel {
        void run(int from, int to, CellPositions table);
    }

    /** The kernel that runs facets with the scratch of {@code w}. */
    Kernel kernel(Workspace w) {
        if (trace != null) {
            return new TraceKernel(this, trace, w, regs, weights, points);
        }
        Binding[] bound = bind(w);
        int[] buf = new int[width()];
        return (from, to, table) -> run(w, bound, from, to, table, buf);
    }

    /** The cell tabulations of facet {@code f}'s points on side {@code s}, by degree. */
    Tabulation[] cellTabulations(int f, int s) { return tabs[arrangement[2 * f + s]]; }

    /** The vertex arrangement of facet {@code f} in its cell on side {@code s} ({@link FacetPoints#arrangement}). */
    int arrangementKey(int f, int s) { return arrangement[2 * f + s]; }

    /** Region name of facet {@code f}'s minus cell. */
    String minusRegion(int f) { return mesh.regionNames().get(mesh.cellRegions()[cell(f, 0)]); }

    /**
     * The reduced rows of facet {@code f}'s entries (its trace dofs, or every active entry), in
     * their local order, into {@code out} ({@link #width()} ints): the facet's clique of the
     * matrix pattern.
     */
    void coupledRows(int f, int[] reducedOf, int[] out) {
        if (trace == null) {
            rows(f, reducedOf, out);
            return;
        }
        for (int t = 0; t < trace.width(); t++) {
            out[t] = reducedOf[trace.dof(f, t)];
        }
    }

    /**
     * Sets the pattern the facets scatter into; {@code keep}: keep a table of their positions. With
     * {@code threads} &gt; 1, at least {@link #MIN_PARALLEL_FACETS} facets, thread-safe terms and a
     * worker positions table within {@link CellPositions#MAX_TABLE_ENTRIES}, the second half of the
     * facets will run on a worker thread.
     *
     * @param main the assembler's workspace, reduced map set
     * @return the positions table of the facets the calling thread scatters
     */
    CellPositions usePattern(SparsityPattern pattern, boolean keep, Workspace main, int threads) {
        long workerTable = (long) (count() - count() / 2) * width() * width();
        boolean parallel = threads > 1 && count() >= MIN_PARALLEL_FACETS
                && workerTable <= CellPositions.MAX_TABLE_ENTRIES && regs.stream().allMatch(r -> r.term().threadSafe());
        mainEnd = parallel ? count() / 2 : count();
        positions = new CellPositions(pattern, width(), mainEnd, keep);
        worker = parallel ? new InterfaceWorker(this, main, pattern, mainEnd, count()) : null;
        kernel = kernel(main);
        pool = parallel ? new WorkerPool("ssbfem-interface", 1) : null;
        return positions;
    }

    /** Whether half of the facets run on a worker thread. */
    boolean parallel() { return worker != null; }

    /** The registered terms bound to {@code w}'s scratch. */
    Binding[] bind(Workspace w) {
        Binding[] out = new Binding[regs.size()];
        for (int k = 0; k < out.length; k++) {
            AssemblerBuilder.InterfaceReg reg = regs.get(k);
            out[k] = new Binding(reg.term(), reg.fields(), reg.sides(), w.sides, w.local);
        }
        return out;
    }

    /** Number of entries every facet scatters ({@link #entries}). */
    int width() { return trace == null ? active.length : trace.width(); }

    /**
     * The reduced rows of facet {@code f}'s active entries, in their local order (those
     * {@link Workspace#mapRows} gives while the facet is assembled), into {@code out}.
     */
    private void rows(int f, int[] reducedOf, int[] out) {
        int t = 0;
        for (int s = 0; s < 2; s++) {
            int c = cell(f, s);
            for (int k = 0; k < needed[s].length; k++) {
                if (needed[s][k]) {
                    FunctionSpace space = layout.space(k);
                    for (int a = 0, off = layout.offset(k); a < space.dofsPerCell(); a++) {
                        out[t++] = reducedOf[off + space.cellDof(c, a)];
                    }
                }
            }
        }
    }

    private void orient(boolean[] minusRegions) {
        int[] cr = mesh.cellRegions();
        for (int f = 0; f < sides.count(); f++) {
            int c0 = sides.cell(f, 0);
            int c1 = sides.cell(f, 1);
            boolean m0 = minusRegions[cr[c0]];
            boolean m1 = c1 >= 0 && minusRegions[cr[c1]];
            if (c1 < 0 || m0 == m1) {
                throw new InputError("mesh boundary '" + group + "'", "facet " + f + " does not separate the "
                        + "interface's minus regions from another region", "make the interface group hold only "
                        + "faces between the two phases");
            }
            minusSide[f] = m0 ? 0 : 1;
        }
    }

    private void checkFields(FieldLayout layout) {
        int[] cr = mesh.cellRegions();
        for (int f = 0; f < sides.count(); f++) {
            for (int s = 0; s < 2; s++) {
                int c = sides.cell(f, s == 0 ? minusSide[f] : 1 - minusSide[f]);
                for (int k = 0; k < needed[s].length; k++) {
                    if (needed[s][k] && !layout.space(k).hasRegion(cr[c])) {
                        throw new InputError("field '" + layout.name(k) + "'", "does not live on region '"
                                + mesh.regionNames().get(cr[c]) + "' next to interface '" + group + "'",
                                "put the field on " + (s == 0 ? "minus" : "plus") + "-side regions only");
                    }
                }
            }
        }
    }

    /** Cell on side {@code s} (0 = minus, 1 = plus) of facet {@code f}. */
    int cell(int f, int s) { return sides.cell(f, s == 0 ? minusSide[f] : 1 - minusSide[f]); }

    int count() { return sides.count(); }

    /**
     * Runs every facet into {@code ws}'s targets: all on the calling thread, or half of them on the
     * worker, whose sums are added in after both halves finished (its failure rethrown).
     */
    void run(Workspace ws) {
        if (worker == null) {
            kernel.run(0, count(), positions);
            return;
        }
        worker.prepare(ws);
        Future<?> pending = pool.submit(worker);
        Throwable failure = null;
        try {
            kernel.run(0, mainEnd, positions);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        WorkerPool.rethrow(WorkerPool.await(pending, failure), "interface loop '" + group + "'");
        worker.addInto(ws.residual, ws.values);
    }

    /**
     * Runs facets {@code from..to-1} with the workspace {@code ws} and the terms {@code bound} to
     * it, scattering facet {@code f} through entity {@code f - from} of {@code table};
     * {@code rowsBuf}: scratch of {@link #width()} ints.
     */
    void run(Workspace ws, Binding[] bound, int from, int to, CellPositions table, int[] rowsBuf) {
        double[] history = ws.historyOrNull();
        for (int f = from; f < to; f++) {
            for (int s = 0; s < 2; s++) {
                int raw = s == 0 ? minusSide[f] : 1 - minusSide[f];
                ws.sides[s].compute(sides.cell(f, raw), tabs[arrangement[2 * f + s]], needed[s], ws.full, history,
                        s == 0);
            }
            ws.local.clear(2, lo, hi);
            ws.mapRows(0, needed[0]);
            ws.mapRows(1, needed[1]);
            for (Binding b : bound) {
                b.run();
            }
            ws.scatter(active, rowsBuf, table, f - from);
        }
    }
}
