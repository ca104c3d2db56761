package org.ssbfem.solver.physics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.solver.testutil.ConvergenceTable;
import org.ssbfem.solver.testutil.ManufacturedRun;
import org.ssbfem.solver.testutil.Solvers;
import org.ssbfem.solver.verify.UnitMesh;

/**
 * {@code -div(D(u) grad u) = f} with {@code D = D0 (1 + a u^2)} or {@code D0 exp(b u)}, solved by
 * Newton from u = 0 on perturbed meshes; u as in {@link SmoothCoefficientConvergenceTest}, f =
 * -(D'(u) |grad u|^2 + D(u) lap u). Newton must converge in few steps (exact Jacobian).
 */
class NonlinearDiffusionConvergenceTest {
    private static final Logger LOG = LoggerFactory.getLogger(NonlinearDiffusionConvergenceTest.class);

    static double source(Coefficient d, double x, double y, double z, int dim) {
        double[] g = new double[3];
        SmoothCoefficientConvergenceTest.EXACT.gradient().gradient(x, y, z, 0, g);
        double u = SmoothCoefficientConvergenceTest.EXACT.u().value(x, y, z, 0);
        double lap = (-4 - 2.25 + (dim == 3 ? 0.16 : 0)) * u;
        double g2 = g[0] * g[0] + g[1] * g[1] + (dim == 3 ? g[2] * g[2] : 0);
        return -(d.derivative(u) * g2 + d.value(u) * lap);
    }

    static void run(Coefficient d, String name, int dim, int degree, int[] levels, double minL2, double minH1) {
        ConvergenceTable table = new ConvergenceTable("nonlinear " + name + ", P" + degree + " " + dim + "D", dim);
        for (int n : levels) {
            var mesh = (dim == 2 ? UnitMesh.square(n) : UnitMesh.cube(n)).order(degree).perturb(0.2, 3 + n).build();
            var r = ManufacturedRun.solve(mesh, degree, SmoothCoefficientConvergenceTest.EXACT, b -> b
                    .cell(Diffusion.of(d), "u")
                    .cell(new BodySource((x, y, z, t) -> source(d, x, y, z, dim)), "u"), Solvers.gmres(), 1e-11);
            LOG.info("{} n={}: Newton {} steps, residuals {}", name, n, r.newton().iterations(),
                    java.util.Arrays.toString(r.newton().residualNorms()));
            assertTrue(r.newton().iterations() <= 8, "Newton took " + r.newton().iterations() + " steps");
            table.add(r.dofs(), r.errorL2(), r.errorH1());
        }
        table.assertSlopes(minL2, minH1);
    }

    private static final Coefficient QUADRATIC = Coefficient.quadratic(1.0, 1.0);
    private static final Coefficient EXPONENTIAL = Coefficient.exponential(0.5, 0.8);

    @Test
    void quadraticP1In2d() { run(QUADRATIC, "D0(1+a u^2)", 2, 1, new int[] {8, 16, 32}, 1.85, 0.9); }

    @Test
    void exponentialP2In2d() { run(EXPONENTIAL, "D0 exp(b u)", 2, 2, new int[] {4, 8, 16}, 2.8, 1.85); }

    @Test
    void exponentialP1In3d() { run(EXPONENTIAL, "D0 exp(b u)", 3, 1, new int[] {4, 8, 12}, 1.85, 0.9); }

    @Test
    void quadraticP2In3d() { run(QUADRATIC, "D0(1+a u^2)", 3, 2, new int[] {3, 5, 7}, 2.8, 1.85); }

    @Test
    @Tag("slow")
    void quadraticP2In3dFiner() { run(QUADRATIC, "D0(1+a u^2)", 3, 2, new int[] {5, 7, 9, 11}, 2.85, 1.9); }
}
