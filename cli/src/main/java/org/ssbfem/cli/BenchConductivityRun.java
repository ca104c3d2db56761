package org.ssbfem.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.mesh.build.MeshOptions;
import org.ssbfem.mesh.build.MeshResult;
import org.ssbfem.mesh.build.MicrostructureMesher;
import org.ssbfem.mesh.io.MshReader;
import org.ssbfem.mesh.io.MshWriter;
import org.ssbfem.mesh.micro.DemCsvReader;
import org.ssbfem.solver.linalg.LinearSolverOptions;
import org.ssbfem.solver.linalg.PreconditionerType;
import org.ssbfem.solver.linalg.SolveReport;
import org.ssbfem.solver.linalg.SolverMethod;
import org.ssbfem.solver.linalg.petsc.KspType;
import org.ssbfem.solver.linalg.petsc.PcType;
import org.ssbfem.solver.linalg.petsc.PetscOptions;
import org.ssbfem.solver.study.PeakMemory;
import org.ssbfem.solver.study.conductivity.Conductivities;
import org.ssbfem.solver.study.conductivity.ConductivitySettings;
import org.ssbfem.solver.study.conductivity.ConductivitySolver;
import org.ssbfem.solver.study.conductivity.DirectionResult;
import org.ssbfem.solver.study.conductivity.MeshMeasures;
import org.ssbfem.solver.study.conductivity.SolverChoice;
import org.ssbfem.solver.study.conductivity.Transport;
import org.ssbfem.solver.study.conductivity.TransportResult;

/**
 * One run of the conduction benchmark of {@code shared/bench/README.md}: the composite transport in
 * x (sigma 1 S/m in SE, 1e-4 S/m in CAM, 1 V over 30 um, CG to rtol 1e-8) on a given mesh with a
 * given solver, and the meshing of the benchmark geometry. Used by {@link BenchConductivityCommand}
 * and {@link BenchIterationsCommand}; everything it reports is measured in this process.
 */
final class BenchConductivityRun {
    private static final Logger LOG = LoggerFactory.getLogger(BenchConductivityRun.class);
    /** Side of the benchmark cube, m. */
    static final double BOX_M = 30e-6;
    /** Relative residual of the reference solves. */
    static final double RTOL = 1e-8;
    static final Conductivities SIGMA = new Conductivities(1.0, 1e-4, Conductivities.DEFAULT_CBD_S_PER_M);

    private BenchConductivityRun() { }

    /**
     * Figures of one run.
     *
     * @param solver what solved it
     * @param unknowns matrix size
     * @param patternS space, pattern and RCM ordering, s
     * @param assemblyS matrix assembly, s
     * @param setupS preconditioner set-up (and matrix copy for PETSc), s
     * @param solveS Krylov iterations, s
     * @param iterations Krylov iterations
     * @param sigmaEff effective conductivity, S/m
     * @param peakRssMb peak resident memory of the process so far (VmHWM), MB
     * @param cpuS CPU time of the whole process so far (all threads: reading the mesh, JIT and GC
     *     included), s; next to the wall times it shows how much other jobs slowed the run
     */
    record Row(String solver, int unknowns, double patternS, double assemblyS, double setupS, double solveS,
               int iterations, double sigmaEff, double peakRssMb, double cpuS) {
        static final String HEADER = "solver,unknowns,pattern_s,assembly_s,setup_s,solve_s,iterations,"
                + "sigma_eff_S_per_m,peak_rss_MB,process_cpu_s";

        String csv() {
            return String.format(Locale.ROOT, "%s,%d,%.3f,%.3f,%.3f,%.3f,%d,%.6f,%.0f,%.1f", solver, unknowns, patternS,
                    assemblyS, setupS, solveS, iterations, sigmaEff, peakRssMb, cpuS);
        }

        /** This row labelled as run {@code k} of {@code n} in one process ("cold" for the first). */
        Row asRun(int k, int n) {
            String label = solver + (k == 1 ? " (run 1 of " + n + ": cold)" : " (run " + k + " of " + n + ")");
            return new Row(label, unknowns, patternS, assemblyS, setupS, solveS, iterations, sigmaEff, peakRssMb, cpuS);
        }

    }

