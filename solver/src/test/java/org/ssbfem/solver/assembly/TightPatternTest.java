package org.ssbfem.solver.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.linalg.SparseMatrix;
import org.ssbfem.solver.linalg.SparsityPattern;
import org.ssbfem.solver.physics.ButlerVolmer;
import org.ssbfem.solver.physics.Diffusion;
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
 * The matrix pattern leaves out what cannot couple: unknowns of fields that no cell term reads
 * together (phi_s and c of the CAM), and across a trace-only interface term the dofs off the facet.
 * Against an assembler whose pattern holds everything (a do-nothing cell term joining phi_s and c,
 * the Butler-Volmer term wrapped as not trace-only), on a discharge-like layout: the same residual,
 * the same Jacobian entries on the smaller pattern, and nothing but rounding outside it; P1 lumped
 * and P2 consistent, with and without the worker thread. The wrapped term runs on both cells'
 * functions, the trace-only one on the facets' own ({@link TraceKernel}): this also checks that the
 * two give the same residual and Jacobian.
 */
class TightPatternTest {
    private static Mesh mesh(int order) {
        return UnitMesh.cube(12).order(order).perturb(0.2, 9).keepPlaneX(0.5)
                .regions(List.of("a", "b"), x -> x[0] < 0.5 ? 0 : 1).build();
    }

    private static Assembler assembler(Mesh mesh, int degree, boolean tight, int threads) {
        FieldLayout layout = FieldLayout.builder().add("phi_s", FunctionSpace.on(mesh, degree, "a"))
                .add("c", FunctionSpace.on(mesh, degree, "a"))
                .add("phi_e", FunctionSpace.on(mesh, degree, "b")).build();
        Constraints cons = Constraints.builder(layout).merge("phi_s", "left").fix("phi_e", "right", 0.0).build();
        MassMatrix form = degree == 1 ? MassMatrix.LUMPED : MassMatrix.CONSISTENT;
        ButlerVolmer bv = TestKinetics.butlerVolmer(form);
        InterfaceTerm term = tight ? bv : new InterfaceTerm() {
            @Override public int slots() { return 3; }

            @Override public int quadratureDegree(int p, int order) { return bv.quadratureDegree(p, order); }

            @Override public void add(QuadratureData in, LocalSystem out) { bv.add(in, out); }
        };
        AssemblerBuilder b = Assembler.builder(layout, cons)
                .cell(Diffusion.constant(1.0), "phi_s")
                .cell(Diffusion.constant(1e-3), "c")
                .cell(new TimeDerivative(2.0, form), "c")
                .cell(Diffusion.constant(2.0), "phi_e")
                .interfaceTerm(term, "interface", List.of("a"), InterfaceSlot.minus("phi_s"), InterfaceSlot.minus("c"),
                        InterfaceSlot.plus("phi_e"))
                .threads(threads);
        if (!tight) {
            b.cell(new CellTerm() {
                @Override public int slots() { return 2; }

                @Override public void add(QuadratureData in, LocalSystem out) { }
            }, "phi_s", "c");
        }
        return b.build();
    }

    @ParameterizedTest(name = "P{0}, {1} threads")
    @CsvSource({"1, 1", "1, 2", "2, 1", "2, 2"})
    void leavesOutOnlyWhatDoesNotCouple(int degree, int threads) {
        Mesh mesh = mesh(degree);
        Assembler tight = assembler(mesh, degree, true, threads);
        Assembler full = assembler(mesh, degree, false, threads);
        assertEquals(full.size(), tight.size());
        SparsityPattern tp = tight.pattern();
        SparsityPattern fp = full.pattern();
        assertTrue(tp.nonZeros() < 0.9 * fp.nonZeros(), tp.nonZeros() + " of " + fp.nonZeros());
        double[] history = TaylorTest.random(tight.layout().size(), 0.2, 1.2, 11);
        double[] u = TaylorTest.random(tight.size(), 0.2, 1.2, 12);
        SparseMatrix jt = tight.newMatrix();
        SparseMatrix jf = full.newMatrix();
        double[] rt = new double[tight.size()];
        double[] rf = new double[full.size()];
        for (Assembler a : List.of(tight, full)) {
            a.setHistory(history);
            a.setShift(10.0);
        }
        for (int k = 0; k < 3; k++) {
            tight.assemble(u, rt, jt);
            full.assemble(u, rf, jf);
        }
        Compare.assertClose(rf, rt, 1e-13, "residual");
        double scale = Compare.maxAbs(jf.values());
        for (int r = 0; r < fp.size(); r++) {
            for (int k = fp.rowPtr()[r]; k < fp.rowPtr()[r + 1]; k++) {
                int c = fp.colIdx()[k];
                int t = tp.find(r, c);
                double expected = jf.values()[k];
                if (t >= 0) {
                    assertEquals(expected, jt.values()[t], 1e-13 * scale, "entry (" + r + "," + c + ")");
                } else {
                    assertEquals(0.0, expected, 1e-13 * scale, "left out (" + r + "," + c + ")");
                }
            }
        }
    }
}
