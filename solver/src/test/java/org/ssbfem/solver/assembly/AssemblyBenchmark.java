package org.ssbfem.solver.assembly;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.FacetGroup;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.electrochem.CellModel;
import org.ssbfem.solver.electrochem.CellParameters;
import org.ssbfem.solver.electrochem.ExchangeCurrent;
import org.ssbfem.solver.electrochem.LithiationFunction;
import org.ssbfem.solver.linalg.SparseMatrix;
import org.ssbfem.solver.physics.ButlerVolmer;
import org.ssbfem.solver.physics.Diffusion;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;
import org.ssbfem.solver.verify.UnitMesh;
import org.ssbfem.solver.testutil.TaylorTest;

/**
 * Cost of assembly on large meshes, as a table in the log. Run with
 * <pre>
 *   mvn -B -o -q -Dssbfem.target=target-asm -pl solver -am test -Dtest=AssemblyBenchmark \
 *       -Dssbfem.groups=benchmark -Dssbfem.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * Cases: the discharge {@link CellModel} (phi_e on se, phi_s and c on cam, Butler-Volmer on the
 * {@code interface} group) on the unit cube of side 100 um split into a checkerboard of 2x2x2-cube
 * blocks of se and cam, so that about half of its cells touch an interface as in a particle
 * packing; and a conductivity-like single-field constant {@link Diffusion}; P1 on first-order and
 * P2 on second-order meshes. Columns: build (pattern and tables) s, first Jacobian + residual
 * assembly ms, then after warm-up the best of {@value #RUNS} Jacobian + residual and residual-only
 * assemblies, ms of thread CPU time (wall time on a loaded machine counts other processes). The
 * matrix is touched before each Jacobian assembly so that a constant Jacobian is assembled, not
 * reused. {@code -Dssbfem.bench.only=P2} times only the cases whose label contains that text.
 */
