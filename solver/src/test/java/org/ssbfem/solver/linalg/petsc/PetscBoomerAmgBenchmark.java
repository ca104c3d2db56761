package org.ssbfem.solver.linalg.petsc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ssbfem.solver.linalg.SolveReport;
import org.ssbfem.solver.linalg.SparseMatrix;

/**
 * Speed of CG + hypre BoomerAMG on the 3D 7-point Poisson problem with 100^3 = 1e6 unknowns:
 * set-up (copy into PETSc + AMG hierarchy) and solve wall time, this thread's CPU time (which
 * does not count time lost to other processes on a busy machine) and iterations, for a first
 * solve and a second solve with the same matrix (the hierarchy is kept).
 *
 * <p>Run: {@code mvn -pl solver -am test -Dssbfem.excludedGroups= -Dtest=PetscBoomerAmgBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class PetscBoomerAmgBenchmark {
    private static final int M = 100;

    @BeforeEach
    void needPetsc() {
        PetscAvailable.assumeAvailable();
    }

    @Test
    void poissonMillionUnknowns() {
        SparseMatrix a = GridSystems.poisson3d(M);
        double[] b = GridSystems.randomVector(a.size(), 5);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.println("rtol   solve   unknowns  its  set-up s  solve s  total s  CPU s  residual/||b||");
        for (double rtol : new double[] {1e-6, 1e-10}) {
            try (PetscLinearSolver s = PetscLinearSolver.create(
                    PetscOptions.of(KspType.CG, PcType.BOOMERAMG).withTolerances(rtol, 0))) {
                for (String which : new String[] {"first", "again"}) {
                    double[] x = new double[a.size()];
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    SolveReport rep = s.solve(a, b, x);
                    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) * 1e-9;
                    double rel = GridSystems.residualNorm(a, b, x) / GridSystems.norm(b);
                    System.out.println(String.format(Locale.ROOT, "%5.0e  %-6s %8d %4d %9.3f %8.3f %8.3f %6.2f  %.2e",
                            rtol, which, a.size(), rep.iterations(), rep.setupSeconds(), rep.solveSeconds(),
                            rep.setupSeconds() + rep.solveSeconds(), cpu, rel));
                    assertTrue(rel <= rtol, "residual " + rel);
                }
            }
        }
    }
}
