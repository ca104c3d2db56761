package org.ssbfem.solver.nonlinear;

import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.solver.linalg.LinearSolver;
import org.ssbfem.solver.linalg.SolveReport;
import org.ssbfem.solver.linalg.SolverException;
import org.ssbfem.solver.linalg.SparseMatrix;

/**
 * Newton's method with the exact Jacobian and a backtracking line search (step halving until the
 * residual norm drops by the Armijo factor {@code 1 - 1e-4 lambda}). A linear problem converges in
 * one step. Converged: residual norm below the tolerances, or below {@link #FLOOR_FACTOR} times the
 * problem's rounding floor ({@link NonlinearProblem#residualFloor()}, when it knows one). Failures (no convergence, a failed linear solve, a non-finite residual) are returned in
 * the {@link NewtonReport}, not thrown, so a time stepper can retry with a smaller step.
 */
public final class Newton {
    /** A residual below this multiple of the problem's rounding floor counts as converged. */
    public static final double FLOOR_FACTOR = 100.0;
    private static final Logger LOG = LoggerFactory.getLogger(Newton.class);

    /**
     * @param absoluteTolerance stop when ||F|| &lt;= this (residual unit)
     * @param relativeTolerance or when ||F|| &lt;= this * ||F(u0)||
     * @param maxIterations most Newton steps
     * @param maxBacktracks most step halvings per step (0 = plain Newton)
     */
    public record Options(double absoluteTolerance, double relativeTolerance, int maxIterations, int maxBacktracks) {
        /** atol 1e-10, rtol 1e-10, 25 steps, 10 halvings. */
        public static Options defaults() { return new Options(1e-10, 1e-10, 25, 10); }
    }

    private final LinearSolver linearSolver;
    private final Options options;

    public Newton(LinearSolver linearSolver, Options options) {
        this.linearSolver = linearSolver;
        this.options = options;
    }

    /**
     * Solves {@code F(u) = 0} from the initial guess in {@code u}, which holds the last iterate on
     * return (the solution when converged).
     */
    public NewtonReport solve(NonlinearProblem problem, double[] u) {
        int n = problem.size();
        double[] r = new double[n];
        double[] du = new double[n];
        double[] trial = new double[n];
        SparseMatrix jac = new SparseMatrix(problem.jacobianPattern());
        double[] norms = new double[options.maxIterations() + 1];
        problem.residualAndJacobian(u, r, jac);
        norms[0] = norm(r);
        double target = Math.max(options.absoluteTolerance(), options.relativeTolerance() * norms[0]);
        int linear = 0;
        int cuts = 0;
        for (int it = 0; it < options.maxIterations(); it++) {
            if (norms[it] <= target) {
                return report(true, it, norms, linear, cuts, "converged");
            }
            if (norms[it] <= FLOOR_FACTOR * problem.residualFloor()) {
                return report(true, it, norms, linear, cuts, "converged to the rounding floor");
            }
            if (!Double.isFinite(norms[it])) {
                return report(false, it, norms, linear, cuts, "residual is not finite");
            }
            for (int i = 0; i < n; i++) {
                r[i] = -r[i];
            }
            Arrays.fill(du, 0.0);
            try {
                SolveReport lr = linearSolver.solve(jac, r, du);
                linear += lr.iterations();
            } catch (SolverException e) {
                return report(false, it, norms, linear, cuts, "linear solve failed: " + e.getMessage());
            }
            double lambda = 1.0;
            double trialNorm;
            int k = 0;
            while (true) {
                for (int i = 0; i < n; i++) {
                    trial[i] = u[i] + lambda * du[i];
                }
                problem.residual(trial, r);
                trialNorm = norm(r);
                if (trialNorm <= (1 - 1e-4 * lambda) * norms[it] || k >= options.maxBacktracks()) {
                    break;
                }
                lambda *= 0.5;
                k++;
            }
            cuts += k;
            System.arraycopy(trial, 0, u, 0, n);
            LOG.debug("Newton step {}: |F| {} -> {}, lambda {}", it + 1, norms[it], trialNorm, lambda);
            norms[it + 1] = trialNorm;
            if (trialNorm > target && Double.isFinite(trialNorm)) {
                problem.residualAndJacobian(u, r, jac);
            }
        }
        int m = options.maxIterations();
        boolean ok = norms[m] <= target;
        return report(ok, m, norms, linear, cuts, ok ? "converged" : "maximum iterations (" + m + ") reached");
    }

    private static NewtonReport report(boolean ok, int its, double[] norms, int linear, int cuts, String msg) {
        return new NewtonReport(ok, its, Arrays.copyOf(norms, its + 1), linear, cuts, msg);
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    /** Description for logs. */
    public String describe() {
        return "Newton (atol " + options.absoluteTolerance() + ", rtol " + options.relativeTolerance() + ", max "
                + options.maxIterations() + " steps) with " + linearSolver.describe();
    }
}