@Tag("benchmark")
class AssemblyBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(AssemblyBenchmark.class);
    private static final int WARMUP = 3;
    private static final int RUNS = 9;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final double C_MAX = 63104.0;

    @Test
    void assemblyTimes() {
        List<String> rows = new ArrayList<>();
        cellModel("cell model P1", 20, 1, rows);
        diffusion("diffusion P1", 44, 1, rows);
        cellModel("cell model P2", 12, 2, rows);
        diffusion("diffusion P2", 20, 2, rows);
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%n%-15s %8s %8s %7s %9s %9s %9s %9s",
                "case", "cells", "facets", "unknowns", "build s", "first ms", "J+R ms", "R ms"));
        rows.forEach(r -> table.append(System.lineSeparator()).append(r));
        LOG.info(table.toString());
        assertTrue(!rows.isEmpty() || !System.getProperty("ssbfem.bench.only", "").isEmpty());
    }

    private static boolean skipped(String label) {
        return !label.contains(System.getProperty("ssbfem.bench.only", ""));
    }

    private static void cellModel(String label, int n, int order, List<String> rows) {
        if (skipped(label)) {
            return;
        }
        Mesh mesh = checkerboard(n, order, 1e-4);
        long t0 = System.nanoTime();
        CellModel model = new CellModel(mesh, nmc(), order);
        double build = (System.nanoTime() - t0) * 1e-9;
        Assembler asm = model.assembler();
        double[] u = model.restState();
        double[] noise = TaylorTest.random(u.length, -1e-3, 1e-3, 3);
        for (int i = 0; i < u.length; i++) {
            u[i] += noise[i] * (model.fieldOf(i) == 2 ? C_MAX : 1.0);
        }
        asm.setHistory(model.full(model.restState()));
        asm.setShift(1.0 / 10.0);
        int facets = mesh.facets("interface").count();
        rows.add(run(label, mesh, facets, asm, u, build));
    }

    private static void diffusion(String label, int n, int order, List<String> rows) {
        if (skipped(label)) {
            return;
        }
        Mesh mesh = UnitMesh.cube(n).order(order).build();
        FieldLayout layout = FieldLayout.of("phi", FunctionSpace.everywhere(mesh, order));
        Constraints cons = Constraints.builder(layout).fix("phi", "left", 0.0).fix("phi", "right", 1.0).build();
        long t0 = System.nanoTime();
        Assembler asm = Assembler.builder(layout, cons).cell(Diffusion.constant(1.0), "phi").build();
        double build = (System.nanoTime() - t0) * 1e-9;
        rows.add(run(label, mesh, 0, asm, TaylorTest.random(asm.size(), 0, 1, 5), build));
    }

    private static String run(String label, Mesh mesh, int facets, Assembler asm, double[] u, double build) {
        double[] r = new double[asm.size()];
        SparseMatrix j = asm.newMatrix();
        long t0 = System.nanoTime();
        asm.assemble(u, r, j);
        double first = (System.nanoTime() - t0) * 1e-6;
        double both = bestMs(label + " J+R", () -> {
            j.values()[0] += 1;
            asm.assemble(u, r, j);
        });
        double residual = bestMs(label + " R", () -> asm.assemble(u, r, null));
        return String.format(Locale.ROOT, "%-15s %8d %8d %7d %9.2f %9.1f %9.1f %9.1f", label, mesh.cellCount(),
                facets, asm.size(), build, first, both, residual);
    }

    /** Best thread CPU time of the timed runs, ms; best and median wall times go to the log. */
    private static double bestMs(String label, Runnable assembly) {
        for (int k = 0; k < WARMUP; k++) {
            assembly.run();
        }
        double[] wall = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int k = 0; k < RUNS; k++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            assembly.run();
            wall[k] = (System.nanoTime() - t0) * 1e-6;
            cpu[k] = (THREADS.getCurrentThreadCpuTime() - c0) * 1e-6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        LOG.info(String.format(Locale.ROOT, "%-22s ms: cpu best %.1f, median %.1f; wall best %.1f, median %.1f",
                label, cpu[0], cpu[RUNS / 2], wall[0], wall[RUNS / 2]));
        return cpu[0];
    }

    /**
     * The cube of side {@code lengthM} with n^3 cubes, regions se and cam alternating in blocks of
     * 2x2x2 cubes; {@code anode} at x = 0, {@code current_collector} at x = L, {@code interface}
     * every se/cam face.
     */
    static Mesh checkerboard(int n, int order, double lengthM) {
        Mesh m = UnitMesh.cube(n).order(order).regions(List.of("se", "cam"), c -> {
            int b = (int) (c[0] * n / 2) + (int) (c[1] * n / 2) + (int) (c[2] * n / 2);
            return b % 2;
        }).build();
        double[] xyz = m.coords().clone();
        for (int i = 0; i < xyz.length; i++) {
            xyz[i] *= lengthM;
        }
        List<FacetGroup> groups = new ArrayList<>();
        m.facetGroups().forEach((name, g) -> groups.add(new FacetGroup(switch (name) {
            case "left" -> "anode";
            case "right" -> "current_collector";
            default -> name;
        }, g.type(), g.nodes())));
        return new Mesh(xyz, m.cellType(), m.cells(), m.cellRegions(), m.regionNames(), groups);
    }

    /** NMC811 after Chen 2020 (as the electrochemistry tests' TestCells.nmc), sigma_se 0.1 S/m. */
    static CellParameters nmc() {
        ExchangeCurrent i0 = new ExchangeCurrent(3.42e-6 / ButlerVolmer.FARADAY_C_PER_MOL, 1000.0, C_MAX, 0.5, 0.5);
        LithiationFunction ocv = new LithiationFunction() {
            @Override
            public double value(double x) {
                return -0.809 * x + 4.4875 - 0.0428 * Math.tanh(18.5138 * (x - 0.5542))
                        - 17.7326 * Math.tanh(15.789 * (x - 0.3117)) + 17.5842 * Math.tanh(15.9308 * (x - 0.312));
            }

            @Override
            public double derivative(double x) {
                return -0.809 - 0.0428 * 18.5138 * sech2(18.5138 * (x - 0.5542))
                        - 17.7326 * 15.789 * sech2(15.789 * (x - 0.3117))
                        + 17.5842 * 15.9308 * sech2(15.9308 * (x - 0.312));
            }

            @Override public String describe() { return "Chen 2020 NMC811 OCV fit"; }
        };
        return new CellParameters(C_MAX, 0.4, 1.0, ocv, i0, 0.5, 0.5, LithiationFunction.constant(4e-15),
                LithiationFunction.constant(0.18), 0.1, 1.0, 4800.0, 298.15);
    }

    private static double sech2(double t) {
        double c = Math.cosh(t);
        return 1 / (c * c);
    }
}
