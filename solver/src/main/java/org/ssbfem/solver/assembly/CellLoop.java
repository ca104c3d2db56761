package org.ssbfem.solver.assembly;

import java.util.ArrayList;
import java.util.List;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.fem.PointSet;

/** The loop over cells: per region, the bindings that act there and the fields they read. */
final class CellLoop {
    private final Mesh mesh;
    private final PointSet points;
    private final Binding[][] byRegion;
    private final boolean[][] needed;

    CellLoop(Mesh mesh, List<AssemblerBuilder.CellReg> regs, Workspace ws, PointSet points, int fieldCount) {
        this.mesh = mesh;
        this.points = points;
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
        SideData side = ws.sides[0];
        for (int c = 0; c < cr.length; c++) {
            Binding[] bs = byRegion[cr[c]];
            if (bs.length == 0) {
                continue;
            }
            side.compute(c, points, needed[cr[c]], ws.full, ws.history);
            ws.local.clear();
            ws.mapRows(0, needed[cr[c]]);
            for (Binding b : bs) {
                b.run();
            }
            ws.scatter();
        }
    }
}
