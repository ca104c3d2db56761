package org.ssbfem.solver.assembly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ssbfem.solver.fem.PointSet;
import org.ssbfem.solver.fem.Quadrature;
import org.ssbfem.solver.fem.StraightCells;
import org.ssbfem.solver.fem.VertexCells;
import org.ssbfem.solver.linalg.SparseMatrix;
import org.ssbfem.solver.linalg.Permutation;
import org.ssbfem.solver.linalg.SparsityPattern;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;

/**
 * The one place where terms meet the mesh: loops over cells, boundary facets and interface facets,
 * evaluates geometry once per cell (or facet side), gathers the local unknowns, calls the terms and
 * scatters into the reduced residual and a {@link SparseMatrix} on a pattern built once.
 *
 * <p>Fast paths, all here and none in the terms: straight cells ({@link StraightCells}: every cell
 * of a first-order mesh, most of a curved second-order one) compute their constant Jacobian once
 * and use the quadrature degree the terms ask for on first-order geometry, e.g. 4 points instead
 * of 14 for a constant-coefficient P2 diffusion; curved cells stay isoparametric at the degree of
 * the mesh order; a region whose terms are all linear with constant coefficients uses the degree
 * those terms ask for. Terms add whole point blocks through {@link LocalSystem}'s block methods;
 * shape-function gradients and history values are evaluated only when a term reads them. Jacobian
 * entries of cells, boundary facets and interface facets go to the matrix through per-entity
 * positions (found by a merge, then kept as a table; no search per entry); a problem whose terms
 * all have constant Jacobians assembles its Jacobian once ({@link Term#constantJacobian()}).
 * Interface facet sides take their tabulations from an array indexed by the facet's vertex
 * arrangement; the plus side's geometry is computed only when a term reads its gradients.
 *
 * <p>On meshes of more than {@value ParallelCellLoop#MIN_CELLS} cells the cell loop runs on
 * {@code ssbfem.assemblyThreads} threads (default {@code min(2, available processors)}; 1: serial),
 * unless a cell term is not {@linkplain Term#threadSafe() thread-safe}; so does each interface loop
 * of at least {@value InterfaceLoop#MIN_PARALLEL_FACETS} facets (on two threads; boundary loops stay
 * serial). Results are deterministic for a given thread count and agree with the serial ones to
 * rounding (order of summation in the entries shared by two threads); see {@link ParallelCellLoop}
 * and {@link InterfaceWorker}.
 *
 * <p>Unknowns are the reduced ones of {@link #constraints()} (possibly renumbered). The loops
 * allocate nothing. Evaluation state ({@link #setTime}, {@link #setShift}, {@link #setHistory}) is
 * mutable; not thread-safe (one assembly at a time).
 */
public final class Assembler {
    private final FieldLayout layout;
    private final Constraints constraints;
    private final SparsityPattern pattern;
    private final Workspace ws;
    private final CellLoop cellLoop;
    private final ParallelCellLoop parallelCells;
    private final List<BoundaryLoop> boundaryLoops = new ArrayList<>();
    private final List<InterfaceLoop> interfaceLoops = new ArrayList<>();
    private final List<CellPositions> tables = new ArrayList<>();
    private final int cellDegree;
    private final int straightDegree;
    private final JacobianReuse reuse;
    /** The kept assembly of the cell terms linear in the unknowns, or null (all cell terms in one pass). */
    private final LinearCells linearCells;
    private final boolean nonlinearCells;
    private long historyVersion;
    private int jacobianAssemblies;

    /** Starts registering terms on {@code layout} with {@code constraints}. */
    public static AssemblerBuilder builder(FieldLayout layout, Constraints constraints) {
        return new AssemblerBuilder(layout, constraints);
    }

