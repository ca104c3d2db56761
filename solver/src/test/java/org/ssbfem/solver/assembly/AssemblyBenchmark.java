package org.ssbfem.solver.assembly;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.linalg.SparseMatrix;
import org.ssbfem.solver.physics.Coefficient;
import org.ssbfem.solver.physics.Diffusion;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;
import org.ssbfem.solver.testutil.StructuredMesh;
import org.ssbfem.solver.testutil.TaylorTest;

/**
 * Cost of cell assembly per cell (run with {@code mvn -pl solver -am test -Dssbfem.excludedGroups=
 * -Dtest=AssemblyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}): a diffusion term on the unit
 * cube of 6 * 32^3 = 196,608 tetrahedra, P1 on a straight mesh and P2 on a second-order mesh with
 * straight and with curved cells; Jacobian + residual and residual only, after warm-up runs, the
 * thread CPU and wall times of the timed runs in microseconds per cell go to the log. The matrix
 * is touched before each Jacobian assembly, so that a constant Jacobian is assembled, not reused. Add
 * {@code -Dssbfem.bench.only=P2} to time only the cases whose label contains that text.
 */
@Tag("benchmark")
class AssemblyBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(AssemblyBenchmark.class);
    private static final int N = 32;
    private static final int WARMUP = 2;
    private static final int RUNS = 5;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void diffusionOnTwoHundredThousandTetrahedra() {
        Mesh p1 = StructuredMesh.cube(N).build();
        Mesh straight = StructuredMesh.cube(N).order(2).build();
        Mesh curved = curved(straight);
        time("P1, k constant", p1, 1, Diffusion.constant(1.0));
        time("P1, k(u)", p1, 1, Diffusion.of(Coefficient.quadratic(1.0, 0.5)));
        time("P2 straight, k constant", straight, 2, Diffusion.constant(1.0));
        time("P2 straight, k(u)", straight, 2, Diffusion.of(Coefficient.quadratic(1.0, 0.5)));
        time("P2 curved, k constant", curved, 2, Diffusion.constant(1.0));
    }

    /** The same mesh with every node moved by a smooth map, so that no cell stays straight. */
    static Mesh curved(Mesh m) {
        double[] xyz = m.coords().clone();
        for (int n = 0; n < xyz.length / 3; n++) {
            double x = xyz[3 * n];
            double y = xyz[3 * n + 1];
            double z = xyz[3 * n + 2];
            double bump = 0.05 * Math.sin(Math.PI * x) * Math.sin(Math.PI * y) * Math.sin(Math.PI * z);
            xyz[3 * n] = x + bump;
            xyz[3 * n + 1] = y + 0.5 * bump;
        }
        return new Mesh(xyz, m.cellType(), m.cells(), m.cellRegions(), m.regionNames(),
                new ArrayList<>(m.facetGroups().values()));
    }

    private static void time(String label, Mesh mesh, int degree, CellTerm term) {
        if (!label.contains(System.getProperty("ssbfem.bench.only", ""))) {
            return;
        }
        FieldLayout layout = FieldLayout.of("u", FunctionSpace.everywhere(mesh, degree));
        Constraints cons = Constraints.builder(layout).fix("u", "left", 0.0).fix("u", "right", 1.0).build();
        long t0 = System.nanoTime();
        Assembler asm = Assembler.builder(layout, cons).cell(term, "u").build();
        double setup = (System.nanoTime() - t0) * 1e-9;
        double[] u = TaylorTest.random(asm.size(), 0, 1, 5);
        double[] r = new double[asm.size()];
        SparseMatrix j = asm.newMatrix();
        double both = perCell(mesh, () -> {
            j.values()[0] += 1;
            asm.assemble(u, r, j);
        });
        double residual = perCell(mesh, () -> asm.assemble(u, r, null));
        LOG.info(String.format("%-26s %d cells, %d unknowns, quadrature degree %d, set-up %.2f s:"
                        + " Jacobian + residual %.2f us/cell, residual only %.2f us/cell (best cpu)",
                label, mesh.cellCount(), asm.size(), mesh.order() == 2 && label.contains("curved")
                        ? asm.cellQuadratureDegree() : asm.straightCellQuadratureDegree(), setup, both, residual));
        assertTrue(both > 0 && residual > 0);
    }

    /**
     * Best thread CPU time of the timed runs per cell, microseconds; the best and median wall times
     * are logged as well (on a loaded machine wall time counts other processes' share of the cores).
     */
    private static double perCell(Mesh mesh, Runnable assembly) {
        for (int k = 0; k < WARMUP; k++) {
            assembly.run();
        }
        double[] wall = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int k = 0; k < RUNS; k++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            assembly.run();
            wall[k] = (System.nanoTime() - t0) * 1e-3 / mesh.cellCount();
            cpu[k] = (THREADS.getCurrentThreadCpuTime() - c0) * 1e-3 / mesh.cellCount();
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        LOG.info(String.format("  us/cell: cpu best %.3f, median %.3f; wall best %.3f, median %.3f",
                cpu[0], cpu[RUNS / 2], wall[0], wall[RUNS / 2]));
        return cpu[0];
    }
}
