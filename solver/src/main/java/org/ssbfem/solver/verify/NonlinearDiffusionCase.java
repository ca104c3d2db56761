package org.ssbfem.solver.verify;

import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.assembly.Assembler;
import org.ssbfem.solver.physics.BodySource;
import org.ssbfem.solver.physics.Coefficient;
import org.ssbfem.solver.physics.Diffusion;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;

/**
 * Nonlinear diffusion {@code -div(D(c) grad c) = f} with {@code D = 0.5 exp(0.8 c)} and
 * {@code c = sin(2x + 0.5) cos(1.5y + 0.3)} on perturbed meshes;
 * {@code f = -(D'(c) |grad c|^2 + D(c) lap c)}. Exercises the c-dependent coefficient and its
 * Jacobian (Newton converges in a few steps).
 */
final class NonlinearDiffusionCase implements MmsCase {
    static final Coefficient D = Coefficient.exponential(0.5, 0.8);
    static final Exact C = Exact.of((x, y, z, t) -> Math.sin(2 * x + 0.5) * Math.cos(1.5 * y + 0.3));

    @Override public String term() { return "nonlinear diffusion, D(c) = 0.5 exp(0.8 c)"; }

    @Override public int dim() { return 2; }

    /** f = -(D'(c) |grad c|^2 + D(c) lap c) of solution {@code e}. */
    static double source(Exact e, double x, double y, double t) {
        double c = e.value(x, y, 0, t);
        double gx = e.derivative(0, x, y, 0, t);
        double gy = e.derivative(1, x, y, 0, t);
        return -(D.derivative(c) * (gx * gx + gy * gy) + D.value(c) * e.laplacian(2, x, y, 0, t));
    }

    @Override
    public MmsResult solve(int degree, int n) {
        Mesh mesh = UnitMesh.square(n).order(degree).perturb(0.2, 3 + n).build();
        FieldLayout layout = FieldLayout.of("c", FunctionSpace.everywhere(mesh, degree));
        Exact[] ex = {C};
        Constraints cons = Constraints.builder(layout).fix("c", "boundary", C.u()).build();
        Assembler asm = Assembler.builder(layout, cons).cell(Diffusion.of(D), "c")
                .cell(new BodySource((x, y, z, t) -> source(C, x, y, t)), "c").build();
        double[] full = new double[layout.size()];
        MmsSolver.solve(asm, full);
        return MmsSolver.errors(layout, full, ex, 0);
    }
}
