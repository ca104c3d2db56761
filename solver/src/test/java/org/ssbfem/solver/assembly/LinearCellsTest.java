package org.ssbfem.solver.assembly;


import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.linalg.ReverseCuthillMcKee;
import org.ssbfem.solver.linalg.SparseMatrix;
import org.ssbfem.solver.physics.BodySource;
import org.ssbfem.solver.physics.Coefficient;
import org.ssbfem.solver.physics.Diffusion;
import org.ssbfem.solver.physics.InterfaceConductance;
import org.ssbfem.solver.physics.MassMatrix;
import org.ssbfem.solver.physics.TimeDerivative;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;
import org.ssbfem.solver.testutil.Compare;
import org.ssbfem.solver.testutil.TaylorTest;
import org.ssbfem.solver.verify.UnitMesh;

/**
 * Keeping the cell terms that are linear in the unknowns ({@link LinearCells}) changes nothing but
 * rounding: the residuals and Jacobians of an assembler that keeps them equal those of one that
 * assembles every term every time, over a Newton-like sequence (several unknowns at one time,
 * shift and history; then each of these changed, and the fixed values; residual-only assemblies between Jacobian ones,
 * so that the positions table is filled by a pass that visits the cells), with and without
 * nonlinear cell terms, with an interface term, for P1 and P2, with and without the table. The
 * terms cover the three kept parts: time-invariant diffusion, a time derivative whose mass matrix
 * is kept (on c, free) and one that is re-assembled per step (on ub, whose unknowns are merged),
 * and a time-dependent source.
 */
class LinearCellsTest {
    private static final double TOLERANCE = 1e-12;

    private static Mesh mesh(int order) {
        return UnitMesh.cube(6).order(order).perturb(0.2, 5).keepPlaneX(0.5)
                .regions(List.of("a", "b"), x -> x[0] < 0.5 ? 0 : 1).build();
    }

    private static Assembler assembler(Mesh mesh, int degree, boolean keep, boolean table, boolean nonlinear) {
        FieldLayout layout = FieldLayout.builder().add("ua", FunctionSpace.on(mesh, degree, "a"))
                .add("c", FunctionSpace.on(mesh, degree, "a"))
                .add("ub", FunctionSpace.on(mesh, degree, "b")).build();
        Constraints cons = Constraints.builder(layout).fix("ua", "left", 0.1).merge("ub", "right").build();
        MassMatrix mass = degree == 1 ? MassMatrix.LUMPED : MassMatrix.CONSISTENT;
        AssemblerBuilder b = Assembler.builder(layout, cons)
                .cell(Diffusion.constant(1.5), "ua")
                .cell(new TimeDerivative(2.0, mass), "c")
                .cell(Diffusion.constant(0.3), "c")
                .cell(new BodySource((x, y, z, t) -> x * y + z * t), "ua")
                .cell(Diffusion.constant(2), "ub")
                .cell(new TimeDerivative(1.0, mass), "ub")
                .interfaceTerm(new InterfaceConductance(3.0), "interface", List.of("a"), InterfaceSlot.minus("ua"),
                        InterfaceSlot.plus("ub"))
                .scatterTable(table).threads(1).linearCells(keep)
                .renumber(ReverseCuthillMcKee::permutation);
        if (nonlinear) {
            b.cell(Diffusion.dependingOn(Coefficient.exponential(0.5, 0.8)), "c", "ua");
        }
        return b.build();
    }

    /** Residuals (and Jacobians) of a sequence of assemblies with changing state. */
    private static List<double[]> run(Assembler asm) {
        int n = asm.size();
        SparseMatrix j = asm.newMatrix();
        List<double[]> out = new ArrayList<>();
        int seed = 40;
        for (int step = 0; step < 5; step++) {
            if (step == 4) {
                asm.constraints().setFixedValues("ua", "left", (x, y, z, t) -> 0.2 + x * y, 0.0);
            }
            asm.setHistory(TaylorTest.random(asm.layout().size(), 0, 1, step == 3 ? 11 : 10));
            asm.setTime(step == 2 ? 0.7 : 0.5);
            asm.setShift(step == 1 ? 30.0 : 10.0);
            for (int it = 0; it < 3; it++) {
                double[] r = new double[n];
                boolean withJacobian = it != 1;
                asm.assemble(TaylorTest.random(n, 0, 1, seed++), r, withJacobian ? j : null);
                out.add(r);
                if (withJacobian) {
                    out.add(j.values().clone());
                }
            }
        }
        return out;
    }

    private static void check(int degree, boolean table, boolean nonlinear) {
        Mesh mesh = mesh(degree);
        List<double[]> expected = run(assembler(mesh, degree, false, table, nonlinear));
        List<double[]> actual = run(assembler(mesh, degree, true, table, nonlinear));
        for (int k = 0; k < expected.size(); k++) {
            Compare.assertClose(expected.get(k), actual.get(k), TOLERANCE, "output " + k);
        }
    }

    @Test
    void p1LinearCellsOnly() {
        check(1, true, false);
    }

    @Test
    void p1WithNonlinearCellTerm() {
        check(1, true, true);
    }

    @Test
    void p1WithoutTable() {
        check(1, false, true);
    }

    @Test
    void p2WithNonlinearCellTerm() {
        check(2, true, true);
    }
}
