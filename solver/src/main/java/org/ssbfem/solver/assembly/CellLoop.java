package org.ssbfem.solver.assembly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.fem.PointSet;
import org.ssbfem.solver.fem.Quadrature;
import org.ssbfem.solver.fem.Tabulation;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;

/**
 * The loop over cells: per region, the bindings that act there, the fields they read and the
 * local entries those fields occupy. Straight cells use their own (usually lower) quadrature
 * degree and the affine geometry path; curved cells the degree of the mesh order. A region whose
 * terms all have constant Jacobians (linear, constant coefficients: integrands the terms' degrees
 * integrate exactly) uses the degree its own terms ask for on straight cells, e.g. one point for a
 * P1 conductivity region next to a region with a time derivative.
 *
 * <p>The loop's tables (tabulations, fields and entries per region, the cell order) are read-only
 * after {@link #orderBy}; the bindings point at one {@link Workspace}'s scratch. The constructor
 * binds the terms to the workspace it is given ({@link #run(Workspace)}); {@link #bind} binds them
 * to another (a worker's), so that threads can run disjoint ranges of the order at once
 * ({@link #run(Workspace, Binding[][], int, int)}).
 */
final class CellLoop {
    private final Mesh mesh;
    private final List<AssemblerBuilder.CellReg> regs;
    private final Tabulation[][] straightTabs;
    private final Tabulation[] curvedTabs;
    private final Binding[][] byRegion;
    private final boolean[][] needed;
    private final int[][] active;
    /** Per region, the field group of each active entry ({@link FieldGroups}), or null: one group. */
    private final int[][] labels;
    private int[] order;
    private int[] lowest;
    private FieldLayout layout;
    private int[] reducedOf;

    /**
     * @param straightDegree quadrature degree of straight cells (the highest any term asks for)
     * @param ownDegrees whether regions of constant-Jacobian terms may use their own lower degree
     */
    CellLoop(Mesh mesh, List<AssemblerBuilder.CellReg> regs, Workspace ws, int straightDegree, boolean ownDegrees,
             int maxFieldDegree, PointSet curvedPoints, int fieldCount, int[][] groups) {
        this.mesh = mesh;
        this.regs = List.copyOf(regs);
        this.curvedTabs = ws.sides[0].tabulations(curvedPoints);
        int nr = mesh.regionNames().size();
        needed = new boolean[nr][fieldCount];
        active = new int[nr][];
        labels = new int[nr][];
        straightTabs = new Tabulation[nr][];
        PointSet[] byDegree = new PointSet[straightDegree + 1];
        for (int r = 0; r < nr; r++) {
            boolean linear = true;
            int degree = 1;
            for (AssemblerBuilder.CellReg reg : regs) {
                if (reg.regions()[r]) {
                    for (int f : reg.fields()) {
                        needed[r][f] = true;
                    }
                    linear &= reg.term().constantJacobian();
                    degree = Math.max(degree, reg.term().quadratureDegree(maxFieldDegree, 1));
                }
            }
            active[r] = ws.local.entries(0, needed[r]);
            labels[r] = labels(ws.local, active[r], groups[r]);
            int d = ownDegrees && linear ? Math.min(degree, straightDegree) : straightDegree;
            if (byDegree[d] == null) {
                byDegree[d] = PointSet.of(Quadrature.simplex(mesh.dim(), d));
            }
            straightTabs[r] = ws.sides[0].tabulations(byDegree[d]);
        }
        byRegion = bind(ws);
    }

    /** The group of the field of each entry of {@code active}, or null when they are all in one group. */
    private static int[] labels(LocalArrays local, int[] active, int[] groups) {
        int[] out = new int[active.length];
        boolean one = true;
        for (int t = 0; t < active.length; t++) {
            int f = local.fieldOf(active[t]);
            out[t] = groups[f];
            one &= out[t] == out[0];
        }
        return one ? null : out;
    }

    /** The terms of every region bound to the scratch of {@code ws} ({@code [region][term]}). */
    Binding[][] bind(Workspace ws) {
        int nr = mesh.regionNames().size();
        Binding[][] out = new Binding[nr][];
        for (int r = 0; r < nr; r++) {
            List<Binding> list = new ArrayList<>();
            for (AssemblerBuilder.CellReg reg : regs) {
                if (reg.regions()[r]) {
                    list.add(new Binding(reg.term(), reg.fields(), new int[reg.fields().length], ws.sides, ws.local,
                            reg.kind()));
                }
            }
            out[r] = list.toArray(new Binding[0]);
        }
        return out;
    }

    /** Number of active local entries of every cell (0 where no term acts). */
    int[] widths() {
        int[] cr = mesh.cellRegions();
        int[] w = new int[cr.length];
        for (int c = 0; c < cr.length; c++) {
            w[c] = byRegion[cr[c]].length == 0 ? 0 : active[cr[c]].length;
        }
        return w;
    }

