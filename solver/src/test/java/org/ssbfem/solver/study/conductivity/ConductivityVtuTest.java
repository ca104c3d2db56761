package org.ssbfem.solver.study.conductivity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.space.FunctionSpace;
import org.ssbfem.solver.verify.UnitMesh;

/** Point values written for ParaView: a P1 potential on a second-order mesh reaches every node. */
class ConductivityVtuTest {
    @Test
    void p1PotentialIsInterpolatedToEdgeNodes() {
        Mesh mesh = UnitMesh.cube(3).order(2).perturb(0.2, 5)
                .regions(List.of("se", "cam"), c -> c[0] < 0.5 ? 0 : 1).build();
        FunctionSpace p1 = new FunctionSpace(mesh, 1, List.of("se"));
        double[] u = new double[p1.dofCount()];
        for (int d = 0; d < u.length; d++) {
            u[d] = linear(p1.dofCoord(d, 0), p1.dofCoord(d, 1), p1.dofCoord(d, 2));
        }
        double[] nodes = ConductivityVtu.nodeValues(p1, u);
        int checked = 0;
        for (int c : p1.cells()) {
            for (int k = 0; k < mesh.cellType().nodes(); k++) {
                int n = mesh.cellNode(c, k);
                assertEquals(linear(mesh.coord(n, 0), mesh.coord(n, 1), mesh.coord(n, 2)), nodes[n], 1e-12);
                checked++;
            }
        }
        assertEquals(10 * p1.cells().length, checked);
    }

    private static double linear(double x, double y, double z) {
        return 0.3 + 2 * x - y + 0.5 * z;
    }
}
