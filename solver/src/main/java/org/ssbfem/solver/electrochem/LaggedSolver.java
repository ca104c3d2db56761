package org.ssbfem.solver.electrochem;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.solver.linalg.LinearSolver;
import org.ssbfem.solver.linalg.SolveReport;
import org.ssbfem.solver.linalg.SolverException;
import org.ssbfem.solver.linalg.SparseMatrix;

/**
 * A Krylov solver whose preconditioner is kept across solves (a lagged Jacobian, e.g. an LU
 * factorization of an earlier Newton matrix) and rebuilt when it has gone stale: when a solve
 * takes more than {@code maxIterations} iterations, the next solve starts with a fresh solver (a
 * new factorization of the then current matrix); when a solve fails, it is repeated at once with
 * a fresh solver. The cell's Jacobian changes slowly from one time step to the next, so one
 * factorization serves many Newton steps at a few Krylov iterations each.
 *
 * <p>The inner solvers come from {@code factory} and must keep their preconditioner between calls
 * (e.g. PETSc with {@code reuse_preconditioner}); they are closed when replaced. Not thread-safe.
 */
public final class LaggedSolver implements LinearSolver, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LaggedSolver.class);

    private final Supplier<LinearSolver> factory;
    private final int maxIterations;
    private final String innerDescription;
    private LinearSolver current;
    private int rebuilds;

    /**
     * @param factory makes a fresh inner solver
     * @param maxIterations iterations above which the preconditioner counts as stale, &gt;= 1
     */
    public LaggedSolver(Supplier<LinearSolver> factory, int maxIterations) {
        this(factory, maxIterations, "lagged solver");
    }

    /**
     * @param factory makes a fresh inner solver
     * @param maxIterations iterations above which the preconditioner counts as stale, &gt;= 1
     * @param innerDescription what the inner solvers are, for {@link #describe()} before the first solve
     */
    public LaggedSolver(Supplier<LinearSolver> factory, int maxIterations, String innerDescription) {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1: " + maxIterations);
        }
        this.factory = factory;
        this.maxIterations = maxIterations;
        this.innerDescription = innerDescription;
    }

    /** Number of fresh inner solvers made so far (factorizations, for an LU preconditioner). */
    public int rebuilds() { return rebuilds; }

    @Override
    public SolveReport solve(SparseMatrix a, double[] b, double[] x) {
        return solve(a, b, x, 0.0);
    }

    @Override
    public SolveReport solve(SparseMatrix a, double[] b, double[] x, double looserTarget) {
        double[] guess = x.clone();
        if (current == null) {
            renew();
        }
        try {
            SolveReport r = current.solve(a, b, x, looserTarget);
            if (r.iterations() > maxIterations) {
                LOG.debug("{} iterations with the kept preconditioner: renewing it at the next solve", r.iterations());
                if (current.renewPreconditioner()) {
                    rebuilds++;
                } else {
                    discard();
                }
            }
            return r;
        } catch (SolverException e) {
            LOG.debug("solve with the kept preconditioner failed ({}): renewing it", e.getMessage());
            System.arraycopy(guess, 0, x, 0, x.length);
            renew();
            return current.solve(a, b, x, looserTarget);
        }
    }

    private void renew() {
        discard();
        current = factory.get();
        rebuilds++;
    }

    private void discard() {
        if (current instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot release the linear solver", e);
            }
        }
        current = null;
    }

    @Override
    public String describe() {
        LinearSolver probe = current;
        return (probe != null ? probe.describe() : innerDescription) + ", preconditioner kept until a solve takes more"
                + " than " + maxIterations + " iterations";
    }

    @Override
    public void close() {
        discard();
    }
}
