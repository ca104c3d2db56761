package org.ssbfem.solver.electrochem;

import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.solver.linalg.SolverException;

/**
 * Runs a protocol (a list of {@link ProtocolStep}s) with adaptive time steps: per step, attempts
 * with retries at a quarter of the step on failure, rejection and a smaller step when the
 * lithiation error estimate exceeds its tolerance, the next step shortened after a large change of
 * the terminal voltage ({@link StepOptions#maxVoltageStepV()}), and, when the end condition is crossed inside
 * a step, the crossing located by the Illinois (modified regula falsi) iteration on the step
 * size, each trial a full implicit step from the same history: the cut-off is met to the
 * tolerance, never overshot by a step. The end condition is first tested after the first step
 * of a protocol step (currents and potentials jump when the mode changes, so the state before
 * says nothing about it); if it holds there, the protocol step ends after that first step. Each
 * accepted state goes to the {@link Listener}.
 *
 * <p>Continuing a run: after every accepted step the runner reports its {@link Position} to the
 * {@link PositionListener} (if set), which with the stepper's {@link TimeStepper#history()} and
 * the {@link #counters()} is all a later {@link #resume} needs to take exactly the steps the run
 * would have taken.
 */
public final class ProtocolRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ProtocolRunner.class);
    private static final int MAX_LOCATE_ITERATIONS = 60;

    /** Receives every accepted state (including the initial one). */
    public interface Listener {
        /**
         * @param s the snapshot
         * @param u the state, SI reduced unknowns (do not modify)
         */
        void accepted(Snapshot s, double[] u) throws IOException;
    }

    /**
     * Counters of a run.
     *
     * @param accepted accepted steps
     * @param rejected steps rejected by the error estimate
     * @param failed attempts that failed (Newton or lithiation range) and were retried smaller
     * @param newtonIterations Newton iterations in all attempts
     * @param linearIterations Krylov iterations in all attempts
     */
    public record Counters(int accepted, int rejected, int failed, int newtonIterations, int linearIterations) { }

    /**
     * Where a run stands after an accepted step, as far as the runner is concerned.
     *
     * @param protocolStep index of the protocol step to run next or to go on with (0-based; the
     *     protocol's length once it is done)
     * @param started whether that step has begun (it has taken an accepted step); when false, it
     *     starts afresh (BDF1, the initial step size) and the two times below are unused
     * @param stepStartS when the protocol step began, s (its maximum duration counts from here)
     * @param nextStepS the size of the next step to try, s
     * @param last the last accepted state
     */
    public record Position(int protocolStep, boolean started, double stepStartS, double nextStepS, Snapshot last) {
        /** True once every protocol step has ended. */
        public boolean finished(int protocolSize) { return protocolStep >= protocolSize; }
    }

    /** Receives the position after every accepted step and at the end of every protocol step. */
    public interface PositionListener {
        /**
         * Called after the {@link Listener} has seen the state {@code p.last()}; the stepper
         * holds the matching history.
         */
        void reached(Position p) throws IOException;
    }

    private final CellProblem problem;
    private final TimeStepper stepper;
    private final CellMonitor monitor;
    private final Listener listener;
    private PositionListener positions = p -> { };
    private int accepted;
    private int rejected;
    private int failed;
    private int newtonTotal;
    private int linearTotal;
    private int stepNewton;
    private int stepLinear;

    public ProtocolRunner(CellProblem problem, TimeStepper stepper, CellMonitor monitor, Listener listener) {
        this.problem = problem;
        this.stepper = stepper;
        this.monitor = monitor;
        this.listener = listener;
    }

    /** Sets who is told the position after every accepted step (by default nobody). */
    public void onPosition(PositionListener l) {
        this.positions = l;
    }

    /**
     * Runs {@code protocol} from the stepper's current state, reporting the initial state first
     * (and the position before protocol step 1).
     *
     * @return the last accepted state
     * @throws SolverException when a step fails after all retries (see {@link StepFailure})
     * @throws IOException from the listeners
     */
    public Snapshot run(List<ProtocolStep> protocol) throws IOException {
        Snapshot s = monitor.observe(0, stepper.time(), stepper.state(), 0.0, stepper.chargeC(),
                CellMonitor.StepStats.NONE);
        listener.accepted(s, stepper.state());
        Position start = new Position(0, false, stepper.time(), stepper.options().initialStepS(), s);
        positions.reached(start);
        return continueFrom(protocol, start);
    }

    /**
     * Continues a run saved at {@code from}: the stepper must hold the history saved with it
     * ({@link TimeStepper#restore}) and this runner the saved counters ({@link #restoreCounters}).
     * The state {@code from.last()} is not reported again.
     *
     * @return the last accepted state
     * @throws IllegalArgumentException when {@code from} lies beyond the protocol
     */
    public Snapshot resume(List<ProtocolStep> protocol, Position from) throws IOException {
        if (from.protocolStep() > protocol.size()) {
            throw new IllegalArgumentException("position in protocol step " + (from.protocolStep() + 1) + " of "
                    + protocol.size());
        }
        return continueFrom(protocol, from);
    }

    private Snapshot continueFrom(List<ProtocolStep> protocol, Position from) throws IOException {
        Snapshot s = from.last();
        for (int i = from.protocolStep(); i < protocol.size(); i++) {
            boolean within = i == from.protocolStep() && from.started();
            LOG.info("protocol step {}{}: {}", i + 1, within ? " (continued)" : "", protocol.get(i).describe());
            s = runStep(i, protocol.get(i), s, within ? from : null);
            positions.reached(new Position(i + 1, false, stepper.time(), stepper.options().initialStepS(), s));
        }
        return s;
    }

    public Counters counters() {
        return new Counters(accepted, rejected, failed, newtonTotal, linearTotal);
    }

    /** Sets the counters to those of the run being continued (before {@link #resume}). */
    public void restoreCounters(Counters c) {
        accepted = c.accepted();
        rejected = c.rejected();
        failed = c.failed();
        newtonTotal = c.newtonIterations();
        linearTotal = c.linearIterations();
    }

    /**
     * Runs protocol step {@code index} from its start ({@code within} null) or from a position
     * inside it; reports the position after each accepted step that does not end it.
     */
    private Snapshot runStep(int index, ProtocolStep step, Snapshot last, Position within) throws IOException {
        step.apply(problem);
        StepOptions o = stepper.options();
        double stepStart;
        double h;
        double gPrevious;
        if (within == null) {
            stepper.restart();
            stepStart = stepper.time();
            h = o.initialStepS();
            gPrevious = Double.NaN;
        } else {
            stepStart = within.stepStartS();
            h = within.nextStepS();
            gPrevious = step.stopFunction(last);
        }
        double tEnd = stepStart + step.maxDurationS();
        Snapshot previous = last;
        while (true) {
            h = Math.min(Math.min(h, o.maxStepS()), tEnd - stepper.time());
            Attempt a = solve(index, step, h, previous);
            if (a.errorNorm() > 1) {
                rejected++;
                h = a.stepS() * Math.max(StepOptions.MIN_SHRINK, StepOptions.SAFETY * Math.pow(a.errorNorm(),
                        -1.0 / (a.formula().order() + 1)));
                continue;
            }
            Snapshot s = observe(index, a);
            double g = step.stopFunction(s);
            if (g <= 0 && Double.isNaN(gPrevious)) {
                accept(a, s);
                LOG.warn("protocol step {} ({}) ended after its first step of {} s: its end condition held at once",
                        index + 1, step.describe(), a.stepS());
                return s;
            }
            if (g <= 0) {
                return locate(index, step, previous, gPrevious, a, s, g);
            }
            accept(a, s);
            if (stepper.time() >= tEnd - 1e-12 * Math.max(1.0, Math.abs(tEnd))) {
                return s;
            }
            previous = s;
            gPrevious = g;
            double byVoltage = Math.max(o.minStepS(), voltageLimitS(stepStart, o.maxVoltageStepV()));
            h = Math.min(a.stepS() * growth(a), byVoltage);
            positions.reached(new Position(index, true, stepStart, h, s));
        }
    }

    private static double growth(Attempt a) {
        if (!(a.errorNorm() > 0)) {
            return StepOptions.MAX_GROWTH;
        }
        double f = StepOptions.SAFETY * Math.pow(a.errorNorm(), -1.0 / (a.formula().order() + 1));
        return Math.min(StepOptions.MAX_GROWTH, Math.max(StepOptions.MIN_SHRINK, f));
    }

    /**
     * The longest next step by {@link VoltageStepLimit} (the caller keeps it at least the smallest
     * step, so that a voltage falling without end fails there instead of creeping on), from the
     * stepper's accepted states after
     * {@code stepStartS} (the state at the start, before the voltage jumps to the new mode, is left
     * out); read from the stepper's history, so that a resumed run limits its steps alike.
     */
    private double voltageLimitS(double stepStartS, double maxDV) {
        TimeStepper.History hist = stepper.history();
        int n = 0;
        while (n < hist.timesS().length && hist.timesS()[n] > stepStartS) {
            n++;
        }
        double[] t = new double[n];
        double[] v = new double[n];
        int unknown = problem.model().voltageUnknown();
        for (int k = 0; k < n; k++) {
            t[k] = hist.timesS()[k];
            v[k] = hist.states()[k][unknown];
        }
        return VoltageStepLimit.maxStepS(t, v, maxDV);
    }

    /** Attempts a step of h, retrying at h / 4 after a failure; throws after the last retry. */
    private Attempt solve(int index, ProtocolStep step, double h, Snapshot previous) {
        double size = h;
        for (int tries = 0; ; tries++) {
            Attempt a = stepper.attempt(size);
            stepNewton += a.newton().iterations();
            stepLinear += a.newton().linearIterations();
            newtonTotal += a.newton().iterations();
            linearTotal += a.newton().linearIterations();
            if (a.solved()) {
                return a;
            }
            failed++;
            LOG.debug("step of {} s from t = {} s failed: {}", size, stepper.time(),
                    a.rangeProblem() != null ? a.rangeProblem() : a.newton().message());
            size *= 0.25;
            if (tries + 1 >= stepper.options().maxRetries() || size < stepper.options().minStepS()) {
                throw StepFailure.of(index, step, stepper, problem, a, previous, tries + 1);
            }
        }
    }

    /** The snapshot of an attempt: collector current measured, charge integrated. */
    private Snapshot observe(int index, Attempt a) {
        double current = a.collectorCurrentA();
        double charge = stepper.chargeAfter(a, current);
        CellMonitor.StepStats stats = new CellMonitor.StepStats(a.stepS(), a.formula().order(), stepNewton, stepLinear);
        return monitor.observe(index, a.timeS(), a.u(), current, charge, stats);
    }

    private void accept(Attempt a, Snapshot s) throws IOException {
        stepper.accept(a, s.chargeC());
        accepted++;
        stepNewton = 0;
        stepLinear = 0;
        listener.accepted(s, a.u());
    }

    /**
     * The end condition crossed between the last accepted state (g0 &gt; 0) and attempt {@code a}
     * (g1 &lt;= 0): Illinois iteration on the step size until |g| &lt;= tolerance; accepts and
     * returns the located state (the last one with g &lt;= 0 if the bracket collapses first).
     */
    private Snapshot locate(int index, ProtocolStep step, Snapshot previous, double g0, Attempt a, Snapshot s,
                            double g1) throws IOException {
        double tol = step.tolerance(stepper.options());
        double lo = 0;
        double hi = a.stepS();
        double gLo = g0;
        double gHi = g1;
        Attempt best = a;
        Snapshot bestSnap = s;
        int side = 0;
        for (int it = 0; it < MAX_LOCATE_ITERATIONS && Math.abs(step.stopFunction(bestSnap)) > tol; it++) {
            double mid = lo + (hi - lo) * gLo / (gLo - gHi);
            mid = Math.min(Math.max(mid, lo + 1e-3 * (hi - lo)), hi - 1e-3 * (hi - lo));
            Attempt m = solve(index, step, mid, previous);
            Snapshot ms = observe(index, m);
            double gm = step.stopFunction(ms);
            if (Math.abs(gm) <= tol) {
                best = m;
                bestSnap = ms;
                break;
            }
            if (gm > 0) {
                lo = m.stepS();
                gLo = gm;
                gHi = side == 1 ? gHi / 2 : gHi;
                side = 1;
            } else {
                hi = m.stepS();
                gHi = gm;
                best = m;
                bestSnap = ms;
                gLo = side == -1 ? gLo / 2 : gLo;
                side = -1;
            }
            if (hi - lo <= 1e-12 * Math.max(1.0, stepper.time())) {
                break;
            }
        }
        LOG.info("end of protocol step {} located at t = {} s (end condition {} within {})", index + 1,
                bestSnap.timeS(), step.stopFunction(bestSnap), tol);
        accept(best, bestSnap);
        return bestSnap;
    }
}
