package org.ssbfem.solver.physics;

import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.assembly.Assembler;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;

/** Diffusion with a coefficient of the field itself, D(u) = 1.3 (1 + 0.8 u^2) and 0.7 exp(1.5 u). */
class DiffusionTaylorTest extends TermTaylorContract {
    @Override
    Assembler assembler(Mesh mesh, int degree) {
        FieldLayout layout = FieldLayout.of("u", FunctionSpace.everywhere(mesh, degree));
        return Assembler.builder(layout, Constraints.none(layout))
                .cell(Diffusion.of(Coefficient.quadratic(1.3, 0.8)), java.util.List.of("a"), "u")
                .cell(Diffusion.of(Coefficient.exponential(0.7, 1.5)), java.util.List.of("b"), "u")
                .build();
    }
}
