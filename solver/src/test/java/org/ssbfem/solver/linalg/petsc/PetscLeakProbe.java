package org.ssbfem.solver.linalg.petsc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ssbfem.solver.linalg.SparseMatrix;

/**
 * Run in a child JVM by {@link PetscNativeMemoryTest}: repeats create / solve / re-solve with new
 * values / close with three PETSc configurations and prints "rss ITERATION KB" (VmRSS from
 * /proc/self/status) every 100 iterations. Every fourth solver is not closed but left to the
 * garbage collector and the cleaner.
 */
public final class PetscLeakProbe {
    private PetscLeakProbe() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = Integer.parseInt(args[0]);
        if (!PetscLinearSolver.isAvailable()) {
            System.out.println("unavailable " + PetscLinearSolver.unavailableReason().orElse(""));
            return;
        }
        List<PetscOptions> configs = List.of(PetscOptions.of(KspType.CG, PcType.BOOMERAMG),
                PetscOptions.of(KspType.GMRES, PcType.ILU), PetscOptions.direct(FactorSolver.MUMPS));
        SparseMatrix a = GridSystems.poisson3d(10);
        SparseMatrix changed = GridSystems.convectionDiffusion3d(10, 0, 0, 0);
        changed.add(0, 0, 1.0);
        double[] b = GridSystems.randomVector(a.size(), 1);
        double[] x = new double[a.size()];
        for (int i = 1; i <= iterations; i++) {
            PetscLinearSolver s = PetscLinearSolver.create(configs.get(i % configs.size()));
            s.solve(a, b, x);
            java.util.Arrays.fill(x, 0.0);
            s.solve(changed, b, x);
            if (i % 4 != 0) {
                s.close();
            }
            if (i % 100 == 0) {
                System.gc();
                Thread.sleep(50);
                System.out.println("rss " + i + " " + rssKb());
            }
        }
    }

    private static long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException("no VmRSS in /proc/self/status");
    }
}
