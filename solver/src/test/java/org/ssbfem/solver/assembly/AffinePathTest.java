package org.ssbfem.solver.assembly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.fem.StraightCells;
import org.ssbfem.solver.linalg.SparseMatrix;
import org.ssbfem.solver.physics.BodySource;
import org.ssbfem.solver.physics.BoundaryFlux;
import org.ssbfem.solver.physics.Coefficient;
import org.ssbfem.solver.physics.Diffusion;
import org.ssbfem.solver.physics.FluxFunction;
import org.ssbfem.solver.physics.InterfaceConductance;
import org.ssbfem.solver.physics.TimeDerivative;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;
import org.ssbfem.solver.verify.UnitMesh;
import org.ssbfem.solver.testutil.TaylorTest;

/**
 * The affine fast path (straight cells: one Jacobian per cell, their own quadrature degree) gives
 * the residual and Jacobian of the general isoparametric path to round-off: on a straight
 * second-order mesh, on a mesh with straight and curved cells, for every kind of term, and with
 * the lower default degree of a constant-coefficient diffusion (exact on straight cells).
 */
class AffinePathTest {
    private static Mesh straightMesh(int order) {
        return UnitMesh.cube(3).order(order).perturb(0.2, 2).keepPlaneX(0.5)
                .regions(List.of("a", "b"), c -> c[0] < 0.5 ? 0 : 1).build();
    }

    /** Nodes with x &gt; 0.5 moved by a smooth non-affine map: cells of region b become curved. */
    private static Mesh mixedMesh() {
        Mesh m = straightMesh(2);
        double[] xyz = m.coords().clone();
        for (int n = 0; n < xyz.length / 3; n++) {
            double s = Math.max(0, xyz[3 * n] - 0.5);
            xyz[3 * n + 1] += 0.2 * s * s * Math.sin(Math.PI * xyz[3 * n + 2]);
        }
        return new Mesh(xyz, m.cellType(), m.cells(), m.cellRegions(), m.regionNames(),
                new ArrayList<>(m.facetGroups().values()));
    }

    private static Assembler allTerms(Mesh mesh, UnaryOperator<AssemblerBuilder> path) {
        FieldLayout layout = FieldLayout.builder().add("ua", FunctionSpace.on(mesh, 2, "a"))
                .add("ub", FunctionSpace.on(mesh, 1, "b")).build();
        Constraints cons = Constraints.builder(layout).fix("ua", "left", 0.2).build();
        AssemblerBuilder b = Assembler.builder(layout, cons)
                .cell(Diffusion.of(Coefficient.quadratic(1, 0.5)), "ua")
                .cell(Diffusion.constant(2), "ub")
                .cell(new TimeDerivative(1.5), "ub")
                .cell(new BodySource((x, y, z, t) -> x * y + z), "ua")
                .boundary(new BoundaryFlux(FluxFunction.robin(1, 0.3)), "right", "ub")
                .interfaceTerm(new InterfaceConductance(5), "interface", List.of("a"),
                        InterfaceSlot.minus("ua"), InterfaceSlot.plus("ub"))
                .quadratureDegree(5);
        Assembler asm = path.apply(b).build();
        asm.setShift(10);
        asm.setHistory(TaylorTest.random(layout.size(), 0, 1, 7));
        return asm;
    }

    private static Assembler diffusion(Mesh mesh, int degree, UnaryOperator<AssemblerBuilder> path) {
        FieldLayout layout = FieldLayout.of("u", FunctionSpace.everywhere(mesh, degree));
        Constraints cons = Constraints.builder(layout).fix("u", "left", 0).fix("u", "right", 1).build();
        return path.apply(Assembler.builder(layout, cons).cell(Diffusion.constant(0.7), "u")).build();
    }

    @Test
    void everyTermAgreesOnAStraightSecondOrderMesh() {
        Mesh mesh = straightMesh(2);
        assertEquals(mesh.cellCount(), count(StraightCells.of(mesh), true));
        assertSame(allTerms(mesh, b -> b), allTerms(mesh, AssemblerBuilder::generalGeometry));
    }

    @Test
    void everyTermAgreesOnAMeshWithStraightAndCurvedCells() {
        Mesh mesh = mixedMesh();
        boolean[] straight = StraightCells.of(mesh);
        assertTrue(count(straight, true) > 0 && count(straight, false) > 0, "both kinds of cells");
        assertSame(allTerms(mesh, b -> b), allTerms(mesh, AssemblerBuilder::generalGeometry));
    }

    @Test
    void constantDiffusionAtItsLowerDegreeOnStraightCellsIsExact() {
        for (int order = 1; order <= 2; order++) {
            for (int degree = 1; degree <= order; degree++) {
                Mesh mesh = straightMesh(order);
                Assembler fast = diffusion(mesh, degree, b -> b);
                Assembler general = diffusion(mesh, degree, AssemblerBuilder::generalGeometry);
                assertEquals(Math.max(2 * degree - 2, 1), fast.straightCellQuadratureDegree());
                assertTrue(general.cellQuadratureDegree() >= fast.straightCellQuadratureDegree());
                assertSame(fast, general);
            }
        }
    }

    /** Residual and Jacobian at a random state agree to 1e-12 of their largest entry. */
    private static void assertSame(Assembler a, Assembler b) {
        double[] u = TaylorTest.random(a.size(), 0, 1, 3);
        double[] ra = new double[a.size()];
        double[] rb = new double[b.size()];
        SparseMatrix ja = a.newMatrix();
        SparseMatrix jb = b.newMatrix();
        for (int k = 0; k < 3; k++) {
            a.assemble(u, ra, ja);
            b.assemble(u, rb, jb);
        }
        assertArrayEquals(a.pattern().colIdx(), b.pattern().colIdx());
        assertArrayEquals(rb, ra, 1e-12 * maxAbs(rb));
        assertArrayEquals(jb.values(), ja.values(), 1e-12 * maxAbs(jb.values()));
        a.assemble(u, ra, null);
        assertArrayEquals(rb, ra, 1e-12 * maxAbs(rb));
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    private static int count(boolean[] flags, boolean value) {
        int n = 0;
        for (boolean f : flags) {
            n += f == value ? 1 : 0;
        }
        return n;
    }
}
