package org.ssbfem.solver.electrochem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ssbfem.solver.linalg.LinearSolver;
import org.ssbfem.solver.nonlinear.NewtonReport;

/**
 * Variable-step BDF1/BDF2 on the cell's DAE (MODEL.md section 5: potentials algebraic, c
 * differential): keeps the last accepted states, tries steps ({@link #attempt}) with Newton on
 * the scaled problem from the predictor, estimates the local error on c and accepts
 * ({@link #accept}). Step-size choice and retries are the caller's ({@link ProtocolRunner}).
 *
 * <p>Order: after a (re)start only BDF1 without an error estimate is possible; with two states
 * BDF1 with a linear predictor; with three, BDF2 with a quadratic predictor (if the options allow).
 *
 * <p>Newton: {@link LimitedNewton}, potentials moving at most {@value #MAX_POTENTIAL_STEP_V} V and
 * lithiations {@value #MAX_LITHIATION_STEP} per iteration. (A backtracking line search on the
 * residual norm crawls after a jump of the terminal voltage and near a saturating surface, where
 * the way to the solution leads over residuals orders of magnitude larger.) Not thread-safe.
 */
public final class TimeStepper {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TimeStepper.class);
    /**
     * How far nodal lithiations may stray outside [0, 1] and the OCV table before a step is
     * refused: the interpolant of a steep surface layer over- and undershoots its nodes slightly,
     * and the functions continue smoothly there.
     */
    public static final double RANGE_SLACK = 0.05;
    /** Largest change of a potential per Newton iteration, V (about four thermal voltages). */
    public static final double MAX_POTENTIAL_STEP_V = 0.1;
    /** Largest change of a lithiation per Newton iteration. */
    public static final double MAX_LITHIATION_STEP = 0.1;
    private final CellProblem problem;
    private final LimitedNewton newton;
    private final StepOptions options;
    private final List<double[]> states = new ArrayList<>();
    private final List<Double> times = new ArrayList<>();
    private final List<Double> charges = new ArrayList<>();
    private final double xLow;
    private final double xHigh;

    /**
     * @param problem the cell problem (its terminal mode is set by the caller)
     * @param linearSolver the linear solver of the Newton steps
     * @param options step settings
     */
    public TimeStepper(CellProblem problem, LinearSolver linearSolver, StepOptions options) {
        this.problem = problem;
        this.options = options;
        this.newton = new LimitedNewton(linearSolver, options.newton(), MAX_POTENTIAL_STEP_V, MAX_LITHIATION_STEP);
        double[] ocvRange = problem.model().params().ocvV().xRange();
        this.xLow = Math.max(0.0, ocvRange[0]);
        this.xHigh = Math.min(1.0, ocvRange[1]);
    }

    public StepOptions options() { return options; }

    /**
     * Starts from state {@code u} (SI reduced unknowns, copied) at {@code timeS}, with
     * {@code chargeC} passed so far.
     */
    public void start(double timeS, double[] u, double chargeC) {
        states.clear();
        times.clear();
        charges.clear();
        states.add(u.clone());
        times.add(timeS);
        charges.add(chargeC);
    }

    /**
     * The accepted states the next step builds on, newest first: what a checkpoint saves so that a
     * run continues exactly as it would have (BDF2 and its quadratic predictor use three states).
     *
     * @param timesS times of the states, s, newest first (1 to 3 of them)
     * @param chargesC charge passed up to each state, C
     * @param states the states, SI reduced unknowns (shared with the stepper: do not modify)
     */
    public record History(double[] timesS, double[] chargesC, double[][] states) {
        /** @throws IllegalArgumentException unless 1 to 3 states with a time and a charge each */
        public History {
            if (timesS.length < 1 || timesS.length > 3 || chargesC.length != timesS.length
                    || states.length != timesS.length) {
                throw new IllegalArgumentException("a history has 1 to 3 states with a time and a charge each");
            }
        }
    }

    /** The current history (arrays of states shared, not copied). */
    public History history() {
        int k = states.size();
        double[] t = new double[k];
        double[] q = new double[k];
        for (int j = 0; j < k; j++) {
            t[j] = times.get(j);
            q[j] = charges.get(j);
        }
        return new History(t, q, states.toArray(new double[0][]));
    }

    /**
     * Continues from a saved history (states copied): the next {@link #attempt} is the one the
     * saving run would have made.
     *
     * @throws IllegalArgumentException when a state does not have {@code problem.size()} values
     */
    public void restore(History h) {
        states.clear();
        times.clear();
        charges.clear();
        for (int j = 0; j < h.timesS().length; j++) {
            if (h.states()[j].length != problem.size()) {
                throw new IllegalArgumentException("state of " + h.states()[j].length + " values, the problem has "
                        + problem.size());
            }
            states.add(h.states()[j].clone());
            times.add(h.timesS()[j]);
            charges.add(h.chargesC()[j]);
        }
    }

    /** Forgets all but the last state: the next step is BDF1 (after a change of the operating mode). */
    public void restart() {
        start(time(), state(), chargeC());
    }

    /** Charge passed up to the last accepted state, C. */
    public double chargeC() { return charges.get(0); }

    /**
     * The charge passed at the end of {@code a} when the current there is {@code currentA}: the
     * same BDF formula as the lithium balance, {@code Q = sum_k w_k Q_(n-k) + I / shift}, so that
     * inserted lithium and charge agree to Newton's tolerance (and equal I t for constant current).
     */
    public double chargeAfter(Attempt a, double currentA) {
        double[] q = new double[a.formula().order()];
        for (int k = 0; k < q.length; k++) {
            q[k] = charges.get(k);
        }
        return a.formula().history(q) + currentA / a.formula().shiftPerS();
    }

    /** Time of the last accepted state, s. */
    public double time() { return times.get(0); }

    /** The last accepted state (live: do not modify). */
    public double[] state() { return states.get(0); }

    /** The BDF order the next step will use. */
    public int nextOrder() {
        return Math.min(options.order(), Math.max(1, states.size() - 1));
    }

    /** Tries a step of {@code stepS} from the last accepted state; the history is unchanged. */
    public Attempt attempt(double stepS) {
        int k = nextOrder();
        BdfFormula f = BdfFormula.of(k, stepS, states.size() > 1 ? times.get(0) - times.get(1) : 0.0);
        double[] hist = new double[problem.size()];
        f.history(states.toArray(new double[0][]), hist);
        CellModel m = problem.model();
        m.assembler().setHistory(m.full(hist));
        m.assembler().setShift(f.shiftPerS());
        m.assembler().setTime(time() + stepS);
        double[] predicted = states.size() > k ? predictor(k, stepS) : null;
        double[] y = new double[problem.size()];
        double[] guess = predicted != null ? predicted : state();
        problem.toScaled(guess, y);
        NewtonReport report = newton.solve(problem, y);
        double current = problem.lastCollectorCurrentA();
        double[] u = new double[y.length];
        problem.toSi(y, u);
        String range = report.converged() ? rangeProblem(u) : null;
        double err = predicted != null && report.converged() ? errorNorm(f, u, predicted) : Double.NaN;
        if (LOG.isDebugEnabled()) {
            LOG.debug(String.format(Locale.ROOT, "attempt t %.4g s, dt %.4g s, BDF%d: %s, error %.3g, %d Krylov,"
                    + " residual norms %s", time() + stepS, stepS, k, report.message(), err,
                    report.linearIterations(), java.util.Arrays.toString(report.residualNorms())));
        }
        return new Attempt(time() + stepS, f, u, report, err, range, current);
    }

    /** Makes {@code a} the newest accepted state, with the charge passed then (keeps three). */
    public void accept(Attempt a, double chargeC) {
        states.add(0, a.u());
        times.add(0, a.timeS());
        charges.add(0, chargeC);
        if (states.size() > 3) {
            states.remove(3);
            times.remove(3);
            charges.remove(3);
        }
    }

    /** The polynomial of degree k through the last k + 1 states, at time() + h. */
    private double[] predictor(int k, double h) {
        double h1 = times.get(0) - times.get(1);
        double[] w;
        if (k == 1) {
            w = new double[] {1 + h / h1, -h / h1};
        } else {
            double h2 = times.get(1) - times.get(2);
            w = new double[] {(h + h1) * (h + h1 + h2) / (h1 * (h1 + h2)), -h * (h + h1 + h2) / (h1 * h2),
                h * (h + h1) / ((h1 + h2) * h2)};
        }
        double[] p = new double[problem.size()];
        for (int j = 0; j < w.length; j++) {
            double[] s = states.get(j);
            for (int i = 0; i < p.length; i++) {
                p[i] += w[j] * s[i];
            }
        }
        return p;
    }

    /**
     * The weighted root-mean-square norm (as in DASSL and SUNDIALS) over the c unknowns of the
     * local error estimate, {@code sqrt(mean_i (factor (u_i - u_pred,i) / (tol c_max))^2)}: the
     * max norm would let the few nodes beside a surface whose consistent-mass solution over- and
     * undershoots by a small amount after a change of flux dictate the step of the whole cell.
     */
    private double errorNorm(BdfFormula f, double[] u, double[] predicted) {
        double[] previous = new double[f.order()];
        for (int j = 0; j < previous.length; j++) {
            previous[j] = times.get(j) - times.get(j + 1);
        }
        double factor = f.errorFactor(previous);
        double scale = options.lithiationTolerance() * problem.model().params().cMaxMolPerM3();
        CellModel m = problem.model();
        double sum = 0;
        int n = 0;
        for (int i = 0; i < u.length; i++) {
            if (m.fieldOf(i) == 2) {
                double e = factor * (u[i] - predicted[i]) / scale;
                sum += e * e;
                n++;
            }
        }
        return Math.sqrt(sum / Math.max(n, 1));
    }

    /** Null when every node's lithiation lies in the valid range (with {@link #RANGE_SLACK}), else a description. */
    private String rangeProblem(double[] u) {
        CellModel m = problem.model();
        double cMax = m.params().cMaxMolPerM3();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < u.length; i++) {
            if (m.fieldOf(i) == 2) {
                lo = Math.min(lo, u[i] / cMax);
                hi = Math.max(hi, u[i] / cMax);
            }
        }
        if (lo >= xLow - RANGE_SLACK && hi <= xHigh + RANGE_SLACK) {
            return null;
        }
        return String.format(Locale.ROOT, "lithiation %.6f .. %.6f left the valid range %.6g .. %.6g (x in [0, 1]"
                + " and inside the OCV table)", lo, hi, xLow, xHigh);
    }
}
