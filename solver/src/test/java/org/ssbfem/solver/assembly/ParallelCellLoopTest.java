package org.ssbfem.solver.assembly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.linalg.ReverseCuthillMcKee;
import org.ssbfem.solver.linalg.SparseMatrix;
import org.ssbfem.solver.physics.BodySource;
import org.ssbfem.solver.physics.BoundaryFlux;
import org.ssbfem.solver.physics.Coefficient;
import org.ssbfem.solver.physics.Diffusion;
import org.ssbfem.solver.physics.FluxFunction;
import org.ssbfem.solver.physics.MassMatrix;
import org.ssbfem.solver.physics.TimeDerivative;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;
import org.ssbfem.solver.testutil.Compare;
import org.ssbfem.solver.testutil.TaylorTest;
import org.ssbfem.solver.verify.UnitMesh;

/**
 * The cell loop on two (and three) threads gives the residual and Jacobian of the serial loop to
 * rounding (summation order in the rows the threads share), bit for bit the same on repeated runs
 * with the same thread count, on a mesh above the parallel threshold with three regions, a
 * nonlinear diffusion, a coupled diffusion, a time derivative with history, a source and a
 * boundary term; for P1 and P2, renumbered or not, with and without the positions table, over
 * repeated assemblies (merge, table filling, table use, residual only).
 */
class ParallelCellLoopTest {
    private static final double TOLERANCE = 1e-13;
    private static final Map<Integer, Mesh> MESHES = new ConcurrentHashMap<>();

    /** 6 * 16^3 = 24576 tetrahedra: a (x &lt; 0.5), b (x &gt; 0.5, y &lt; 0.5), c (the rest). */
    private static Mesh mesh(int order) {
        return MESHES.computeIfAbsent(order, o -> UnitMesh.cube(16).order(o).perturb(0.2, 3).keepPlaneX(0.5)
                .regions(List.of("a", "b", "c"), x -> x[0] < 0.5 ? 0 : x[1] < 0.5 ? 1 : 2).build());
    }

    private static Assembler assembler(int degree, int threads, boolean renumber, boolean table) {
        Mesh mesh = mesh(degree);
        FieldLayout layout = FieldLayout.builder().add("ua", FunctionSpace.on(mesh, degree, "a"))
                .add("c", FunctionSpace.on(mesh, degree, "a"))
                .add("ub", FunctionSpace.on(mesh, degree, "b", "c")).build();
        Constraints cons = Constraints.builder(layout).fix("ua", "left", 0.1).merge("ub", "right").build();
        MassMatrix mass = degree == 1 ? MassMatrix.LUMPED : MassMatrix.CONSISTENT;
        AssemblerBuilder b = Assembler.builder(layout, cons)
                .cell(Diffusion.of(Coefficient.quadratic(1, 0.5)), "ua")
                .cell(Diffusion.dependingOn(Coefficient.exponential(0.5, 0.8)), "c", "ua")
                .cell(new TimeDerivative(2.0, mass), "c")
                .cell(new BodySource((x, y, z, t) -> x * y + z * t), "ua")
                .cell(Diffusion.constant(2), List.of("b"), "ub")
                .cell(Diffusion.of(Coefficient.exponential(1, 0.3)), List.of("c"), "ub")
                .cell(new TimeDerivative(1.0, mass), List.of("c"), "ub")
                .boundary(new BoundaryFlux(FluxFunction.robin(1, 0.3)), "right", "ub")
                .scatterTable(table).threads(threads);
        if (renumber) {
            b.renumber(ReverseCuthillMcKee::permutation);
        }
        return b.build();
    }

    /** Residuals and Jacobian values of 4 Jacobian assemblies and a residual-only one, changing state in between. */
    private static double[][] run(Assembler asm) {
        int n = asm.size();
        SparseMatrix j = asm.newMatrix();
        double[][] out = new double[9][];
        asm.setHistory(TaylorTest.random(asm.layout().size(), 0, 1, 11));
        for (int k = 0; k < 4; k++) {
            asm.setTime(0.5 * k);
            asm.setShift(k == 0 ? 0 : 10.0 * k);
            double[] r = new double[n];
            asm.assemble(TaylorTest.random(n, 0, 1, 20 + k), r, j);
            out[2 * k] = r;
            out[2 * k + 1] = j.values().clone();
        }
        double[] r = new double[n];
        asm.assemble(TaylorTest.random(n, 0, 1, 30), r, null);
        out[8] = r;
        return out;
    }

    private static void assertClose(double[][] expected, double[][] actual) {
        for (int k = 0; k < expected.length; k++) {
            Compare.assertClose(expected[k], actual[k], TOLERANCE, "output " + k);
        }
    }

    private static void check(int degree, boolean renumber, boolean table) {
        Assembler serial = assembler(degree, 1, renumber, table);
        Assembler two = assembler(degree, 2, renumber, table);
        assertFalse(serial.parallelCells());
        assertTrue(two.parallelCells());
        double[][] expected = run(serial);
        double[][] first = run(two);
        assertClose(expected, first);
        double[][] again = run(two);
        for (int k = 0; k < first.length; k++) {
            assertArrayEquals(first[k], again[k], 0.0, "repeat " + k);
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
    void p2InMeshOrderAgreesWithSerial() {
        check(2, false, true);
    }

    @Test
    void threeThreadsAgreeWithSerial() {
        Assembler three = assembler(1, 3, true, true);
        assertTrue(three.parallelCells());
        assertClose(run(assembler(1, 1, true, true)), run(three));
    }

    @Test
    void smallMeshesAndUnsafeTermsStaySerial() {
        Mesh small = UnitMesh.cube(4).build();
        FieldLayout layout = FieldLayout.of("u", FunctionSpace.everywhere(small, 1));
        assertFalse(Assembler.builder(layout, Constraints.none(layout)).cell(Diffusion.constant(1), "u").threads(2)
                .build().parallelCells());
        FieldLayout big = FieldLayout.of("u", FunctionSpace.everywhere(mesh(1), 1));
        CellTerm unsafe = new CellTerm() {
            @Override public int slots() { return 1; }

            @Override public boolean threadSafe() { return false; }

            @Override public void add(QuadratureData in, LocalSystem out) { }
        };
        assertFalse(Assembler.builder(big, Constraints.none(big)).cell(Diffusion.constant(1), "u").cell(unsafe, "u")
                .threads(2).build().parallelCells());
        assertTrue(Assembler.builder(big, Constraints.none(big)).cell(Diffusion.constant(1), "u").threads(2)
                .build().parallelCells());
    }

    @Test
    void aFailingTermFailsTheAssemblyAfterBothThreadsStopped() {
        Mesh mesh = mesh(2);
        FieldLayout layout = FieldLayout.of("u", FunctionSpace.everywhere(mesh, 2));
        Assembler asm = Assembler.builder(layout, Constraints.none(layout))
                .cell(new TimeDerivative(1.0, MassMatrix.LUMPED), "u").threads(2).build();
        assertTrue(asm.parallelCells());
        asm.setShift(1.0);
        double[] r = new double[asm.size()];
        assertThrows(IllegalStateException.class, () -> asm.assemble(new double[asm.size()], r, asm.newMatrix()));
        asm.setShift(0.0);
        asm.assemble(new double[asm.size()], r, asm.newMatrix());
    }
}
