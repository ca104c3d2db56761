package org.ssbfem.solver.physics;

import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.assembly.Assembler;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;
import org.ssbfem.solver.testutil.TaylorTest;

/** capacity * shift * (u - history) with a random history, plus a source (constant in u). */
class TimeDerivativeTaylorTest extends TermTaylorContract {
    @Override
    Assembler assembler(Mesh mesh, int degree) {
        FieldLayout layout = FieldLayout.of("u", FunctionSpace.everywhere(mesh, degree));
        Assembler a = Assembler.builder(layout, Constraints.none(layout))
                .cell(new TimeDerivative(2.5), "u")
                .cell(new BodySource((x, y, z, t) -> Math.sin(x + t)), "u")
                .build();
        a.setShift(10.0);
        a.setTime(0.3);
        a.setHistory(TaylorTest.random(layout.size(), 0, 1, 5));
        return a;
    }
}
