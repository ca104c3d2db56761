package org.ssbfem.solver.physics;

import java.util.List;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.assembly.Assembler;
import org.ssbfem.solver.assembly.InterfaceSlot;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;

/** A two-sided interface term between fields on regions a and b (plus bulk diffusion in each). */
class InterfaceConductanceTaylorTest extends TermTaylorContract {
    @Override
    Assembler assembler(Mesh mesh, int degree) {
        FieldLayout layout = FieldLayout.builder()
                .add("ua", FunctionSpace.on(mesh, degree, "a"))
                .add("ub", FunctionSpace.on(mesh, degree, "b")).build();
        return Assembler.builder(layout, Constraints.none(layout))
                .cell(Diffusion.constant(1.0), "ua")
                .cell(Diffusion.of(Coefficient.quadratic(1.0, 1.0)), "ub")
                .interfaceTerm(new InterfaceConductance(4.0), "interface", List.of("a"),
                        InterfaceSlot.minus("ua"), InterfaceSlot.plus("ub"))
                .build();
    }
}
