package org.ssbfem.solver.study.discharge;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.solver.study.Progress;
import org.ssbfem.solver.electrochem.CellModel;
import org.ssbfem.solver.electrochem.ProtocolRunner;
import org.ssbfem.solver.electrochem.ProtocolStep;
import org.ssbfem.solver.electrochem.Snapshot;

/**
 * Receives every accepted state of a discharge run and writes the outputs as the run goes: a CSV
 * row per state, field files at the first state at or after every multiple of
 * {@code vtk_every_s} and at the end of every protocol step; keeps what the summary needs
 * (the state at the discharge cut-off, energy, the worst balance errors). What it has
 * accumulated ({@link State}) goes into checkpoints, and a recorder built from a saved state
 * continues the files of the interrupted run.
 */
final class DischargeRecorder implements ProtocolRunner.Listener, Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(DischargeRecorder.class);

    private final CurveWriter curve;
    private final CurvePlot plot = new CurvePlot();
    private final FieldWriter fields;
    private final double vtkEveryS;
    private final CellScale scale;
    private final double ceVsLiV;
    private final int cutoffStep;
    private double nextFieldTimeS;
    private Snapshot last;
    private double[] lastU;
    private boolean lastWritten;
    private double energyJ;
    private Snapshot atCutoff;
    private double energyAtCutoffJ;
    private double worstLiBalance;
    private double worstChargeBalance;
    private double lowestLithiation = Double.POSITIVE_INFINITY;
    private double highestLithiation = Double.NEGATIVE_INFINITY;
    private int states;

    /**
     * What a recorder has accumulated after an accepted state.
     *
     * @param states accepted states recorded (one curve row each), the initial one included
     * @param last the last of them
     * @param lastWritten whether its fields were written
     * @param nextFieldTimeS time from which the next state's fields are written, s
     * @param fieldTimesS field output times written so far, s
     * @param energyJ net energy delivered so far, J
     * @param atCutoff the last state of the first CC discharge step so far, or null
     * @param energyAtCutoffJ energy up to {@code atCutoff}, J
     * @param worstLiBalance worst lithium balance error so far
     * @param worstChargeBalance worst charge balance error so far
     * @param lowestLithiation lowest nodal lithiation so far (+infinity before any state)
     * @param highestLithiation highest nodal lithiation so far (-infinity before any state)
     */
    record State(int states, Snapshot last, boolean lastWritten, double nextFieldTimeS, List<Double> fieldTimesS,
                 double energyJ, Snapshot atCutoff, double energyAtCutoffJ, double worstLiBalance,
                 double worstChargeBalance, double lowestLithiation, double highestLithiation) {
        State {
            fieldTimesS = List.copyOf(fieldTimesS);
        }
    }

    /**
     * A recorder of a new run: the curve and the field series start empty.
     *
     * @param model the cell
     * @param outDir output folder
     * @param protocol the protocol (the first CC discharge step's end is "the cut-off")
     * @param vtkEveryS field output interval, s; 0 for no field output
     */
    DischargeRecorder(CellModel model, Path outDir, List<ProtocolStep> protocol, CellScale scale, double ceVsLiV,
                      double vtkEveryS) throws IOException {
        this(model, outDir, protocol, scale, ceVsLiV, vtkEveryS, null, null);
    }

    /**
     * A recorder that continues an interrupted run from {@code from} (null: a new run): the curve
     * keeps its rows up to that state ({@link CurveWriter#reopen}), the field series its output
     * times, and the sums and extremes go on from their saved values.
     *
     * @param lastU the state of {@code from.last()}, SI reduced unknowns (ignored for a new run)
     */
    DischargeRecorder(CellModel model, Path outDir, List<ProtocolStep> protocol, CellScale scale, double ceVsLiV,
                      double vtkEveryS, State from, double[] lastU) throws IOException {
        Path csv = outDir.resolve("discharge_curve.csv");
        this.curve = from == null ? new CurveWriter(csv, scale, ceVsLiV)
                : CurveWriter.reopen(csv, scale, ceVsLiV, from.states(), from.last().timeS(), plot);
        this.fields = vtkEveryS <= 0 ? null : from == null ? new FieldWriter(model, outDir)
                : new FieldWriter(model, outDir, from.fieldTimesS());
        this.vtkEveryS = vtkEveryS;
        this.scale = scale;
        this.ceVsLiV = ceVsLiV;
        int k = 0;
        while (k < protocol.size() && !(protocol.get(k) instanceof ProtocolStep.ConstantCurrent cc && cc.currentA() > 0)) {
            k++;
        }
        this.cutoffStep = k < protocol.size() ? k : -1;
        if (from != null) {
            restore(from, lastU);
        }
    }

    private void restore(State from, double[] u) {
        states = from.states();
        last = from.last();
        lastU = u.clone();
        lastWritten = from.lastWritten() && fields != null;
        nextFieldTimeS = from.nextFieldTimeS();
        energyJ = from.energyJ();
        atCutoff = from.atCutoff();
        energyAtCutoffJ = from.energyAtCutoffJ();
        worstLiBalance = from.worstLiBalance();
        worstChargeBalance = from.worstChargeBalance();
        lowestLithiation = from.lowestLithiation();
        highestLithiation = from.highestLithiation();
    }

    /** What the recorder has accumulated so far. */
    State state() {
        return new State(states, last, lastWritten, nextFieldTimeS, fields == null ? List.of() : fields.timesS(),
                energyJ, atCutoff, energyAtCutoffJ, worstLiBalance, worstChargeBalance, lowestLithiation,
                highestLithiation);
    }

    @Override
    public void accepted(Snapshot s, double[] u) throws IOException {
        if (last != null && s.protocolStep() != last.protocolStep() && !lastWritten && fields != null) {
            fields.write(last.timeS(), lastU);
        }
        energyJ += energyIncrement(s);
        curve.write(s);
        plot.add(s, scale, ceVsLiV);
        worstLiBalance = Math.max(worstLiBalance, CurveWriter.liBalanceError(s));
        worstChargeBalance = Math.max(worstChargeBalance, CurveWriter.chargeBalanceError(s, scale.oneCA()));
        lowestLithiation = Math.min(lowestLithiation, s.minLithiation());
        highestLithiation = Math.max(highestLithiation, s.maxLithiation());
        if (s.protocolStep() == cutoffStep && s.order() > 0) {
            atCutoff = s;
            energyAtCutoffJ = energyJ;
        }
        lastWritten = fields != null && s.timeS() >= nextFieldTimeS;
        if (lastWritten) {
            fields.write(s.timeS(), u);
            nextFieldTimeS = (Math.floor(s.timeS() / vtkEveryS) + 1) * vtkEveryS;
        }
        last = s;
        lastU = u.clone();
        states++;
        Progress.update(String.format(Locale.ROOT, "discharge: step %d, t %.1f s, V %.4f V, dt %.3g s, %.1f mAh/g,"
                + " x mean %.3f max %.3f", s.protocolStep() + 1, s.timeS(), s.voltageV() - ceVsLiV, s.stepS(),
                scale.mAhPerG(s.chargeC()), s.meanLithiation(), s.maxLithiation()));
    }

    /** V I dt with V vs the counter electrode: trapezoid inside a protocol step, right value at its start. */
    private double energyIncrement(Snapshot s) {
        if (last == null || s.order() == 0) {
            return 0.0;
        }
        double now = (s.voltageV() - ceVsLiV) * s.currentA();
        if (s.protocolStep() != last.protocolStep()) {
            return now * s.stepS();
        }
        return 0.5 * (now + (last.voltageV() - ceVsLiV) * last.currentA()) * s.stepS();
    }

    /** Writes the last state's fields (if not yet written) and the plot. */
    void finish(String title, Path png) throws IOException {
        if (fields != null && last != null && !lastWritten) {
            fields.write(last.timeS(), lastU);
            lastWritten = true;
        }
        if (plot.write(png, title)) {
            LOG.info("wrote {}", png);
        }
    }

    @Override
    public void close() throws IOException {
        curve.close();
    }

    Snapshot last() { return last; }

    /** The last state of the first CC discharge step, or null when there is none (or no step was taken). */
    Snapshot atCutoff() { return atCutoff; }

    /** Discharge energy up to {@link #atCutoff()}, J. */
    double energyAtCutoffJ() { return energyAtCutoffJ; }

    /** Net energy delivered over the whole run, J. */
    double energyJ() { return energyJ; }

    double worstLiBalance() { return worstLiBalance; }

    double worstChargeBalance() { return worstChargeBalance; }

    /** Lowest nodal lithiation over the run (the bound check; P1 and P2 nodes may dip below 0 slightly). */
    double lowestLithiation() { return lowestLithiation; }

    /** Highest nodal lithiation over the run (may exceed 1 slightly at a saturating surface: no discrete maximum principle). */
    double highestLithiation() { return highestLithiation; }

    /** Accepted states recorded, the initial one included. */
    int states() { return states; }

    /** Field output times written. */
    int fieldOutputs() { return fields == null ? 0 : fields.count(); }
}