    Assembler(AssemblerBuilder b) {
        this.layout = b.layout;
        this.ws = new Workspace(layout, b.affine);
        List<Term> cellTerms = b.cells.stream().map(r -> (Term) r.term()).toList();
        this.cellDegree = b.quadratureDegree > 0 ? b.quadratureDegree : degree(cellTerms, layout.mesh().order());
        this.straightDegree = b.quadratureDegree > 0 || !b.affine ? cellDegree : degree(cellTerms, 1);
        int dim = layout.mesh().dim();
        boolean ownDegrees = b.quadratureDegree <= 0 && b.affine;
        int[][] groups = FieldGroups.of(layout.mesh().regionNames().size(), layout.fieldCount(), b.cells,
                b.boundaries);
        this.cellLoop = new CellLoop(layout.mesh(), b.cells, ws, straightDegree, ownDegrees, layout.maxDegree(),
                PointSet.of(Quadrature.simplex(dim, cellDegree)), layout.fieldCount(), groups);
        buildFacetLoops(b);
        Constraints cons = b.constraints;
        SparsityPattern p = CouplingPattern.build(layout, groups, cons.reducedMap(), cons.reducedSize(),
                interfaceLoops);
        if (b.ordering != null) {
            int[] perm = b.ordering.apply(p);
            cons = cons.permuted(perm);
            p = Permutation.permute(p, perm);
        }
        this.constraints = cons;
        this.pattern = p;
        ws.reducedOf = cons.reducedMap();
        cellLoop.orderBy(layout, ws.reducedOf, cons.reducedSize());
        ws.positions = new CellPositions(p, cellLoop.widths(), b.scatterTable);
        tables.add(ws.positions);
        for (BoundaryLoop l : boundaryLoops) {
            tables.add(l.usePattern(p, b.scatterTable));
        }
        int threads = b.threads > 0 ? b.threads : ParallelCellLoop.configuredThreads();
        for (InterfaceLoop l : interfaceLoops) {
            tables.add(l.usePattern(p, b.scatterTable, ws, threads));
        }
        this.reuse = new JacobianReuse(allConstantJacobians(b));
        boolean safe = b.cells.stream().allMatch(r -> r.term().threadSafe());
        this.parallelCells = ParallelCellLoop.of(cellLoop, ws, p, threads, safe);
        int kinds = b.cells.stream().mapToInt(AssemblerBuilder.CellReg::kind).reduce(0, (x, y) -> x | y);
        this.nonlinearCells = (kinds & LocalArrays.NONLINEAR) != 0;
        this.linearCells = b.linearCells && LinearCells.any(kinds) && !allConstantJacobians(b)
                ? new LinearCells(p, ws.reducedOf, kinds) : null;
    }

    private static boolean allConstantJacobians(AssemblerBuilder b) {
        List<Term> all = new ArrayList<>();
        b.cells.forEach(r -> all.add(r.term()));
        b.boundaries.forEach(r -> all.add(r.term()));
        b.interfaces.forEach(r -> all.add(r.term()));
        return !all.isEmpty() && all.stream().allMatch(Term::constantJacobian);
    }

