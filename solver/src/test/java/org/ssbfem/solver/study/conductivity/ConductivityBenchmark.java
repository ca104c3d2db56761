package org.ssbfem.solver.study.conductivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.post.Summary;
import org.ssbfem.solver.linalg.petsc.PetscLinearSolver;
import org.ssbfem.solver.study.CaseRunner;

/**
 * The P1 speed benchmark of {@code ../shared/bench/README.md}: {@code cases/bench-conductivity}
 * (Gmsh mesh of the 125-sphere packing at 0.66 um, composite conduction, CG to rtol 1e-8) with the
 * MTJ back end, then the same mesh read back ({@code source: gmsh_mesh}) with PETSc CG + hypre
 * BoomerAMG when PETSc is installed. Logs pattern, assembly, set-up and solve times, iterations and
 * peak memory, and checks sigma_eff against the reference 0.4576 S/m (DOLFINx, P1, on a mesh of 95.7k
 * nodes; Gmsh 4.8 makes 86.4k here, so 1 % is allowed). Run with
 * {@code mvn test -pl solver -am -Dssbfem.groups=benchmark -Dssbfem.excludedGroups= -Dtest=ConductivityBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class ConductivityBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(ConductivityBenchmark.class);
    private static final double REFERENCE_S_PER_M = 0.4576;

    @Test
    void p1BenchmarkMtjThenPetsc(@TempDir Path dir) throws Exception {
        Path caseFile = Path.of(System.getProperty("ssbfem.repo", "."), "cases", "bench-conductivity", "case.yaml");
        assumeTrue(Files.isRegularFile(caseFile), "no " + caseFile);
        Summary mtj = CaseRunner.run(caseFile, dir.resolve("mtj"), false);
        report("mtj", mtj);
        assertEquals(REFERENCE_S_PER_M, mtj.value("effective_conductivity.composite"), 0.01 * REFERENCE_S_PER_M);
        assumeTrue(PetscLinearSolver.isAvailable(), "PETSc not installed: hypre figures skipped");
        Files.writeString(dir.resolve("petsc.yaml"), """
                study: conductivity
                microstructure: {source: gmsh_mesh, file: mtj/mesh.msh}
                output: {mesh_vtu: false}
                conductivity:
                  transports: [composite]
                  sigma_se_S_per_m: 1.0
                  sigma_cam_S_per_m: 1.0e-4
                  solver: {backend: petsc, method: cg, preconditioner: boomeramg, rtol: 1.0e-8}
                  vtu: false
                """);
        Summary petsc = CaseRunner.run(dir.resolve("petsc.yaml"), dir.resolve("petsc"), false);
        report("petsc", petsc);
        assertEquals(mtj.value("effective_conductivity.composite"), petsc.value("effective_conductivity.composite"),
                1e-6 * REFERENCE_S_PER_M);
    }

    private static void report(String backend, Summary s) {
        LOG.info("{}: sigma_eff {} S/m, {} unknowns, pattern {} s, assembly {} s, set-up {} s, solve {} s, {} iterations,"
                        + " direction total {} s, peak RSS {} MiB", backend, s.value("effective_conductivity.composite"),
                s.entries().get("solver.unknowns.composite"), s.value("time.pattern.composite"),
                s.value("time.assembly.composite"), s.value("time.solver_setup.composite"),
                s.value("time.solve.composite"), s.entries().get("solver.iterations.composite"),
                s.value("time.direction.composite"), s.value("solver.peak_memory_rss"));
    }
}
