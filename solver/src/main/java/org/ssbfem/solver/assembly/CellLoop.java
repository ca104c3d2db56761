package org.ssbfem.solver.assembly;

import java.util.ArrayList;
import java.util.List;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.fem.PointSet;
import org.ssbfem.solver.fem.Tabulation;

/**
 * The loop over cells: per region, the bindings that act there and the fields they read. Straight
 * cells use their own (usually lower) quadrature degree and the affine geometry path; curved cells
 * the degree of the mesh order.
 */
final class CellLoop {
    private final Mesh mesh;
    private final Tabulation[] straightTabs;
    private final Tabulation[] curvedTabs;
    private final Binding[][] byRegion;
    private final boolean[][] needed;

    CellLoop(Mesh mesh, List<AssemblerBuilder.CellReg> regs, Workspace ws, PointSet straightPoints,
             PointSet curvedPoints, int fieldCount) {
        this.mesh = mesh;
        this.straightTabs = ws.sides[0].tabulations(straightPoints);
        this.curvedTabs = ws.sides[0].tabulations(curvedPoints);
        int nr = mesh.regionNames().size();
        byRegion = new Binding[nr][];
        needed = new boolean[nr][fieldCount];
        for (int r = 0; r < nr; r++) {
            List<Binding> list = new ArrayList<>();
            for (AssemblerBuilder.CellReg reg : regs) {
                if (reg.regions()[r]) {
                    list.add(new Binding(reg.term(), reg.fields(), new int[reg.fields().length], ws.sides, ws.local));
                    for (int f : reg.fields()) {
                        needed[r][f] = true;
                    }
                }
            }
            byRegion[r] = list.toArray(new Binding[0]);
        }
    }

    void run(Workspace ws) {
        int[] cr = mesh.cellRegions();
        boolean[] straight = ws.straight;
        SideData side = ws.sides[0];
        for (int c = 0; c < cr.length; c++) {
            Binding[] bs = byRegion[cr[c]];
            if (bs.length == 0) {
                continue;
            }
            boolean[] need = needed[cr[c]];
            side.compute(c, straight[c] ? straightTabs : curvedTabs, need, ws.full, ws.historyOrNull());
            ws.local.clear(1);
            ws.mapRows(0, need);
            for (Binding b : bs) {
                b.run();
            }
            ws.scatterCell(c);
        }
    }
}
