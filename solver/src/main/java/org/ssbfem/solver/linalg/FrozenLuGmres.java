package org.ssbfem.solver.linalg;

import java.util.Locale;

/**
 * GMRES preconditioned by a sparse LU factorization that is made at the first solve and then kept
 * (frozen) for every later solve, whatever the matrix: the Java counterpart of PETSc's GMRES with
 * a reused LU preconditioner. In a Newton loop whose Jacobian changes slowly (time steps of the
 * cell model), one factorization then serves many solves at a few Krylov iterations each, each
 * iteration a pair of triangular solves instead of a new factorization. Pair it with a renewal
 * policy (the discharge study's lagged solver makes a fresh instance when a solve takes too many
 * iterations).
 *
 * <p>The factorization is {@link DirectSolver}'s: equilibration, nested dissection (its symbolic
 * analysis cached in the shared {@code analysis} solver by sparsity pattern), multifrontal LU with
 * threshold pivoting. GMRES uses the options' restart, tolerances and iteration limit. Not
 * thread-safe.
 */
public final class FrozenLuGmres implements LinearSolver {
    private final LinearSolverOptions options;
    private final DirectSolver analysis;
    private final Solver gmres;
    private Preconditioner frozen;
    private double factorSeconds;

    /**
     * @param options GMRES settings (method and preconditioner entries are ignored)
     * @param analysis the direct solver whose cached symbolic analysis is shared between instances
     */
    public FrozenLuGmres(LinearSolverOptions options, DirectSolver analysis) {
        this.options = options;
        this.analysis = analysis;
        this.gmres = new Solver(options);
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "GMRES(%d) preconditioned by a kept sparse LU (nested dissection, multifrontal),"
                + " rtol %.1e", options.gmresRestart(), options.rtol());
    }

    /**
     * @throws SolverException when the factorization fails (singular matrix, memory limit) or GMRES
     *     does not converge with the kept factorization
     */
    @Override
    public SolveReport solve(SparseMatrix a, double[] b, double[] x) {
        double setUp = 0;
        if (frozen == null) {
            long t0 = System.nanoTime();
            frozen = factor(a);
            setUp = factorSeconds = (System.nanoTime() - t0) * 1e-9;
        }
        SolveReport r = gmres.solve(a, b, x);
        return new SolveReport(describe(), r.iterations(), r.initialResidual(), r.finalResidual(), setUp,
                r.solveSeconds());
    }

    /** Seconds the (last) factorization took. */
    public double factorSeconds() { return factorSeconds; }

    private Preconditioner factor(SparseMatrix a) {
        Equilibration eq = Equilibration.of(a);
        SymbolicAnalysis sym = analysis.analysis(a.pattern());
        MultifrontalLu lu = MultifrontalLu.factor(sym, eq.scale(a));
        double[] rowScale = eq.rowScale();
        double[] colScale = eq.colScale();
        int[] perm = sym.perm;
        double[] in = new double[sym.n];
        double[] out = new double[sym.n];
        return (r, z) -> {
            for (int i = 0; i < in.length; i++) {
                in[i] = rowScale[perm[i]] * r[perm[i]];
            }
            lu.solve(in, out);
            for (int j = 0; j < out.length; j++) {
                z[perm[j]] = colScale[perm[j]] * out[j];
            }
        };
    }

    /** GMRES whose preconditioner is the frozen factorization. */
    private final class Solver extends KrylovSolver {
        private final Gmres cycles;

        Solver(LinearSolverOptions options) {
            super(options);
            this.cycles = new Gmres(options);
        }

        @Override
        Preconditioner preconditioner(SparseMatrix a) {
            return frozen;
        }

        @Override
        Cycle start(SparseMatrix a, Preconditioner m) {
            return cycles.start(a, m);
        }

        @Override
        public String describe() {
            return FrozenLuGmres.this.describe();
        }
    }
}
