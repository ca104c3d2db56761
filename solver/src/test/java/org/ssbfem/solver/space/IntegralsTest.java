package org.ssbfem.solver.space;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.testutil.TaylorTest;
import org.ssbfem.solver.verify.UnitMesh;

/**
 * {@link Integrals#dofWeights}: the integral as a vector gives the same integrals as the cell
 * pass, for P1 and P2 on a curved (perturbed second-order) mesh, over all regions and one, and
 * the weights sum to the region's volume.
 */
class IntegralsTest {
    private static Mesh mesh() {
        return UnitMesh.cube(4).order(2).perturb(0.2, 4).keepPlaneX(0.5)
                .regions(List.of("a", "b"), x -> x[0] < 0.5 ? 0 : 1).build();
    }

    private static void check(int degree) {
        FunctionSpace space = FunctionSpace.everywhere(mesh(), degree);
        double[] u = TaylorTest.random(space.dofCount(), -1, 2, 7);
        for (String[] regions : new String[][] {{}, {"b"}}) {
            double[] w = Integrals.dofWeights(space, regions);
            double dot = 0;
            double volume = 0;
            for (int i = 0; i < w.length; i++) {
                dot += w[i] * u[i];
                volume += w[i];
            }
            double[] ones = new double[space.dofCount()];
            java.util.Arrays.fill(ones, 1.0);
            assertEquals(Integrals.integral(space, u, regions), dot, 1e-13, "P" + degree + " " + List.of(regions));
            assertEquals(Integrals.integral(space, ones, regions), volume, 1e-13);
        }
    }

    @Test
    void p1() {
        check(1);
    }

    @Test
    void p2() {
        check(2);
    }
}
