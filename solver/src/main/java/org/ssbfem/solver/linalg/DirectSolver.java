package org.ssbfem.solver.linalg;

import java.util.Arrays;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sparse direct solver: equilibration ({@link Equilibration}), nested-dissection ordering, and a
 * multifrontal LU with threshold partial pivoting and delayed pivots ({@link MultifrontalLu}),
 * followed by iterative refinement against the original matrix until
 * ||b - A x|| &lt;= max(atol, rtol ||b||). Our own code (MTJ 1.0.4 has no sparse direct solver).
 *
 * <p>Meant for small and medium systems, tests and reference solutions of the nonsymmetric,
 * badly scaled coupled Jacobian. Measured CPU times (one core, {@code LinearSolverBenchmark}):
 * 3D 7-point Laplacian 27,000 unknowns 1.1 s, 64,000 3.7 s, 125,000 13 s (0.76 GB); P1
 * tetrahedra (14 couplings per row) 27,000 unknowns 2-2.5 s, 50,600 6-7 s. Work grows like N^2 and
 * memory like N^(4/3) in 3D; the symbolic analysis refuses, with a {@link SolverException},
 * systems whose factorization would take more than the memory limit.
 *
 * <p>The symbolic analysis is cached for the last sparsity pattern seen (by identity), so a
 * Newton loop pays for ordering only once. Reports 0 iterations. Thread-safe: the cache holds an
 * immutable analysis and each solve factors into its own storage.
 */
public final class DirectSolver implements LinearSolver {
    private static final Logger LOG = LoggerFactory.getLogger(DirectSolver.class);
    /** Refinement steps before giving up. */
    static final int MAX_REFINEMENTS = 6;

    private final double rtol;
    private final double atol;
    private final long memoryLimitBytes;
    private volatile SymbolicAnalysis cached;

    /**
     * @param rtol relative residual tolerance of the refinement, in (0, 1)
     * @param atol absolute residual tolerance, &gt;= 0
     * @param memoryLimitBytes largest factorization memory accepted, bytes
     */
    public DirectSolver(double rtol, double atol, long memoryLimitBytes) {
        if (!(rtol > 0 && rtol < 1) || !(atol >= 0) || memoryLimitBytes <= 0) {
            throw new IllegalArgumentException("rtol " + rtol + ", atol " + atol + ", memory " + memoryLimitBytes);
        }
        this.rtol = rtol;
        this.atol = atol;
        this.memoryLimitBytes = memoryLimitBytes;
    }

    /** Half the maximum heap of this JVM. */
    public static long defaultMemoryLimitBytes() {
        return Runtime.getRuntime().maxMemory() / 2;
    }

    @Override
    public String describe() {
        return "direct sparse LU (nested dissection, multifrontal), rtol " + rtol + (atol > 0 ? ", atol " + atol : "");
    }

    /**
     * @throws SolverException when the matrix is singular, too big for the memory limit, or the
     *         refined residual stays above the tolerance
     */
    @Override
    public SolveReport solve(SparseMatrix a, double[] b, double[] x) {
        SolveInputs.check(a, b, x);
        long t0 = System.nanoTime();
        double bNorm = Vectors.norm(b);
        double target = Math.max(atol, rtol * bNorm);
        double[] r = new double[b.length];
        double r0 = Vectors.residual(a, b, x, r);
        if (bNorm == 0 || r0 <= target) {
            if (bNorm == 0) {
                Arrays.fill(x, 0.0);
            }
            return new SolveReport(describe(), 0, r0, bNorm == 0 ? 0 : r0, 0, 0);
        }
        Equilibration eq = Equilibration.of(a);
        SymbolicAnalysis sym = analysis(a.pattern());
        MultifrontalLu lu = MultifrontalLu.factor(sym, eq.scale(a));
        long t1 = System.nanoTime();
        double rNorm = refine(a, b, x, r, r0, target, lu, sym, eq);
        long t2 = System.nanoTime();
        LOG.debug("direct: n {}, {} supernodes, {} factor entries, {} delayed pivots, factor {} s, solve {} s",
                sym.n, sym.supernodes(), lu.storedEntries(), lu.delayedPivots(), KrylovSolver.seconds(t0, t1),
                KrylovSolver.seconds(t1, t2));
        return new SolveReport(describe(), 0, r0, rNorm, KrylovSolver.seconds(t0, t1), KrylovSolver.seconds(t1, t2));
    }

    /** The symbolic analysis of {@code p}, from the cache when p is the last pattern seen. */
    SymbolicAnalysis analysis(SparsityPattern p) {
        SymbolicAnalysis s = cached;
        if (s == null || s.pattern != p) {
            s = SymbolicAnalysis.of(p, memoryLimitBytes);
            cached = s;
        }
        return s;
    }

    private static String advice(SparseMatrix a, double[] x, double rNorm, double bNorm) {
        String floor = SolveInputs.floorAdvice(a, x, rNorm, bNorm);
        return floor.isEmpty() ? " The matrix is nearly singular: check the constraints (a floating cluster has no"
                + " fixed potential)" : floor;
    }

    /**
     * x += A^-1 r until the residual meets the target or stops halving; r holds b - A x on entry;
     * returns the final residual norm.
     */
    private double refine(SparseMatrix a, double[] b, double[] x, double[] r, double r0, double target,
                          MultifrontalLu lu, SymbolicAnalysis sym, Equilibration eq) {
        double[] rowScale = eq.rowScale();
        double[] colScale = eq.colScale();
        double[] z = new double[sym.n];
        double[] dx = new double[sym.n];
        double rNorm = r0;
        double previous = Double.POSITIVE_INFINITY;
        int steps = 0;
        while (rNorm > target && steps <= MAX_REFINEMENTS && rNorm < 0.5 * previous) {
            for (int i = 0; i < sym.n; i++) {
                z[i] = rowScale[sym.perm[i]] * r[sym.perm[i]];
            }
            lu.solve(z, dx);
            for (int j = 0; j < sym.n; j++) {
                x[sym.perm[j]] += colScale[sym.perm[j]] * dx[j];
            }
            previous = rNorm;
            rNorm = Vectors.residual(a, b, x, r);
            steps++;
        }
        if (!(rNorm <= target)) {
            throw new SolverException(String.format(Locale.ROOT, "direct solver: residual %.3e after %d solves with"
                    + " refinement, %.3e required (rtol %.1e, atol %.1e; %d pivots delayed).%s", rNorm, steps, target,
                    rtol, atol, lu.delayedPivots(), advice(a, x, rNorm, Vectors.norm(b))));
        }
        return rNorm;
    }
}
