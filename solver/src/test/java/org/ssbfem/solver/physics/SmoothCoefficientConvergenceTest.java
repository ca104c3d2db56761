package org.ssbfem.solver.physics;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ssbfem.solver.testutil.ConvergenceTable;
import org.ssbfem.solver.testutil.ManufacturedRun;
import org.ssbfem.solver.testutil.ManufacturedRun.Exact;
import org.ssbfem.solver.testutil.Solvers;
import org.ssbfem.solver.verify.UnitMesh;

/**
 * Manufactured solution of {@code -div(k grad u) = f} with a smooth coefficient
 * {@code k = 1 + 0.5 x y + 0.3 z} and {@code u = sin(2x + 0.5) cos(1.5y + 0.3) exp(0.4z)} on
 * perturbed (unstructured) meshes of the unit square / cube: L2 error ~ h^(p+1), H1 ~ h^p.
 */
class SmoothCoefficientConvergenceTest {
    static final Exact EXACT = new Exact(
            (x, y, z, t) -> Math.sin(2 * x + 0.5) * Math.cos(1.5 * y + 0.3) * Math.exp(0.4 * z),
            (x, y, z, t, g) -> {
                double a = Math.sin(2 * x + 0.5);
                double b = Math.cos(1.5 * y + 0.3);
                double c = Math.exp(0.4 * z);
                g[0] = 2 * Math.cos(2 * x + 0.5) * b * c;
                g[1] = -1.5 * a * Math.sin(1.5 * y + 0.3) * c;
                g[2] = 0.4 * a * b * c;
            });

    static double k(double x, double y, double z) {
        return 1 + 0.5 * x * y + 0.3 * z;
    }

    /** f = -(grad k . grad u + k lap u), lap u = (-4 - 2.25 + 0.16 [3D]) u. */
    static double source(double x, double y, double z, int dim) {
        double[] g = new double[3];
        EXACT.gradient().gradient(x, y, z, 0, g);
        double u = EXACT.u().value(x, y, z, 0);
        double lap = (-4 - 2.25 + (dim == 3 ? 0.16 : 0)) * u;
        double gk = 0.5 * y * g[0] + 0.5 * x * g[1] + (dim == 3 ? 0.3 * g[2] : 0);
        return -(gk + k(x, y, z) * lap);
    }

    static void run(int dim, int degree, int[] levels, double minL2, double minH1) {
        ConvergenceTable table = new ConvergenceTable("smooth k, P" + degree + " " + dim + "D", dim);
        for (int n : levels) {
            var mesh = (dim == 2 ? UnitMesh.square(n) : UnitMesh.cube(n))
                    .order(degree).perturb(0.2, 7 + n).build();
            var r = ManufacturedRun.solve(mesh, degree, EXACT, b -> b
                    .cell(Diffusion.varying((x, y, z, t) -> k(x, y, z)), "u")
                    .cell(new BodySource((x, y, z, t) -> source(x, y, z, dim)), "u"), Solvers.cg(), 1e-11);
            table.add(r.dofs(), r.errorL2(), r.errorH1());
        }
        table.assertSlopes(minL2, minH1);
    }

    @Test
    void p1In2d() { run(2, 1, new int[] {8, 16, 32}, 1.85, 0.9); }

    @Test
    void p2In2d() { run(2, 2, new int[] {4, 8, 16}, 2.8, 1.85); }

    @Test
    void p1In3d() { run(3, 1, new int[] {4, 8, 12}, 1.85, 0.9); }

    @Test
    void p2In3d() { run(3, 2, new int[] {3, 5, 7}, 2.8, 1.85); }

    @Test
    @Tag("slow")
    void p2In3dLonger() { run(3, 2, new int[] {4, 6, 8, 10}, 2.85, 1.9); }
}
