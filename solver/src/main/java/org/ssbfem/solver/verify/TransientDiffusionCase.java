package org.ssbfem.solver.verify;

import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.assembly.Assembler;
import org.ssbfem.solver.physics.BodySource;
import org.ssbfem.solver.physics.Diffusion;
import org.ssbfem.solver.physics.MassMatrix;
import org.ssbfem.solver.physics.TimeDerivative;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;

/**
 * The transient term with the nonlinear diffusion: {@code dc/dt - div(D(c) grad c) = f} with
 * {@code c = (1 + t) s(x, y)} ({@code s} as in {@link NonlinearDiffusionCase}), four backward-Euler
 * steps to t = 1 s through the assembler's shift and history, time-dependent Dirichlet data. c is
 * linear in t, so backward Euler is exact in time and the error at t = 1 s is the spatial one,
 * including that of the mass matrix: consistent (P1 and P2) or lumped ({@link MassMatrix#LUMPED},
 * P1 only; its error is O(h^2) in L2 like the rest of P1).
 */
final class TransientDiffusionCase implements MmsCase {
    private static final int STEPS = 4;
    private static final Exact C = Exact.of((x, y, z, t) -> (1 + t) * NonlinearDiffusionCase.C.value(x, y, z, 0));

    private final MassMatrix mass;

    /** @param mass the mass matrix of the time derivative */
    TransientDiffusionCase(MassMatrix mass) {
        this.mass = mass;
    }

    @Override
    public String term() {
        return (mass == MassMatrix.LUMPED ? "lumped-mass " : "") + "transient nonlinear diffusion (BDF1, 4 steps)";
    }

    @Override public boolean supports(int degree) { return mass.supports(degree); }

    @Override public int dim() { return 2; }

    @Override
    public MmsResult solve(int degree, int n) {
        Mesh mesh = UnitMesh.square(n).order(degree).perturb(0.2, 5 + n).build();
        FieldLayout layout = FieldLayout.of("c", FunctionSpace.everywhere(mesh, degree));
        Exact[] ex = {C};
        Constraints cons = Constraints.builder(layout).fix("c", "boundary", C.u()).build();
        Assembler asm = Assembler.builder(layout, cons).cell(new TimeDerivative(1.0, mass), "c")
                .cell(Diffusion.of(NonlinearDiffusionCase.D), "c")
                .cell(new BodySource((x, y, z, t) -> NonlinearDiffusionCase.C.value(x, y, z, 0)
                        + NonlinearDiffusionCase.source(C, x, y, t)), "c").build();
        double[] full = MmsSolver.interpolate(layout, ex, 0);
        double dt = 1.0 / STEPS;
        for (int k = 1; k <= STEPS; k++) {
            double t = k * dt;
            asm.setTime(t);
            asm.setShift(1 / dt);
            asm.setHistory(full.clone());
            asm.constraints().setFixedValues("c", "boundary", C.u(), t);
            MmsSolver.solve(asm, full);
        }
        return MmsSolver.errors(layout, full, ex, 1.0);
    }
}
