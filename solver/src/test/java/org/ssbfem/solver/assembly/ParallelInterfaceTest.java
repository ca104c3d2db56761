package org.ssbfem.solver.assembly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.linalg.ReverseCuthillMcKee;
import org.ssbfem.solver.linalg.SparseMatrix;
import org.ssbfem.solver.physics.Diffusion;
import org.ssbfem.solver.physics.InterfaceConductance;
import org.ssbfem.solver.physics.MassMatrix;
import org.ssbfem.solver.physics.TimeDerivative;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;
import org.ssbfem.solver.testutil.Compare;
import org.ssbfem.solver.testutil.TaylorTest;
import org.ssbfem.solver.testutil.TestKinetics;
import org.ssbfem.solver.verify.UnitMesh;

/**
 * An interface loop with half of its facets on a worker thread ({@link InterfaceWorker}) gives the
 * residual and Jacobian of the serial loop to rounding, and bit for bit the same on a repeat; on a
 * discharge-like layout (phi_s and c on one side with a merged terminal unknown and a fixed value,
 * phi_e on the other; Butler-Volmer, lumped for P1 and consistent for P2, and a second term on the
 * same interface), renumbered or not, with and without the positions table, over Jacobian and
 * residual-only assemblies. Small interfaces and unsafe terms stay serial.
 */
class ParallelInterfaceTest {
    private static final double TOLERANCE = 1e-13;

    /** 12^3 * 6 tetrahedra, 288 facets on the plane x = 0.5. */
    private static Mesh mesh(int order, int n) {
        return UnitMesh.cube(n).order(order).perturb(0.2, 7).keepPlaneX(0.5)
                .regions(List.of("a", "b"), x -> x[0] < 0.5 ? 0 : 1).build();
    }

    private static Assembler assembler(Mesh mesh, int degree, int threads, boolean renumber, boolean table,
                                       InterfaceTerm extra) {
        FieldLayout layout = FieldLayout.builder().add("phi_s", FunctionSpace.on(mesh, degree, "a"))
                .add("c", FunctionSpace.on(mesh, degree, "a"))
                .add("phi_e", FunctionSpace.on(mesh, degree, "b")).build();
        Constraints cons = Constraints.builder(layout).merge("phi_s", "left").fix("phi_e", "right", 0.0).build();
        MassMatrix form = degree == 1 ? MassMatrix.LUMPED : MassMatrix.CONSISTENT;
        AssemblerBuilder b = Assembler.builder(layout, cons)
                .cell(Diffusion.constant(1.0), "phi_s")
                .cell(Diffusion.constant(1e-3), "c")
                .cell(new TimeDerivative(2.0, form), "c")
                .cell(Diffusion.constant(2.0), "phi_e")
                .interfaceTerm(TestKinetics.butlerVolmer(form), "interface", List.of("a"),
                        InterfaceSlot.minus("phi_s"), InterfaceSlot.minus("c"), InterfaceSlot.plus("phi_e"))
                .interfaceTerm(extra, "interface", List.of("a"), InterfaceSlot.minus("phi_s"),
                        InterfaceSlot.plus("phi_e"))
                .scatterTable(table).threads(threads);
        if (renumber) {
            b.renumber(ReverseCuthillMcKee::permutation);
        }
        return b.build();
    }

    /** Residuals and Jacobians of Jacobian and residual-only assemblies at changing states. */
    private static List<double[]> run(Assembler asm) {
        int n = asm.size();
        SparseMatrix j = asm.newMatrix();
        List<double[]> out = new ArrayList<>();
        asm.setHistory(TaylorTest.random(asm.layout().size(), 0.2, 1.2, 11));
        asm.setShift(10.0);
        for (int k = 0; k < 5; k++) {
            double[] r = new double[n];
            boolean withJacobian = k != 2;
            asm.assemble(TaylorTest.random(n, 0.2, 1.2, 20 + k), r, withJacobian ? j : null);
            out.add(r);
            if (withJacobian) {
                out.add(j.values().clone());
            }
        }
        return out;
    }

    private static void check(int degree, boolean renumber, boolean table) {
        Mesh mesh = mesh(degree, 12);
        InterfaceTerm extra = new InterfaceConductance(3.0);
        Assembler serial = assembler(mesh, degree, 1, renumber, table, extra);
        Assembler two = assembler(mesh, degree, 2, renumber, table, extra);
        assertFalse(serial.parallelInterfaces());
        assertTrue(two.parallelInterfaces());
        List<double[]> expected = run(serial);
        List<double[]> first = run(two);
        for (int k = 0; k < expected.size(); k++) {
            Compare.assertClose(expected.get(k), first.get(k), TOLERANCE, "output " + k);
        }
        List<double[]> again = run(two);
        for (int k = 0; k < first.size(); k++) {
            assertArrayEquals(first.get(k), again.get(k), 0.0, "repeat " + k);
        }
    }

    @Test
    void p1RenumberedAgreesWithSerial() {
        check(1, true, true);
    }

    @Test
    void p1InMeshOrderWithoutTableAgreesWithSerial() {
        check(1, false, false);
    }

    @Test
    void p2RenumberedAgreesWithSerial() {
        check(2, true, true);
    }

    @Test
    void smallInterfacesAndUnsafeTermsStaySerial() {
        assertFalse(assembler(mesh(1, 8), 1, 2, true, true, new InterfaceConductance(3.0)).parallelInterfaces());
        InterfaceTerm unsafe = new InterfaceTerm() {
            @Override public int slots() { return 2; }

            @Override public boolean threadSafe() { return false; }

            @Override public void add(QuadratureData in, LocalSystem out) { }
        };
        assertFalse(assembler(mesh(1, 12), 1, 2, true, true, unsafe).parallelInterfaces());
    }

    @Test
    void aFailureOnTheWorkerReachesTheCaller() {
        InterfaceTerm failing = new InterfaceTerm() {
            @Override public int slots() { return 2; }

            @Override
            public void add(QuadratureData in, LocalSystem out) {
                if (in.x(0, 1) > 0.5) {
                    throw new IllegalStateException("bad facet");
                }
            }
        };
        Assembler two = assembler(mesh(1, 12), 1, 2, true, true, failing);
        assertTrue(two.parallelInterfaces());
        assertThrows(IllegalStateException.class, () -> run(two));
    }
}
