package org.ssbfem.solver.assembly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.linalg.SparseMatrix;
import org.ssbfem.solver.physics.BodySource;
import org.ssbfem.solver.physics.Coefficient;
import org.ssbfem.solver.physics.Diffusion;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;
import org.ssbfem.solver.verify.UnitMesh;
import org.ssbfem.solver.testutil.TaylorTest;

/**
 * A linear problem with constant coefficients assembles its Jacobian once and reuses it while the
 * caller's matrix is unchanged; a changed or different matrix, or a nonlinear term, assembles again.
 */
class JacobianReuseTest {
    private final Mesh mesh = UnitMesh.cube(3).order(2).perturb(0.2, 1)
            .regions(List.of("a", "b"), c -> c[0] < 0.5 ? 0 : 1).build();

    private Assembler assembler(boolean linear) {
        FieldLayout layout = FieldLayout.of("u", FunctionSpace.everywhere(mesh, 2));
        Constraints cons = Constraints.builder(layout).fix("u", "left", 0).fix("u", "right", 1).build();
        return Assembler.builder(layout, cons)
                .cell(Diffusion.constant(1e-4), List.of("a"), "u")
                .cell(linear ? Diffusion.constant(1.0) : Diffusion.of(Coefficient.quadratic(1, 0.5)), List.of("b"), "u")
                .cell(new BodySource((x, y, z, t) -> x), "u")
                .build();
    }

    @Test
    void constantJacobianIsAssembledOnceWhileTheMatrixIsUnchanged() {
        Assembler asm = assembler(true);
        double[] u = TaylorTest.random(asm.size(), 0, 1, 2);
        double[] r = new double[asm.size()];
        double[] r0 = new double[asm.size()];
        SparseMatrix j = asm.newMatrix();
        asm.assemble(u, r0, j);
        double[] j0 = j.values().clone();
        asm.assemble(u, r, j);
        assertEquals(1, asm.jacobianAssemblies(), "reused");
        assertArrayEquals(r0, r, 0.0);
        assertArrayEquals(j0, j.values(), 0.0);
        j.values()[7] *= 2;
        asm.assemble(u, r, j);
        assertEquals(2, asm.jacobianAssemblies(), "a changed matrix is assembled again");
        assertArrayEquals(j0, j.values(), 0.0);
        SparseMatrix other = asm.newMatrix();
        asm.assemble(u, r, other);
        assertEquals(3, asm.jacobianAssemblies(), "another matrix is assembled");
        assertArrayEquals(j0, other.values(), 0.0);
    }

    @Test
    void nonlinearTermsAssembleEveryTime() {
        Assembler asm = assembler(false);
        double[] u = TaylorTest.random(asm.size(), 0, 1, 2);
        double[] r = new double[asm.size()];
        SparseMatrix j = asm.newMatrix();
        asm.assemble(u, r, j);
        asm.assemble(u, r, j);
        assertEquals(2, asm.jacobianAssemblies());
    }
}
