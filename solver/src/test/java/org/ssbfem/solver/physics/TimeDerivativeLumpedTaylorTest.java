package org.ssbfem.solver.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.assembly.AssembledProblem;
import org.ssbfem.solver.assembly.Assembler;
import org.ssbfem.solver.linalg.SparseMatrix;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;
import org.ssbfem.solver.testutil.TaylorTest;
import org.ssbfem.solver.verify.UnitMesh;

/**
 * The lumped time derivative ({@link MassMatrix#LUMPED}, P1 only): its Jacobian passes the Taylor
 * test with a source beside it, it is diagonal with the row sums {@code int phi_a dV} of the
 * consistent mass, its residual is that diagonal times the nodal {@code u - h}, its total equals
 * the consistent one (same inventory), and P2 fields are refused (zero or negative row sums).
 */
class TimeDerivativeLumpedTaylorTest {
    private static final double CAPACITY = 2.5;
    private static final double SHIFT_PER_S = 10.0;

    private static Mesh mesh(int dim, int order) {
        return (dim == 2 ? UnitMesh.square(4) : UnitMesh.cube(2)).order(order).perturb(0.15, 3)
                .regions(List.of("a", "b"), c -> c[0] < 0.5 ? 0 : 1).build();
    }

    private static Assembler assembler(Mesh mesh, int degree, MassMatrix mass, boolean source) {
        FieldLayout layout = FieldLayout.of("u", FunctionSpace.everywhere(mesh, degree));
        var b = Assembler.builder(layout, Constraints.none(layout)).cell(new TimeDerivative(CAPACITY, mass), "u");
        if (source) {
            b.cell(new BodySource((x, y, z, t) -> Math.sin(x + t)), "u");
        }
        Assembler a = b.build();
        a.setShift(SHIFT_PER_S);
        a.setTime(0.3);
        a.setHistory(TaylorTest.random(layout.size(), 0, 1, 5));
        return a;
    }

    @ParameterizedTest(name = "{0}D P1, mesh order {1}")
    @CsvSource({"2, 1", "2, 2", "3, 1", "3, 2"})
    void jacobianPassesTheTaylorTest(int dim, int order) {
        Assembler asm = assembler(mesh(dim, order), 1, MassMatrix.LUMPED, true);
        double[] u = TaylorTest.random(asm.size(), 0.2, 1.2, 11);
        double[] d = TaylorTest.random(asm.size(), -1, 1, 12);
        TaylorTest.assertSecondOrder(new AssembledProblem(asm), u, d, 0.1);
    }

    @ParameterizedTest(name = "{0}D")
    @ValueSource(ints = {2, 3})
    void isTheRowSumDiagonalOfTheConsistentMassAndKeepsTheInventory(int dim) {
        Mesh mesh = mesh(dim, 1);
        Assembler lumped = assembler(mesh, 1, MassMatrix.LUMPED, false);
        Assembler consistent = assembler(mesh, 1, MassMatrix.CONSISTENT, false);
        int n = lumped.size();
        double[] u = TaylorTest.random(n, 0.2, 1.2, 11);
        double[] history = TaylorTest.random(n, 0, 1, 5);
        double[] rl = new double[n];
        double[] rc = new double[n];
        SparseMatrix jl = lumped.newMatrix();
        SparseMatrix jc = consistent.newMatrix();
        lumped.assemble(u, rl, jl);
        consistent.assemble(u, rc, jc);
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1.0);
        double[] rowSums = new double[n];
        jc.multiply(ones, rowSums);
        double sumL = 0;
        double sumC = 0;
        for (int i = 0; i < n; i++) {
            assertTrue(rowSums[i] > 0, "positive row sum");
            assertEquals(rowSums[i], jl.get(i, i), 1e-13 * rowSums[i], "diagonal = row sum of the consistent mass");
            assertEquals(rowSums[i] * (u[i] - history[i]), rl[i], 1e-12 * rowSums[i], "residual at dof " + i);
            sumL += rl[i];
            sumC += rc[i];
        }
        assertEquals(sumC, sumL, 1e-12 * Math.abs(sumC), "total = the consistent total");
        double offDiagonal = 0;
        int[] rp = jl.pattern().rowPtr();
        int[] ci = jl.pattern().colIdx();
        for (int i = 0; i < n; i++) {
            for (int k = rp[i]; k < rp[i + 1]; k++) {
                offDiagonal += ci[k] == i ? 0.0 : Math.abs(jl.values()[k]);
            }
        }
        assertEquals(0.0, offDiagonal, 0.0, "diagonal Jacobian");
    }

    @Test
    void refusesP2FieldsWhoseRowSumsAreNotPositive() {
        Assembler asm = assembler(mesh(3, 2), 2, MassMatrix.LUMPED, false);
        double[] u = TaylorTest.random(asm.size(), 0.2, 1.2, 11);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> asm.assemble(u, new double[asm.size()], null));
        assertTrue(e.getMessage().contains("consistent"), e.getMessage());
        assertTrue(!MassMatrix.LUMPED.supports(2) && MassMatrix.CONSISTENT.supports(2));
        assertEquals(MassMatrix.LUMPED, MassMatrix.defaultFor(1));
        assertEquals(MassMatrix.CONSISTENT, MassMatrix.defaultFor(2));
    }
}
