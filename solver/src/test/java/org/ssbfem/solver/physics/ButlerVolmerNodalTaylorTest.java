package org.ssbfem.solver.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.assembly.AssembledProblem;
import org.ssbfem.solver.assembly.Assembler;
import org.ssbfem.solver.assembly.InterfaceSlot;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;
import org.ssbfem.solver.testutil.TaylorTest;
import org.ssbfem.solver.testutil.TestKinetics;
import org.ssbfem.solver.verify.UnitMesh;

/**
 * The lumped (nodal-quadrature) Butler-Volmer term, P1 only: its Jacobian passes the Taylor test
 * with the coefficients of {@link ButlerVolmerTaylorTest}; at a state constant along the interface
 * it gives the same currents as the consistent form (i_n is then constant and both integrate it
 * exactly); and it puts the same total current into the phi_s, c (times F) and phi_e rows.
 * P2 fields on tetrahedra are refused.
 */
class ButlerVolmerNodalTaylorTest {
    private static Mesh mesh(int dim) {
        return (dim == 2 ? UnitMesh.square(4) : UnitMesh.cube(2)).order(2).perturb(0.15, 3)
                .regions(List.of("a", "b"), c -> c[0] < 0.5 ? 0 : 1).build();
    }

    private static Assembler assembler(Mesh mesh, int degree, MassMatrix form) {
        ButlerVolmer t = ButlerVolmerTaylorTest.term();
        ButlerVolmer bv = TestKinetics.butlerVolmer(form);
        FieldLayout layout = FieldLayout.builder()
                .add("phi_s", FunctionSpace.on(mesh, degree, "a"))
                .add("c", FunctionSpace.on(mesh, degree, "a"))
                .add("phi_e", FunctionSpace.on(mesh, degree, "b")).build();
        return Assembler.builder(layout, Constraints.none(layout))
                .cell(Diffusion.constant(1.0), "phi_s")
                .cell(Diffusion.constant(1e-3), "c")
                .cell(Diffusion.constant(2.0), "phi_e")
                .interfaceTerm(t.form() == form ? t : bv, "interface", List.of("a"),
                        InterfaceSlot.minus("phi_s"), InterfaceSlot.minus("c"), InterfaceSlot.plus("phi_e"))
                .build();
    }

    @ParameterizedTest(name = "{0}D P1")
    @CsvSource({"2", "3"})
    void jacobianPassesTheTaylorTest(int dim) {
        Assembler asm = assembler(mesh(dim), 1, MassMatrix.LUMPED);
        double[] u = TaylorTest.random(asm.size(), 0.2, 1.2, 11);
        double[] d = TaylorTest.random(asm.size(), -1, 1, 12);
        TaylorTest.assertSecondOrder(new AssembledProblem(asm), u, d, 0.1);
    }

    @ParameterizedTest(name = "{0}D P1")
    @CsvSource({"2", "3"})
    void equalsTheConsistentFormForAStateConstantAlongTheInterface(int dim) {
        Mesh mesh = mesh(dim);
        Assembler lumped = assembler(mesh, 1, MassMatrix.LUMPED);
        Assembler consistent = assembler(mesh, 1, MassMatrix.CONSISTENT);
        FieldLayout layout = lumped.layout();
        double[] u = new double[lumped.size()];
        double[] value = {0.7, 0.9, 0.2};
        for (int f = 0; f < 3; f++) {
            for (int i = layout.offset(f); i < layout.offset(f) + layout.space(f).dofCount(); i++) {
                u[i] = value[f];
            }
        }
        double[] rl = new double[u.length];
        double[] rc = new double[u.length];
        lumped.assemble(u, rl, null);
        consistent.assemble(u, rc, null);
        double[] total = new double[3];
        double scale = 0;
        for (int i = 0; i < u.length; i++) {
            assertEquals(rc[i], rl[i], 1e-12 * (1 + Math.abs(rc[i])), "row " + i);
            int f = i < layout.offset(1) ? 0 : i < layout.offset(2) ? 1 : 2;
            total[f] += rl[i] * (f == 1 ? ButlerVolmer.FARADAY_C_PER_MOL : 1.0);
            scale = Math.max(scale, Math.abs(rl[i]));
        }
        assertEquals(total[0], total[1], 1e-9 * scale, "lithium rows carry the current / F");
        assertEquals(-total[0], total[2], 1e-9 * scale, "phi_e rows carry minus the current");
    }

    /** P2 triangles (the facets of tetrahedra) have corner weights int phi_k dA = 0. */
    @Test
    void refusesP2FieldsOnTetrahedra() {
        Assembler asm = assembler(mesh(3), 2, MassMatrix.LUMPED);
        double[] u = TaylorTest.random(asm.size(), 0.2, 1.2, 11);
        assertThrows(IllegalStateException.class, () -> asm.assemble(u, new double[asm.size()], null));
    }
}
