package org.ssbfem.solver.electrochem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssbfem.solver.linalg.LinearSolver;
import org.ssbfem.solver.linalg.SolveReport;
import org.ssbfem.solver.linalg.SparseMatrix;
import org.ssbfem.solver.linalg.SparsityPattern;

/** When {@link LaggedSolver} renews its kept preconditioner, and how. */
class LaggedSolverTest {
    /** Reports the iterations it is told to, counts renewals; can or cannot renew in place. */
    private static final class Scripted implements LinearSolver {
        final boolean renewable;
        final List<Integer> iterations;
        int renewals;

        Scripted(boolean renewable, List<Integer> iterations) {
            this.renewable = renewable;
            this.iterations = iterations;
        }

        @Override
        public SolveReport solve(SparseMatrix a, double[] b, double[] x) {
            return new SolveReport("scripted", iterations.remove(0), 1.0, 1e-9, 0.0, 0.0);
        }

        @Override
        public boolean renewPreconditioner() {
            renewals += renewable ? 1 : 0;
            return renewable;
        }

        @Override
        public String describe() { return "scripted"; }
    }

    private static final SparseMatrix A = new SparseMatrix(new SparsityPattern(1, new int[] {0, 1}, new int[] {0}));

    private static List<Scripted> run(boolean renewable, List<Integer> its, int max) {
        List<Integer> script = new ArrayList<>(its);
        List<Scripted> made = new ArrayList<>();
        LaggedSolver s = new LaggedSolver(() -> {
            Scripted inner = new Scripted(renewable, script);
            made.add(inner);
            return inner;
        }, max);
        for (int k = 0; k < its.size(); k++) {
            s.solve(A, new double[1], new double[1]);
        }
        assertEquals(made.size() + made.stream().mapToInt(m -> m.renewals).sum(), s.rebuilds());
        return made;
    }

    @Test
    void renewsInPlaceAfterASlowSolveWhenTheSolverCan() {
        List<Scripted> made = run(true, List.of(5, 16, 7, 15, 20, 6), 15);
        assertEquals(1, made.size(), "one solver for the whole run");
        assertEquals(2, made.get(0).renewals, "after the solves of 16 and 20 iterations");
    }

    @Test
    void replacesTheSolverWhenItCannotRenew() {
        List<Scripted> made = run(false, List.of(5, 16, 7, 15, 20, 6), 15);
        assertEquals(3, made.size(), "the first, and a new one after each slow solve");
    }
}