    private void buildFacetLoops(AssemblerBuilder b) {
        List<Term> facetTerms = new ArrayList<>();
        b.boundaries.forEach(r -> facetTerms.add(r.term()));
        b.interfaces.forEach(r -> facetTerms.add(r.term()));
        if (facetTerms.isEmpty()) {
            return;
        }
        int facetDegree = b.quadratureDegree > 0 ? b.quadratureDegree : degree(facetTerms, layout.mesh().order());
        VertexCells vc = VertexCells.of(layout.mesh());
        Map<String, List<AssemblerBuilder.BoundaryReg>> byGroup = new LinkedHashMap<>();
        b.boundaries.forEach(r -> byGroup.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r));
        byGroup.forEach((g, regs) -> boundaryLoops.add(new BoundaryLoop(layout, g, regs, ws, vc, facetDegree)));
        groupInterfaces(b.interfaces, vc, facetDegree);
    }

    private void groupInterfaces(List<AssemblerBuilder.InterfaceReg> regs, VertexCells vc, int degree) {
        List<AssemblerBuilder.InterfaceReg> left = new ArrayList<>(regs);
        while (!left.isEmpty()) {
            AssemblerBuilder.InterfaceReg first = left.get(0);
            List<AssemblerBuilder.InterfaceReg> same = left.stream()
                    .filter(r -> r.group().equals(first.group()) && Arrays.equals(r.minusRegions(), first.minusRegions()))
                    .toList();
            left.removeAll(same);
            interfaceLoops.add(new InterfaceLoop(layout, first.group(), first.minusRegions(), same, ws, vc, degree));
        }
    }

    /** The highest degree the terms ask for on cells of geometric order {@code order}. */
    private int degree(List<? extends Term> terms, int order) {
        int d = 1;
        for (Term t : terms) {
            d = Math.max(d, t.quadratureDegree(layout.maxDegree(), order));
        }
        return d;
    }

    public FieldLayout layout() { return layout; }

    /** The constraints whose reduced numbering the assembler uses (renumbered if requested). */
    public Constraints constraints() { return constraints; }

    /** Pattern of the reduced Jacobian, built once. */
    public SparsityPattern pattern() { return pattern; }

    /** Number of reduced unknowns. */
    public int size() { return constraints.reducedSize(); }

    /** Quadrature degree used on cells of the mesh order (all cells of a first-order mesh). */
    public int cellQuadratureDegree() { return cellDegree; }

    /**
     * Quadrature degree used on straight cells (affine map, constant Jacobian): the degree the terms
     * ask for on first-order geometry. Equal to {@link #cellQuadratureDegree()} on a first-order mesh.
     */
    public int straightCellQuadratureDegree() { return straightDegree; }

    /** A zero matrix on {@link #pattern()}. */
    public SparseMatrix newMatrix() { return new SparseMatrix(pattern); }

    /** Sets the time seen by the terms, s. */
    public void setTime(double timeS) { ws.local.timeS = timeS; }

    /** Sets the time-derivative shift {@code a0 / dt}, 1/s (0 for steady problems). */
    public void setShift(double shiftPerS) { ws.local.shiftPerS = shiftPerS; }

    /**
     * Sets the history vector (global layout numbering, fixed dofs included) that time-derivative
     * terms compare against; copied.
     */
    public void setHistory(double[] full) {
        if (full.length != ws.history.length) {
            throw new IllegalArgumentException("history length " + full.length + " != " + ws.history.length);
        }
        System.arraycopy(full, 0, ws.history, 0, full.length);
        ws.historySet = true;
        historyVersion++;
    }

    /**
     * Assembles the residual and, when {@code jacobian} is not null, the Jacobian at the reduced
     * unknowns {@code u}. Both outputs are overwritten; {@code u} is not modified. When every term
     * has a constant Jacobian and {@code jacobian} still holds the one this assembler wrote last,
     * only the residual is assembled.
     *
     * @param u reduced unknowns, {@link #size()}
     * @param residual receives F(u), {@link #size()}
     * @param jacobian matrix on {@link #pattern()}, or null
     */
    public void assemble(double[] u, double[] residual, SparseMatrix jacobian) {
        if (jacobian != null && jacobian.pattern() != pattern) {
            throw new IllegalArgumentException("matrix is not on this assembler's pattern");
        }
        SparseMatrix target = reuse.holds(jacobian) ? null : jacobian;
        constraints.expand(u, ws.full);
        if (linearCells != null) {
            linearCells.update(ws.full, ws.historyOrNull(), ws.reducedOf, ws.local.timeS, ws.local.shiftPerS,
                    historyVersion, (group, r, values, shift) -> assembleLinearCells(u, group, r, values, shift));
            linearCells.start(u, residual, target);
        } else {
            Arrays.fill(residual, 0, size(), 0.0);
            if (target != null) {
                target.zero();
            }
        }
        if (target != null) {
            tables.stream().filter(this::countsWithEveryAssembly).forEach(CellPositions::startAssembly);
        }
        ws.target(residual, 0, target == null ? null : target.values(), 0);
        ws.local.wantJacobian = target != null;
        if (linearCells == null) {
            runCells();
        } else if (nonlinearCells) {
            ws.local.group = LocalArrays.NONLINEAR;
            runCellsCounted(target != null);
            ws.local.group = LocalArrays.ALL;
        }
        boundaryLoops.forEach(l -> l.run(ws));
        interfaceLoops.forEach(l -> l.run(ws));
        ws.target(null, 0, null, 0);
        if (target != null) {
            tables.stream().filter(this::countsWithEveryAssembly).forEach(CellPositions::finishAssembly);
            reuse.remember(target);
            jacobianAssemblies++;
        }
    }

    /** Whether the cell loop runs on several threads. */
    boolean parallelCells() { return parallelCells != null; }

    /** Whether some interface loop runs half of its facets on a worker thread. */
    boolean parallelInterfaces() { return interfaceLoops.stream().anyMatch(InterfaceLoop::parallel); }

    /**
     * Whether a positions table is started and finished with every Jacobian assembly: all but the
     * cells' when the linear cell terms are kept ({@link #linearCells}), whose cell passes then
     * count themselves ({@link #runCellsCounted}), so that the table is filled by a pass that
     * really visits the cells.
     */
    private boolean countsWithEveryAssembly(CellPositions table) {
        return linearCells == null || table != ws.positions;
    }

    /**
     * A pass of the cell terms of {@code group} (kinds of linear terms) at zero free unknowns (the
     * fixed ones at their values) into {@code residual} and {@code values} (zeroed by the caller),
     * with the shift {@code shiftPerS} (the mass part is assembled at shift 1); for
     * {@link #linearCells}. The layout vector holds {@code u} again afterwards.
     */
    private void assembleLinearCells(double[] u, int group, double[] residual, double[] values, double shiftPerS) {
        double shift = ws.local.shiftPerS;
        constraints.expand(new double[u.length], ws.full);
        ws.target(residual, 0, values, 0);
        ws.local.wantJacobian = true;
        ws.local.group = group;
        ws.local.shiftPerS = shiftPerS;
        try {
            runCellsCounted(true);
        } finally {
            ws.local.group = LocalArrays.ALL;
            ws.local.shiftPerS = shift;
            constraints.expand(u, ws.full);
        }
    }

    /** A cell pass; with a Jacobian it counts as one assembly of the cell positions table. */
    private void runCellsCounted(boolean jacobian) {
        if (jacobian) {
            ws.positions.startAssembly();
        }
        runCells();
        if (jacobian) {
            ws.positions.finishAssembly();
        }
    }

    private void runCells() {
        if (parallelCells != null) {
            parallelCells.run(ws);
        } else {
            cellLoop.run(ws);
        }
    }

    /** Number of assemblies that computed a Jacobian (not counting reused ones). */
    int jacobianAssemblies() { return jacobianAssemblies; }

    /** The global (layout) vector of the last assembly's unknowns, fixed values included (a copy). */
    public double[] lastFullVector() { return ws.full.clone(); }
}
