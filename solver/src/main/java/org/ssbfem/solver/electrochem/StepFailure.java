package org.ssbfem.solver.electrochem;

import java.util.Locale;
import org.ssbfem.solver.linalg.SolverException;

/**
 * The message of a time step that failed after all retries: where (protocol step, time, step
 * size), how (Newton's message, the scaled residual norm per field of the last iterate), the state
 * before (voltage, lithiation range) and the likely cause with what to try.
 */
final class StepFailure {
    private static final String[] FIELDS = {"phi_e", "phi_s (with V)", "c"};

    private StepFailure() {
    }

    static SolverException of(int index, ProtocolStep step, TimeStepper stepper, CellProblem problem, Attempt last,
                              Snapshot before, int tries) {
        double[] norms = fieldNorms(problem, last.u());
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "time step failed in protocol step %d (%s) at t = %.6g s: %d attempts, the last with step %.3g s;"
                + " Newton: %s after %d iterations; scaled residual of the last iterate (fractions of I_ref = %.4g A):",
                index + 1, step.describe(), stepper.time(), tries, last.stepS(), last.newton().message(),
                last.newton().iterations(), problem.referenceCurrentA()));
        for (int f = 0; f < 3; f++) {
            sb.append(String.format(Locale.ROOT, " %s %.3e%s", FIELDS[f], norms[f], f < 2 ? "," : ";"));
        }
        sb.append(String.format(Locale.ROOT, " state before: V = %.5g V, lithiation %.5f .. %.5f. ", before.voltageV(),
                before.minLithiation(), before.maxLithiation()));
        if (last.rangeProblem() != null) {
            sb.append(last.rangeProblem()).append(". ");
        }
        sb.append("Likely cause: ").append(cause(step, last, before));
        return new SolverException(sb.toString());
    }

    /** Euclidean norms of the scaled residual per field at SI state {@code u}. */
    private static double[] fieldNorms(CellProblem problem, double[] u) {
        double[] y = new double[u.length];
        double[] r = new double[u.length];
        problem.toScaled(u, y);
        problem.residual(y, r);
        double[] sum = new double[3];
        for (int i = 0; i < r.length; i++) {
            double v = Double.isFinite(r[i]) ? r[i] * r[i] : Double.POSITIVE_INFINITY;
            sum[problem.model().fieldOf(i)] += v;
        }
        for (int f = 0; f < 3; f++) {
            sum[f] = Math.sqrt(sum[f]);
        }
        return sum;
    }

    private static String cause(ProtocolStep step, Attempt last, Snapshot before) {
        String msg = last.newton().message();
        if (last.rangeProblem() != null || before.maxLithiation() > 0.995 || before.minLithiation() < 0.005) {
            return "the CAM surface is (nearly) full or empty, so the kinetics cannot carry the current any more;"
                    + " the end condition of the step (" + step.describe() + ") lies beyond what the cell reaches:"
                    + " raise the discharge cut-off voltage (lower the charge cut-off), or lower the current.";
        }
        if (msg.contains("linear solve failed")) {
            return "the linear solver failed on the Jacobian: set solver.linear.method: direct (small meshes), or raise"
                    + " solver.linear.max_iterations.";
        }
        if (msg.contains("not finite")) {
            return "the Butler-Volmer exponentials overflowed: the overpotential needed exceeds several volts; the"
                    + " current is too high for the exchange current density and conductivities, or a parameter is"
                    + " off by orders of magnitude (check units).";
        }
        return "Newton does not converge even on tiny steps: a sharp change of the state (e.g. the voltage collapsing"
                + " near the end of discharge) or inconsistent parameters; check the parameters and the cut-off,"
                + " or loosen time.lithiation_tolerance.";
    }
}