    /**
     * Visits the cells in increasing order of their lowest reduced unknown (a counting sort), so that
     * consecutive cells gather from and scatter to nearby rows of the vectors and the matrix: with the
     * unknowns in a bandwidth-reducing order, the rows a cell touches are then mostly in cache.
     *
     * @param reducedOf reduced unknown of every layout dof, -1 for eliminated ones
     * @param size number of reduced unknowns
     */
    void orderBy(FieldLayout layout, int[] reducedOf, int size) {
        this.layout = layout;
        this.reducedOf = reducedOf;
        int n = mesh.cellCount();
        int[] key = new int[n];
        Arrays.fill(key, size);
        for (int f = 0; f < layout.fieldCount(); f++) {
            lowerToField(key, f, layout.space(f), layout.offset(f), reducedOf);
        }
        int[] count = new int[size + 2];
        for (int c = 0; c < n; c++) {
            count[key[c] + 1]++;
        }
        for (int k = 0; k <= size; k++) {
            count[k + 1] += count[k];
        }
        order = new int[n];
        for (int c = 0; c < n; c++) {
            order[count[key[c]]++] = c;
        }
        lowest = key;
    }

    /**
     * Lowers {@code key[c]} to the lowest reduced unknown of field {@code f} (space {@code s}, layout
     * offset {@code off}) on every cell c whose region needs the field.
     */
    private void lowerToField(int[] key, int f, FunctionSpace s, int off, int[] reducedOf) {
        int[] cr = mesh.cellRegions();
        boolean[] use = new boolean[needed.length];
        for (int r = 0; r < use.length; r++) {
            use[r] = needed[r][f] && s.hasRegion(r);
        }
        int dofs = s.dofsPerCell();
        for (int c = 0; c < key.length; c++) {
            if (!use[cr[c]]) {
                continue;
            }
            int low = key[c];
            for (int a = 0; a < dofs; a++) {
                int r = reducedOf[off + s.cellDof(c, a)];
                if (r >= 0 && r < low) {
                    low = r;
                }
            }
            key[c] = low;
        }
    }

    /** Number of cells (positions in the order). */
    int cellCount() { return mesh.cellCount(); }

    /**
     * Lowest reduced row the cell at position {@code i} of the order scatters into (the number of
     * unknowns when none): non-decreasing in {@code i}. Needs {@link #orderBy}.
     */
    int lowestRow(int i) { return lowest[order[i]]; }

    /** Highest reduced row the cell at position {@code i} of the order scatters into, -1 when none. */
    int highestRow(int i) {
        int c = order[i];
        boolean[] need = needed[mesh.cellRegions()[c]];
        int high = -1;
        for (int f = 0; f < need.length; f++) {
            FunctionSpace s = layout.space(f);
            if (!need[f] || !s.hasCell(c)) {
                continue;
            }
            for (int a = 0, off = layout.offset(f); a < s.dofsPerCell(); a++) {
                high = Math.max(high, reducedOf[off + s.cellDof(c, a)]);
            }
        }
        return high;
    }

    /**
     * Estimated relative cost of the cell at position {@code i} of the order: its number of terms
     * times its active local entries (0 where no term acts).
     */
    long cost(int i) {
        int r = mesh.cellRegions()[order == null ? i : order[i]];
        return (long) byRegion[r].length * active[r].length;
    }

    /** Runs every cell, in order, on {@code ws}, the workspace the constructor bound the terms to. */
    void run(Workspace ws) {
        run(ws, byRegion, 0, mesh.cellCount());
    }

    /** Runs the cells at positions {@code from..to-1} of the order on the constructor's workspace {@code ws}. */
    void run(Workspace ws, int from, int to) {
        run(ws, byRegion, from, to);
    }

    /**
     * Runs the cells at positions {@code from..to-1} of the order on {@code ws} with
     * {@code bindings}, which {@link #bind} made for {@code ws}; scatters into the targets of
     * {@code ws}. Threads may run disjoint ranges at once, each with its own workspace.
     */
    void run(Workspace ws, Binding[][] bindings, int from, int to) {
        int[] cr = mesh.cellRegions();
        boolean[] straight = ws.straight;
        SideData side = ws.sides[0];
        for (int i = from; i < to; i++) {
            int c = order == null ? i : order[i];
            int r = cr[c];
            Binding[] bs = bindings[r];
            if (bs.length == 0) {
                continue;
            }
            boolean[] need = needed[r];
            side.compute(c, straight[c] ? straightTabs[r] : curvedTabs, need, ws.full, ws.historyOrNull());
            int[] act = active[r];
            ws.local.clear(1, act.length == 0 ? 0 : act[0], act.length == 0 ? 0 : act[act.length - 1] + 1);
            ws.mapRows(0, need);
            for (Binding b : bs) {
                b.run();
            }
            ws.scatter(act, ws.cellRows, labels[r], ws.positions, c);
        }
    }
}
