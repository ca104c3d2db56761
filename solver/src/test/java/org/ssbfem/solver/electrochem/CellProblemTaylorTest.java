package org.ssbfem.solver.electrochem;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.testutil.TaylorTest;

/**
 * The whole cell's scaled Jacobian (all terms, the merged collector unknown, both terminal modes)
 * passes the Taylor test at a random state near a discharge, in 2D and 3D, P1 and P2 (P1 with the
 * lumped mass and nodal kinetics, P2 consistent); and at a state near saturation, with surface
 * lithiations inside the exchange current's guard and beyond x = 1 (its continued branches).
 */
class CellProblemTaylorTest {
    @ParameterizedTest(name = "{0}D P1, lumped")
    @CsvSource({"2", "3"})
    void scaledJacobianIsExactNearSaturation(int dim) {
        Mesh mesh = TestCells.bilayer(dim, dim == 2 ? 4 : 2, 1, 10e-6);
        CellModel model = new CellModel(mesh, TestCells.nmc(0.4, 0.1), 1);
        CellProblem p = new CellProblem(model, 1e-6);
        p.setCurrent(2e-6);
        model.assembler().setHistory(model.full(model.restState()));
        model.assembler().setShift(0.1);
        Random r = new Random(5);
        double g = ExchangeCurrent.X_GUARD;
        double[][] ranges = {{0.95, 1 - 2 * g}, {1 - 0.8 * g, 1 - 0.2 * g}, {1 + 0.2 * g, 1 + 3 * g}};
        double[] u = new double[p.size()];
        for (int i = 0; i < u.length; i++) {
            double x = r.nextDouble();
            double[] range = ranges[r.nextInt(3)];
            u[i] = switch (model.fieldOf(i)) {
                case 0 -> 0.05 * x;
                case 1 -> 3.45 + 0.05 * x - model.offsetV();
                default -> (range[0] + (range[1] - range[0]) * x) * TestCells.C_MAX;
            };
        }
        double[] y = new double[u.length];
        p.toScaled(u, y);
        double[] d = TaylorTest.random(u.length, -1, 1, 7);
        TaylorTest.assertSecondOrder(p, y, d, 0.1 * g);
    }

    @ParameterizedTest(name = "{0}D P{1}, potentiostatic {2}")
    @CsvSource({"2, 1, false", "2, 2, true", "3, 1, true", "3, 2, false"})
    void scaledJacobianIsExact(int dim, int degree, boolean potentiostatic) {
        Mesh mesh = TestCells.bilayer(dim, dim == 2 ? 4 : 2, degree, 10e-6);
        CellModel model = new CellModel(mesh, TestCells.nmc(0.4, 0.1), degree);
        CellProblem p = new CellProblem(model, 1e-6);
        if (potentiostatic) {
            p.setVoltage(3.7);
        } else {
            p.setCurrent(2e-6);
        }
        model.assembler().setHistory(model.full(model.restState()));
        model.assembler().setShift(0.1);
        Random r = new Random(5);
        double[] u = new double[p.size()];
        for (int i = 0; i < u.length; i++) {
            double x = r.nextDouble();
            u[i] = switch (model.fieldOf(i)) {
                case 0 -> 0.05 * x;
                case 1 -> 3.75 + 0.05 * x - model.offsetV();
                default -> (0.4 + 0.2 * x) * TestCells.C_MAX;
            };
        }
        double[] y = new double[u.length];
        p.toScaled(u, y);
        double[] d = TaylorTest.random(u.length, -1, 1, 7);
        TaylorTest.assertSecondOrder(p, y, d, 2e-3);
    }
}
