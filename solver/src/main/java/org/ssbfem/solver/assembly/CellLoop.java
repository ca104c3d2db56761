package org.ssbfem.solver.assembly;

import java.util.ArrayList;
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
 */
final class CellLoop {
    private final Mesh mesh;
    private final Tabulation[][] straightTabs;
    private final Tabulation[] curvedTabs;
    private final Binding[][] byRegion;
    private final boolean[][] needed;
    private final int[][] active;
    private int[] order;

    /**
     * @param straightDegree quadrature degree of straight cells (the highest any term asks for)
     * @param ownDegrees whether regions of constant-Jacobian terms may use their own lower degree
     */
    CellLoop(Mesh mesh, List<AssemblerBuilder.CellReg> regs, Workspace ws, int straightDegree, boolean ownDegrees,
             int maxFieldDegree, PointSet curvedPoints, int fieldCount) {
        this.mesh = mesh;
        this.curvedTabs = ws.sides[0].tabulations(curvedPoints);
        int nr = mesh.regionNames().size();
        byRegion = new Binding[nr][];
        needed = new boolean[nr][fieldCount];
        active = new int[nr][];
        straightTabs = new Tabulation[nr][];
        PointSet[] byDegree = new PointSet[straightDegree + 1];
        for (int r = 0; r < nr; r++) {
            List<Binding> list = new ArrayList<>();
            boolean linear = true;
            int degree = 1;
            for (AssemblerBuilder.CellReg reg : regs) {
                if (reg.regions()[r]) {
                    list.add(new Binding(reg.term(), reg.fields(), new int[reg.fields().length], ws.sides, ws.local));
                    for (int f : reg.fields()) {
                        needed[r][f] = true;
                    }
                    linear &= reg.term().constantJacobian();
                    degree = Math.max(degree, reg.term().quadratureDegree(maxFieldDegree, 1));
                }
            }
            byRegion[r] = list.toArray(new Binding[0]);
            active[r] = ws.local.entries(0, needed[r]);
            int d = ownDegrees && linear ? Math.min(degree, straightDegree) : straightDegree;
            if (byDegree[d] == null) {
                byDegree[d] = PointSet.of(Quadrature.simplex(mesh.dim(), d));
            }
            straightTabs[r] = ws.sides[0].tabulations(byDegree[d]);
        }
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
        int n = mesh.cellCount();
        int[] key = new int[n];
        int[] count = new int[size + 2];
        for (int c = 0; c < n; c++) {
            int low = size;
            boolean[] need = needed[mesh.cellRegions()[c]];
            for (int f = 0; f < need.length; f++) {
                FunctionSpace s = layout.space(f);
                if (!need[f] || !s.hasCell(c)) {
                    continue;
                }
                for (int a = 0, off = layout.offset(f); a < s.dofsPerCell(); a++) {
                    int r = reducedOf[off + s.cellDof(c, a)];
                    if (r >= 0 && r < low) {
                        low = r;
                    }
                }
            }
            key[c] = low;
            count[low + 1]++;
        }
        for (int k = 0; k <= size; k++) {
            count[k + 1] += count[k];
        }
        order = new int[n];
        for (int c = 0; c < n; c++) {
            order[count[key[c]]++] = c;
        }
    }

    void run(Workspace ws) {
        int[] cr = mesh.cellRegions();
        boolean[] straight = ws.straight;
        SideData side = ws.sides[0];
        for (int i = 0; i < cr.length; i++) {
            int c = order == null ? i : order[i];
            int r = cr[c];
            Binding[] bs = byRegion[r];
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
            ws.scatter(act, ws.cellRows, ws.positions, c);
        }
    }
}
