package org.ssbfem.solver.assembly;

import java.util.ArrayList;
import java.util.List;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.fem.FacetPoints;
import org.ssbfem.solver.fem.FacetSides;
import org.ssbfem.solver.fem.Tabulation;
import org.ssbfem.solver.fem.VertexCells;
import org.ssbfem.solver.linalg.SparsityPattern;
import org.ssbfem.solver.space.FieldLayout;

/**
 * The loop over the facets of one boundary group. Each facet is integrated once, from the first
 * adjacent cell on which some term's fields all live; the terms whose fields do not all live there
 * are skipped for that facet. Points are tabulated once per vertex arrangement; the local entries
 * go to the matrix through the facet's positions ({@link CellPositions}).
 */
final class BoundaryLoop {
    private final Mesh mesh;
    private final FacetSides sides;
    private final FacetPoints facetPoints;
    private final Binding[][] byRegion;
    private final boolean[][] needed;
    private final Tabulation[][] tabs;
    private final int[] all;
    private final int[] rowsBuf;
    private CellPositions positions;

    BoundaryLoop(FieldLayout layout, String group, List<AssemblerBuilder.BoundaryReg> regs, Workspace ws,
                 VertexCells vertexCells, int degree) {
        this.mesh = layout.mesh();
        this.sides = FacetSides.of(mesh, mesh.facets(group), vertexCells);
        this.facetPoints = new FacetPoints(mesh.dim(), degree);
        int nr = mesh.regionNames().size();
        byRegion = new Binding[nr][];
        needed = new boolean[nr][layout.fieldCount()];
        for (int r = 0; r < nr; r++) {
            List<Binding> list = new ArrayList<>();
            for (AssemblerBuilder.BoundaryReg reg : regs) {
                if (livesOn(layout, reg.fields(), r)) {
                    list.add(new Binding(reg.term(), reg.fields(), new int[reg.fields().length], ws.sides, ws.local));
                    for (int f : reg.fields()) {
                        needed[r][f] = true;
                    }
                }
            }
            byRegion[r] = list.toArray(new Binding[0]);
        }
        this.tabs = new Tabulation[facetPoints.arrangements()][];
        this.all = new int[ws.local.width];
        for (int k = 0; k < all.length; k++) {
            all[k] = k;
        }
        this.rowsBuf = new int[all.length];
    }

    /** Sets the pattern the facets scatter into; {@code keep}: keep a table of their positions. */
    CellPositions usePattern(SparsityPattern pattern, boolean keep) {
        positions = new CellPositions(pattern, all.length, sides.count(), keep);
        return positions;
    }

    private Tabulation[] tabulations(Workspace ws, int f, int s) {
        int o = sides.localVertexOffset(f, s);
        int key = facetPoints.arrangement(sides.localVertices(), o);
        if (tabs[key] == null) {
            tabs[key] = ws.sides[0].tabulations(facetPoints.points(sides.localVertices(), o));
        }
        return tabs[key];
    }

    private static boolean livesOn(FieldLayout layout, int[] fields, int region) {
        for (int f : fields) {
            if (!layout.space(f).hasRegion(region)) {
                return false;
            }
        }
        return true;
    }

    void run(Workspace ws) {
        int[] cr = mesh.cellRegions();
        for (int f = 0; f < sides.count(); f++) {
            for (int s = 0; s < 2; s++) {
                int c = sides.cell(f, s);
                if (c < 0 || byRegion[cr[c]].length == 0) {
                    continue;
                }
                int r = cr[c];
                ws.sides[0].compute(c, tabulations(ws, f, s), needed[r], ws.full, ws.historyOrNull());
                ws.local.clear(1);
                ws.mapRows(0, needed[r]);
                for (Binding b : byRegion[r]) {
                    b.run();
                }
                ws.scatter(all, rowsBuf, positions, f);
                break;
            }
        }
    }
}
