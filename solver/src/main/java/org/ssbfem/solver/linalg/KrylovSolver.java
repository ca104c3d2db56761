package org.ssbfem.solver.linalg;

import java.util.Arrays;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Common frame of the Krylov solvers: input checks, preconditioner set-up, the convergence test on
 * the true residual, restarts, timing and the failure message. A subclass supplies one
 * {@link Cycle} per solve (its work vectors), which iterates from the current x until its own
 * residual estimate meets the target or its iteration budget is spent.
 *
 * <p>Stateless and thread-safe: every solve allocates its own work vectors.
 */
abstract class KrylovSolver implements LinearSolver {
    private static final Logger LOG = LoggerFactory.getLogger(KrylovSolver.class);

    protected final LinearSolverOptions options;

    KrylovSolver(LinearSolverOptions options) {
        this.options = options;
    }

    /** Iterations from the current x of one solve; holds the work vectors of that solve. */
    interface Cycle {
        /**
         * Iterates on x (updated in place) starting from r = b - A x with ||r|| = rNorm.
         *
         * @param r the true residual on entry; may be overwritten
         * @return iterations done, at least 1
         * @throws SolverException on a breakdown that a restart cannot cure
         */
        int run(double[] x, double[] r, double rNorm, double target, int maxIterations);
    }

    /** Checks a matrix property the method needs (e.g. symmetry for CG); the default checks nothing. */
    void checkMatrix(SparseMatrix a) {
    }

    /** The preconditioner of a solve with {@code a}: by default the options' one, set up anew. */
    Preconditioner preconditioner(SparseMatrix a) {
        return options.preconditioner().setUp(a);
    }

    /** Allocates the work vectors of one solve with matrix {@code a} and preconditioner {@code m}. */
    abstract Cycle start(SparseMatrix a, Preconditioner m);

    @Override
    public String describe() {
        return options.withEquilibrate(false).describe();
    }

    @Override
    public final SolveReport solve(SparseMatrix a, double[] b, double[] x) {
        SolveInputs.check(a, b, x);
        checkMatrix(a);
        long t0 = System.nanoTime();
        Preconditioner m = preconditioner(a);
        long t1 = System.nanoTime();
        double bNorm = Vectors.norm(b);
        double target = Math.max(options.atol(), options.rtol() * bNorm);
        double[] r = new double[b.length];
        double r0 = Vectors.residual(a, b, x, r);
        if (bNorm == 0) {
            Arrays.fill(x, 0.0);
            return new SolveReport(describe(), 0, r0, 0.0, seconds(t0, t1), 0.0);
        }
        int iterations = 0;
        double rNorm = r0;
        Cycle cycle = null;
        while (rNorm > target && iterations < options.maxIterations()) {
            cycle = cycle == null ? start(a, m) : cycle;
            iterations += cycle.run(x, r, rNorm, target, options.maxIterations() - iterations);
            rNorm = Vectors.residual(a, b, x, r);
            if (!Double.isFinite(rNorm)) {
                throw new SolverException(describe() + ": the residual became " + rNorm + " after " + iterations
                        + " iterations. " + advice());
            }
        }
        long t2 = System.nanoTime();
        if (rNorm > target) {
            throw notConverged(iterations, rNorm, target, bNorm, SolveInputs.floorAdvice(a, x, rNorm, bNorm));
        }
        LOG.debug("{}: {} iterations, residual {} -> {}, set-up {} s, solve {} s", describe(), iterations, r0, rNorm,
                seconds(t0, t1), seconds(t1, t2));
        return new SolveReport(describe(), iterations, r0, rNorm, seconds(t0, t1), seconds(t1, t2));
    }

    private SolverException notConverged(int iterations, double rNorm, double target, double bNorm, String floor) {
        String how = String.format(Locale.ROOT, "rtol %.1e * ||b|| %.3e, atol %.1e", options.rtol(), bNorm, options.atol());
        return SolverException.notConverged(describe(), iterations, options.maxIterations(), rNorm, target, how,
                advice() + floor);
    }

    /** What to try after a failure. */
    String advice() {
        return "Try: a stronger preconditioner (solver.linear.preconditioner: ilu0), more iterations"
                + " (solver.linear.max_iterations), equilibration (solver.linear.equilibrate: true), or the"
                + " direct solver (solver.linear.method: direct). If the residual stalls, the matrix is probably"
                + " singular: check the constraints (a floating cluster of particles or electrolyte that touches"
                + " neither terminal has no fixed potential).";
    }

    /** A failure in iteration {@code iteration}, with the advice appended. */
    SolverException breakdown(int iteration, String what) {
        return new SolverException(describe() + ": breakdown in iteration " + iteration + ": " + what + ". " + advice());
    }

    static double seconds(long from, long to) {
        return (to - from) * 1e-9;
    }
}
