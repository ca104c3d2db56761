package org.ssbfem.solver.physics;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.assembly.AssembledProblem;
import org.ssbfem.solver.assembly.Assembler;
import org.ssbfem.solver.verify.UnitMesh;
import org.ssbfem.solver.testutil.TaylorTest;

/**
 * Contract of every term: its Jacobian passes the Taylor test (remainder slope 2) at a random state
 * in 2D and 3D, P1 and P2, on a curved-free perturbed mesh split into regions "a" (x &lt; 0.5) and
 * "b". A concrete test registers its term in {@link #assembler}.
 */
abstract class TermTaylorContract {
    /** Builds the assembler of the term under test on {@code mesh} with fields of {@code degree}. */
    abstract Assembler assembler(Mesh mesh, int degree);

    /** Range of the random state (override for terms with restricted arguments). */
    double[] stateRange() { return new double[] {0.2, 1.2}; }

    @ParameterizedTest(name = "{0}D P{1}")
    @CsvSource({"2, 1", "2, 2", "3, 1", "3, 2"})
    void jacobianPassesTheTaylorTest(int dim, int degree) {
        Mesh mesh = (dim == 2 ? UnitMesh.square(4) : UnitMesh.cube(2)).order(2).perturb(0.15, 3)
                .regions(List.of("a", "b"), c -> c[0] < 0.5 ? 0 : 1).build();
        Assembler asm = assembler(mesh, degree);
        double[] range = stateRange();
        double[] u = TaylorTest.random(asm.size(), range[0], range[1], 11);
        double[] d = TaylorTest.random(asm.size(), -1, 1, 12);
        TaylorTest.assertSecondOrder(new AssembledProblem(asm), u, d, 0.1);
    }
}
