package org.ssbfem.solver.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.nonlinear.NewtonReport;
import org.ssbfem.solver.physics.Diffusion;
import org.ssbfem.solver.physics.InterfaceConductance;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;
import org.ssbfem.solver.space.Integrals;
import org.ssbfem.solver.testutil.Solvers;
import org.ssbfem.solver.verify.UnitMesh;

/**
 * The two-sided interface loop: fields ua on region a (x &lt; 0.5) and ub on b, -u'' = 0 in each,
 * ua = 0 at x = 0, ub = 1 at x = 1, and a contact conductance h at x = 0.5: flux j = h (ua - ub)
 * from a into b. Exact: ua = B x, ub = C + B x with C = 1 / (1 + h), B = h C. Linear, so P1 and
 * P2 reproduce it on unstructured meshes (perturbed in the interface plane) to solver precision.
 */
class InterfaceAssemblyTest {
    private static final double H = 3.0;

    private static Mesh mesh(int dim, int order) {
        return (dim == 2 ? UnitMesh.square(6) : UnitMesh.cube(4)).order(order).perturb(0.2, 5)
                .keepPlaneX(0.5).regions(List.of("a", "b"), c -> c[0] < 0.5 ? 0 : 1).build();
    }

    @ParameterizedTest(name = "{0}D P{1}")
    @CsvSource({"2, 1", "2, 2", "3, 1", "3, 2"})
    void reproducesTheExactPiecewiseLinearSolution(int dim, int degree) {
        Mesh mesh = mesh(dim, 2);
        FieldLayout layout = FieldLayout.builder().add("ua", FunctionSpace.on(mesh, degree, "a"))
                .add("ub", FunctionSpace.on(mesh, degree, "b")).build();
        Constraints cons = Constraints.builder(layout).fix("ua", "left", 0).fix("ub", "right", 1).build();
        Assembler asm = Assembler.builder(layout, cons)
                .cell(Diffusion.constant(1.0), "ua").cell(Diffusion.constant(1.0), "ub")
                .interfaceTerm(new InterfaceConductance(H), "interface", List.of("a"),
                        InterfaceSlot.minus("ua"), InterfaceSlot.plus("ub"))
                .build();
        double[] x = new double[asm.size()];
        NewtonReport rep = Solvers.newton(Solvers.gmres(), 1e-13).solve(new AssembledProblem(asm), x);
        assertTrue(rep.converged(), rep.message());
        assertEquals(1, rep.iterations(), "a linear problem is one Newton step");
        double[] full = new double[layout.size()];
        asm.constraints().expand(x, full);
        double c = 1 / (1 + H);
        double b = H * c;
        for (int f = 0; f < 2; f++) {
            FunctionSpace s = layout.space(f);
            for (int d = 0; d < s.dofCount(); d++) {
                assertEquals((f == 0 ? 0 : c) + b * s.dofCoord(d, 0), full[layout.offset(f) + d], 1e-10);
            }
        }
        double[] ua = layout.extract(full, 0);
        assertEquals(b, Integrals.normalFlux(layout.space(0), ua, "interface"), 1e-10);
    }

    @Test
    void interfaceThatDoesNotSeparateTheMinusRegionsIsAnInputError() {
        Mesh mesh = mesh(2, 1);
        FieldLayout layout = FieldLayout.builder().add("ua", FunctionSpace.on(mesh, 1, "a"))
                .add("ub", FunctionSpace.on(mesh, 1, "b")).build();
        var b = Assembler.builder(layout, Constraints.none(layout))
                .interfaceTerm(new InterfaceConductance(H), "interface", List.of("a", "b"),
                        InterfaceSlot.minus("ua"), InterfaceSlot.plus("ub"));
        assertThrows(InputError.class, b::build);
        var wrongSide = Assembler.builder(layout, Constraints.none(layout))
                .interfaceTerm(new InterfaceConductance(H), "interface", List.of("a"),
                        InterfaceSlot.minus("ub"), InterfaceSlot.plus("ua"));
        InputError e = assertThrows(InputError.class, wrongSide::build);
        assertTrue(e.getMessage().contains("ub"), e.getMessage());
    }

    @Test
    void cellTermOnARegionOutsideItsFieldIsAnInputError() {
        Mesh mesh = mesh(2, 1);
        FieldLayout layout = FieldLayout.of("ua", FunctionSpace.on(mesh, 1, "a"));
        InputError e = assertThrows(InputError.class, () -> Assembler.builder(layout, Constraints.none(layout))
                .cell(Diffusion.constant(1.0), List.of("b"), "ua"));
        assertEquals("field 'ua'", e.where());
    }
}
