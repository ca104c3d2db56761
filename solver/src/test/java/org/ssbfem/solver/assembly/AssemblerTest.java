package org.ssbfem.solver.assembly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.linalg.SparseMatrix;
import org.ssbfem.solver.physics.BodySource;
import org.ssbfem.solver.physics.BoundaryFlux;
import org.ssbfem.solver.physics.Coefficient;
import org.ssbfem.solver.physics.Diffusion;
import org.ssbfem.solver.physics.FluxFunction;
import org.ssbfem.solver.physics.InterfaceConductance;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;
import org.ssbfem.solver.verify.UnitMesh;
import org.ssbfem.solver.testutil.TaylorTest;

/** Assembly is repeatable on its one pattern, residual-only agrees, and the loops do not allocate. */
class AssemblerTest {
    private static final Logger LOG = LoggerFactory.getLogger(AssemblerTest.class);

    private static Assembler assembler(Mesh mesh) {
        FieldLayout layout = FieldLayout.builder().add("ua", FunctionSpace.on(mesh, 2, "a"))
                .add("ub", FunctionSpace.on(mesh, 2, "b")).build();
        Constraints cons = Constraints.builder(layout).fix("ua", "left", 0).merge("ub", "right").build();
        return Assembler.builder(layout, cons)
                .cell(Diffusion.of(Coefficient.quadratic(1, 0.5)), "ua")
                .cell(Diffusion.constant(2), "ub")
                .cell(new BodySource((x, y, z, t) -> x * y), "ua")
                .boundary(new BoundaryFlux(FluxFunction.robin(1, 0.3)), "right", "ub")
                .interfaceTerm(new InterfaceConductance(5), "interface", List.of("a"),
                        InterfaceSlot.minus("ua"), InterfaceSlot.plus("ub"))
                .build();
    }

    private static Mesh mesh(int n) {
        return UnitMesh.cube(n).order(2).perturb(0.2, 2).keepPlaneX(0.5)
                .regions(List.of("a", "b"), c -> c[0] < 0.5 ? 0 : 1).build();
    }

    @Test
    void reassemblyOnTheSamePatternIsRepeatableAndResidualOnlyAgrees() {
        Assembler asm = assembler(mesh(4));
        double[] u = TaylorTest.random(asm.size(), 0, 1, 3);
        SparseMatrix j = asm.newMatrix();
        double[] r1 = new double[asm.size()];
        double[] r2 = new double[asm.size()];
        asm.assemble(u, r1, j);
        double[] values = j.values().clone();
        asm.assemble(u, r2, j);
        assertSame(asm.pattern(), j.pattern());
        assertArrayEquals(values, j.values(), 0.0);
        asm.assemble(u, r2, null);
        assertArrayEquals(r1, r2, 1e-15);
    }

    @Test
    void assemblyLoopsDoNotAllocatePerCell() {
        Mesh mesh = mesh(8);
        Assembler asm = assembler(mesh);
        double[] u = TaylorTest.random(asm.size(), 0, 1, 3);
        double[] r = new double[asm.size()];
        SparseMatrix j = asm.newMatrix();
        for (int k = 0; k < 3; k++) {
            asm.assemble(u, r, j);
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        long t0 = System.nanoTime();
        asm.assemble(u, r, j);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        long bytes = threads.getThreadAllocatedBytes(id) - before;
        LOG.info("assembly of {} P2 tetrahedra ({} unknowns, {} nonzeros): {} s, {} bytes allocated",
                mesh.cellCount(), asm.size(), asm.pattern().nonZeros(), String.format("%.3f", seconds), bytes);
        assertTrue(bytes < 16 * 1024, bytes + " bytes allocated for " + mesh.cellCount() + " cells");
    }
}
