package org.ssbfem.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ssbfem.solver.linalg.petsc.PetscLinearSolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ssbfem bench conductivity}: the conduction benchmark of {@code shared/bench/README.md} at
 * P1 or P2 with the MTJ and PETSc back ends side by side: pattern, assembly, solver set-up, solve,
 * iterations, effective conductivity and peak memory. The mesh is generated once (minutes) and
 * written for reuse, or read with {@code --mesh}; each solver then runs in a fresh JVM on that file,
 * so that its peak resident memory (VmHWM, heap and native) is its own.
 */
@Command(name = "conductivity", mixinStandardHelpOptions = true,
        description = {"Times the conduction benchmark (shared/bench/README.md) with MTJ and PETSc side by side.",
            "Each solver runs in its own process; prints a Markdown table and writes CSV with --csv."})
final class BenchConductivityCommand implements Callable<Integer> {
    @Option(names = "--degree", defaultValue = "1", description = "element degree, 1 or 2 (default: ${DEFAULT-VALUE})")
    int degree;

    @Option(names = "--backend", defaultValue = "both", description = "mtj, petsc or both (default: ${DEFAULT-VALUE})")
    String backend;

    @Option(names = "--mtj-preconditioners", split = ",", defaultValue = "jacobi,ic0",
            description = "preconditioners of MTJ's CG, each one row (default: ${DEFAULT-VALUE})")
    List<String> mtjPreconditioners;

    @Option(names = "--mesh", description = "read this .msh (order = degree) instead of meshing the benchmark")
    Path mesh;

    @Option(names = "--mesh-out", description = "where to write a generated mesh (default: bench-conductivity-order<degree>.msh)")
    Path meshOut;

    @Option(names = "--particles", defaultValue = "../shared/bench/spheres_125.csv",
            description = "the benchmark particles (default: ${DEFAULT-VALUE})")
    Path particles;

    @Option(names = "--size-um", defaultValue = "0.66", description = "uniform mesh size, um (default: ${DEFAULT-VALUE})")
    double sizeUm;

    @Option(names = "--csv", description = "also write the table as CSV to this file")
    Path csv;

    @Option(names = "--petsc-options", paramLabel = "OPTIONS",
            description = "PETSc options for the petsc row instead of the 3D BoomerAMG defaults, e.g."
                + " \"-pc_hypre_boomeramg_strong_threshold 0.7\" (\"\" for PETSc's own defaults)")
    String petscOptions;

    @Option(names = "--repeat", defaultValue = "1",
            description = {"solve N times in each solver's process on the same mesh, one row per run (default:"
                + " ${DEFAULT-VALUE}): run 1 is cold (class loading and JIT compilation included), the later ones"
                + " show the warmed-up code, as a long-lived process or JMH would"})
    int repeat;

    @Option(names = "--one", hidden = true, description = "internal: run one solver on --mesh in this process")
    String one;

    @Override
    public Integer call() throws Exception {
        if (degree != 1 && degree != 2) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--degree must be 1 or 2");
        }
        if (repeat < 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--repeat must be >= 1");
        }
        if (one != null) {
            var m = BenchConductivityRun.read(mesh);
            for (int k = 1; k <= repeat; k++) {
                var row = BenchConductivityRun.run(m, degree, one, petscOptions);
                System.out.println("RESULT " + (repeat == 1 ? row : row.asRun(k, repeat)).csv());
            }
            return 0;
        }
        Path file = meshFile();
        List<String> rows = new ArrayList<>();
        System.out.println("load average " + BenchConductivityRun.loadAverage() + " on "
                + Runtime.getRuntime().availableProcessors() + " cores");
        System.out.println("| solver | unknowns | pattern (s) | assembly (s) | set-up (s) | solve (s) | iterations"
                + " | sigma_eff (S/m) | peak RSS (MB) | process CPU (s) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (String solver : solvers()) {
            for (String row : child(file, solver)) {
                rows.add(row);
                System.out.println("| " + row.replace(",", " | ") + " |");
            }
        }
        if (csv != null) {
            List<String> lines = new ArrayList<>(List.of(BenchConductivityRun.Row.HEADER));
            lines.addAll(rows);
            Files.write(csv, lines);
        }
        return 0;
    }

    /** The mesh to use: --mesh, or the benchmark meshed now and written to --mesh-out. */
    private Path meshFile() throws IOException {
        if (mesh != null) {
            return mesh;
        }
        Path out = meshOut != null ? meshOut : Path.of("bench-conductivity-order" + degree + ".msh");
        BenchConductivityRun.generate(particles, sizeUm, degree, out);
        return out;
    }

    private List<String> solvers() {
        List<String> out = new ArrayList<>();
        if (!List.of("mtj", "petsc", "both").contains(backend)) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--backend must be mtj, petsc or both, not " + backend);
        }
        if (!"petsc".equals(backend)) {
            mtjPreconditioners.forEach(p -> out.add("mtj-" + p.trim().toLowerCase(Locale.ROOT)));
        }
        if (!"mtj".equals(backend)) {
            var why = PetscLinearSolver.unavailableReason();
            if (why.isPresent()) {
                System.out.println("PETSc skipped: " + why.get());
            } else {
                out.add("petsc");
            }
        }
        return out;
    }

    /** Runs one solver in a fresh JVM; its rows (one per --repeat), or one row saying why it failed. */
    private List<String> child(Path file, String solver) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx12g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "bench", "conductivity", "--one", solver, "--mesh", file.toString(),
                "--degree", String.valueOf(degree), "--repeat", String.valueOf(repeat));
        List.of("ssbfem.assemblyThreads").stream().filter(k -> System.getProperty(k) != null).forEach(k -> pb.command().add(1, "-D" + k + "=" + System.getProperty(k)));
        if (petscOptions != null) {
            pb.command().add("--petsc-options=" + petscOptions);
        }
        pb.redirectErrorStream(true);
        Process p = pb.start();
        List<String> results = new ArrayList<>();
        String last = "";
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("RESULT ")) {
                    results.add(line.substring(7));
                } else if (!line.isBlank()) {
                    last = line;
                }
            }
        }
        if (p.waitFor() != 0 || results.isEmpty()) {
            String why = last.substring(0, Math.min(160, last.length())).replace(",", ";");
            results.add(solver + ",failed (exit " + p.exitValue() + ": " + why + "),,,,,,,,");
        }
        return results;
    }
}
