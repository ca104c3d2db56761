package org.ssbfem.solver.assembly;

import java.util.List;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.fem.FacetPoints;
import org.ssbfem.solver.fem.FacetSides;
import org.ssbfem.solver.fem.Tabulation;
import org.ssbfem.solver.fem.VertexCells;
import org.ssbfem.solver.linalg.SparsityPattern;
import org.ssbfem.solver.space.FieldLayout;

/**
 * The loop over the facets of one interface group for the two-sided terms registered on it with
 * the same minus regions. Per facet: both cells' geometry and fields at the same physical points
 * (placed by the facet's vertex order, tabulated once per vertex arrangement), one local system
 * over both sides, one scatter of the entries of the fields read on each side through the facet's
 * matrix positions ({@link CellPositions}).
 */
final class InterfaceLoop {
    private final Mesh mesh;
    private final String group;
    private final FacetSides sides;
    private final FacetPoints facetPoints;
    private final int[] minusSide;
    private final Binding[] bindings;
    private final boolean[][] needed;
    private final Tabulation[][] tabs;
    private final int[] arrangement;
    private final int[] active;
    private final int[] rowsBuf;
    private final int lo;
    private final int hi;
    private CellPositions positions;

    InterfaceLoop(FieldLayout layout, String group, boolean[] minusRegions, List<AssemblerBuilder.InterfaceReg> regs,
                  Workspace ws, VertexCells vertexCells, int degree) {
        this.mesh = layout.mesh();
        this.group = group;
        this.sides = FacetSides.of(mesh, mesh.facets(group), vertexCells);
        this.facetPoints = new FacetPoints(mesh.dim(), degree);
        this.minusSide = new int[sides.count()];
        this.bindings = new Binding[regs.size()];
        this.needed = new boolean[2][layout.fieldCount()];
        for (int k = 0; k < regs.size(); k++) {
            AssemblerBuilder.InterfaceReg reg = regs.get(k);
            bindings[k] = new Binding(reg.term(), reg.fields(), reg.sides(), ws.sides, ws.local);
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
        this.rowsBuf = new int[active.length];
        this.lo = active.length == 0 ? 0 : active[0];
        this.hi = active.length == 0 ? 0 : active[active.length - 1] + 1;
    }

    /** Sets the pattern the facets scatter into; {@code keep}: keep a table of their positions. */
    CellPositions usePattern(SparsityPattern pattern, boolean keep) {
        positions = new CellPositions(pattern, active.length, sides.count(), keep);
        return positions;
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

    void run(Workspace ws) {
        double[] history = ws.historyOrNull();
        for (int f = 0; f < sides.count(); f++) {
            for (int s = 0; s < 2; s++) {
                int raw = s == 0 ? minusSide[f] : 1 - minusSide[f];
                ws.sides[s].compute(sides.cell(f, raw), tabs[arrangement[2 * f + s]], needed[s], ws.full, history,
                        s == 0);
            }
            ws.local.clear(2, lo, hi);
            ws.mapRows(0, needed[0]);
            ws.mapRows(1, needed[1]);
            for (Binding b : bindings) {
                b.run();
            }
            ws.scatter(active, rowsBuf, positions, f);
        }
    }
}