    /**
     * The named solver: {@code mtj-<preconditioner>} (CG) or {@code petsc} (CG + BoomerAMG with
     * {@code petscOptions}, or the 3D settings when null).
     */
    static SolverChoice solver(String name, String petscOptions) {
        if ("petsc".equals(name)) {
            return SolverChoice.petsc(PetscOptions.of(KspType.CG, PcType.BOOMERAMG).withTolerances(RTOL, 0)
                    .withMaxIterations(10000)
                    .withExtraOptions(petscOptions != null ? petscOptions : SolverChoice.HYPRE_3D_OPTIONS));
        }
        if (!name.startsWith("mtj-")) {
            throw new IllegalArgumentException("unknown solver " + name + ": use petsc or mtj-<none|jacobi|ilu0|ic0>");
        }
        PreconditionerType pc = PreconditionerType.parse(name.substring(4), "--preconditioner");
        return SolverChoice.mtj(LinearSolverOptions.of(SolverMethod.CG, pc).withTolerances(RTOL, 0)
                .withMaxIterations(20000).withEquilibrate(false));
    }

    /**
     * Assembles and solves the benchmark problem on {@code mesh} with {@code solverName}.
     *
     * @throws org.ssbfem.solver.linalg.SolverException when the solve fails
     */
    static Row run(Mesh mesh, int degree, String solverName, String petscOptions) {
        MeshMeasures m = MeshMeasures.of(mesh);
        ConductivitySettings s = ConductivitySettings.of(Transport.COMPOSITE, SIGMA).withDegree(degree)
                .withSolver(solver(solverName, petscOptions));
        TransportResult r = ConductivitySolver.solve(m, Transport.COMPOSITE, s);
        DirectionResult d = r.directions().get(0);
        SolveReport rep = d.solve();
        return new Row(solverName, r.unknowns(), r.patternSeconds(), r.assemblySeconds(), rep.setupSeconds(),
                rep.solveSeconds(), rep.iterations(), d.sigmaEffSPerM(), PeakMemory.rssMegabytes(), processCpuSeconds());
    }

    /** CPU time of this process (all threads), s; NaN where the JVM does not report it. */
    static double processCpuSeconds() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os && os.getProcessCpuTime() >= 0) {
            return os.getProcessCpuTime() * 1e-9;
        }
        return Double.NaN;
    }

    /** The 1-minute load average from /proc/loadavg, or "unknown". */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * Reads {@code file} (coordinates in metres, as the mesher writes them) and renumbers it for
     * locality, as every study does (the time is part of reading, not of the figures).
     */
    static Mesh read(Path file) {
        long t0 = System.nanoTime();
        Mesh mesh = org.ssbfem.solver.study.GeometryPipeline.localized(MshReader.read(file));
        LOG.info("read {}: {} nodes, {} cells in {} s", file, mesh.nodeCount(), mesh.cellCount(),
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) * 1e-9));
        return mesh;
    }

    /**
     * Meshes the benchmark geometry ({@code particles}, a DEM CSV) at a uniform size and writes the
     * mesh, as the solver gets it (folded curved cells straightened), to {@code out} for reuse.
     */
    static Mesh generate(Path particles, double sizeUm, int order, Path out) throws java.io.IOException {
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        var micro = DemCsvReader.read(particles, BOX_M, BOX_M, BOX_M, 0).microstructure();
        long t0 = System.nanoTime();
        MeshResult res = MicrostructureMesher.mesh(micro, MeshOptions.of(sizeUm * 1e-6, sizeUm * 1e-6, order));
        MshWriter.write(res.mesh(), out); // after the straightening of folded curved cells, unlike Gmsh's own file
        LOG.info("meshed the benchmark at {} um, order {}: {} nodes, {} cells, {} straightened, {} s; wrote {}", sizeUm,
                order, res.mesh().nodeCount(), res.mesh().cellCount(), res.report().highOrder().straightenedCells(),
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) * 1e-9), out);
        return res.mesh();
    }
}
