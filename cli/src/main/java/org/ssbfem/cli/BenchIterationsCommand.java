package org.ssbfem.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.linalg.SolverException;
import org.ssbfem.solver.linalg.petsc.PetscLinearSolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ssbfem bench iterations}: iteration counts of CG with several preconditioners over
 * refinement levels of the benchmark geometry ({@code shared/bench/README.md}, P1): an algebraic
 * multigrid (PETSc + hypre BoomerAMG) should need about as many iterations on every level, while
 * the one-level preconditioners (Jacobi, IC(0), ILU(0)) need more as the mesh is refined. A failed
 * solve (ILU(0) meets a negative pivot and CG breaks down) is reported in the table, not hidden.
 * Meshes are cached in {@code --mesh-dir} as {@code bench-p1-<size>um.msh}.
 */
@Command(name = "iterations", mixinStandardHelpOptions = true,
        description = {"CG iteration counts over refinement levels of the benchmark geometry (P1).",
            "Prints a Markdown table and writes CSV with --csv."})
final class BenchIterationsCommand implements Callable<Integer> {
    @Option(names = "--sizes-um", split = ",", defaultValue = "1.45,1.1,0.84",
            description = "mesh sizes, um, coarse to fine (default: ${DEFAULT-VALUE}, ratio >= 1.3)")
    List<Double> sizesUm;

    @Option(names = "--solvers", split = ",", defaultValue = "mtj-ilu0,mtj-ic0,mtj-jacobi,petsc",
            description = "solvers (mtj-<preconditioner> or petsc; default: ${DEFAULT-VALUE})")
    List<String> solvers;

    @Option(names = "--mesh-dir", defaultValue = "bench-meshes", description = "mesh cache folder (default: ${DEFAULT-VALUE})")
    Path meshDir;

    @Option(names = "--particles", defaultValue = "../shared/bench/spheres_125.csv",
            description = "the benchmark particles (default: ${DEFAULT-VALUE})")
    Path particles;

    @Option(names = "--csv", description = "also write the table as CSV to this file")
    Path csv;

    @Override
    public Integer call() throws Exception {
        List<String> rows = new ArrayList<>();
        System.out.println("| size (um) | solver | unknowns | iterations | set-up (s) | solve (s) | sigma_eff (S/m) |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (double size : sizesUm) {
            Mesh mesh = mesh(size);
            for (String solver : solvers) {
                String row = String.format(Locale.ROOT, "%.2f,%s", size, one(mesh, solver));
                rows.add(row);
                System.out.println("| " + row.replace(",", " | ") + " |");
            }
        }
        if (csv != null) {
            List<String> lines = new ArrayList<>(List.of("size_um,solver,unknowns,iterations,setup_s,solve_s,sigma_eff_S_per_m"));
            lines.addAll(rows);
            Files.write(csv, lines);
        }
        return 0;
    }

    private Mesh mesh(double size) throws java.io.IOException {
        Path file = meshDir.resolve(String.format(Locale.ROOT, "bench-p1-%.2fum.msh", size));
        return Files.exists(file) ? BenchConductivityRun.read(file)
                : BenchConductivityRun.generate(particles, size, 1, file);
    }

    private static String one(Mesh mesh, String solver) {
        if ("petsc".equals(solver) && PetscLinearSolver.unavailableReason().isPresent()) {
            return solver + ",,PETSc unavailable: " + PetscLinearSolver.unavailableReason().get().replace(",", ";") + ",,,";
        }
        try {
            BenchConductivityRun.Row r = BenchConductivityRun.run(mesh, 1, solver, null);
            return String.format(Locale.ROOT, "%s,%d,%d,%.3f,%.3f,%.6f", solver, r.unknowns(), r.iterations(),
                    r.setupS(), r.solveS(), r.sigmaEff());
        } catch (SolverException e) {
            String msg = e.getMessage();
            return solver + ",," + "failed: " + msg.substring(0, Math.min(90, msg.length())).replace(",", ";") + ",,,";
        }
    }
}
