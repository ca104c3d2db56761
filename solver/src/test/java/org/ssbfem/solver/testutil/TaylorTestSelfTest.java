package org.ssbfem.solver.testutil;

import org.ssbfem.solver.verify.UnitMesh;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.assembly.AssembledProblem;
import org.ssbfem.solver.assembly.Assembler;
import org.ssbfem.solver.physics.Coefficient;
import org.ssbfem.solver.physics.Diffusion;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;

/** The Taylor test must reject a Jacobian that misses a derivative (here dD/du set to zero). */
class TaylorTestSelfTest {
    @Test
    void rejectsAWrongJacobian() {
        Coefficient wrong = new Coefficient() {
            @Override public double value(double u) { return 1 + u * u; }

            @Override public double derivative(double u) { return 0.0; }
        };
        Mesh mesh = UnitMesh.square(3).perturb(0.2, 1).build();
        FieldLayout layout = FieldLayout.of("u", FunctionSpace.everywhere(mesh, 1));
        Assembler asm = Assembler.builder(layout, Constraints.none(layout)).cell(Diffusion.of(wrong), "u").build();
        double[] u = TaylorTest.random(asm.size(), 0, 1, 1);
        double[] d = TaylorTest.random(asm.size(), -1, 1, 2);
        assertThrows(AssertionFailedError.class,
                () -> TaylorTest.assertSecondOrder(new AssembledProblem(asm), u, d, 0.1));
    }
}
