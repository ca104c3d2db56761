package org.ssbfem.solver.physics;

import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.assembly.Assembler;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;

/** sigma(c) grad phi . grad w with c a second field (the sigma_s(c) coupling), plus D(c) for c. */
class CoupledDiffusionTaylorTest extends TermTaylorContract {
    @Override
    Assembler assembler(Mesh mesh, int degree) {
        FieldLayout layout = FieldLayout.builder()
                .add("phi", FunctionSpace.on(mesh, degree, "a", "b"))
                .add("c", FunctionSpace.on(mesh, degree, "b")).build();
        return Assembler.builder(layout, Constraints.none(layout))
                .cell(Diffusion.constant(2.0), java.util.List.of("a"), "phi")
                .cell(Diffusion.dependingOn(Coefficient.exponential(0.5, 2.0)), java.util.List.of("b"), "phi", "c")
                .cell(Diffusion.of(Coefficient.quadratic(1.0, 3.0)), "c")
                .build();
    }
}
