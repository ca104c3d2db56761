package org.ssbfem.solver.study.discharge;

import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.solver.electrochem.ProtocolRunner;
import org.ssbfem.solver.electrochem.TimeStepper;

/**
 * Writes {@link CheckpointFile checkpoint.bin} as a discharge run goes: at the start, after
 * accepted steps, always at the end of every protocol step, and ({@link #flush}) when the run stops
 * on an exception. Writing is throttled so that it takes at most {@value #MAX_WALL_SHARE} of the
 * wall time: after a write that took {@code w} seconds, the next one (other than at the end of a
 * protocol step) waits until {@code w / MAX_WALL_SHARE} seconds have passed since it ended. The
 * state of every position is captured when it is reported (arrays shared, not copied: the
 * stepper's accepted states are not modified), so a later write never mixes two steps.
 */
final class Checkpointer implements ProtocolRunner.PositionListener {
    private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);
    /** Largest share of the wall time spent writing checkpoints. */
    static final double MAX_WALL_SHARE = 0.02;

    private final Path file;
    private final Fingerprint fingerprint;
    private final TimeStepper stepper;
    private final DischargeRecorder recorder;
    private final double wallBeforeS;
    private final long startNanos = System.nanoTime();
    private ProtocolRunner runner;
    private Checkpoint latest;
    private boolean latestWritten = true;
    private long lastEndNanos;
    private long lastDurationNanos;
    private long totalNanos;
    private long bytes;
    private int writes;

    /**
     * @param file the checkpoint file
     * @param fingerprint the case and mesh
     * @param stepper the run's time stepper (its history is saved)
     * @param recorder the run's recorder (its state is saved)
     * @param wallBeforeS wall time of the discharge before this invocation (resumed runs), s
     */
    Checkpointer(Path file, Fingerprint fingerprint, TimeStepper stepper, DischargeRecorder recorder,
                 double wallBeforeS) {
        this.file = file;
        this.fingerprint = fingerprint;
        this.stepper = stepper;
        this.recorder = recorder;
        this.wallBeforeS = wallBeforeS;
    }

    /** Attaches to the runner whose counters are saved, and registers as its position listener. */
    void attach(ProtocolRunner r) {
        this.runner = r;
        r.onPosition(this);
    }

    @Override
    public void reached(ProtocolRunner.Position p) throws IOException {
        latest = new Checkpoint(fingerprint, p, runner.counters(), stepper.history(), recorder.state(), wallS());
        latestWritten = false;
        if (!p.started() || System.nanoTime() - lastEndNanos >= lastDurationNanos / MAX_WALL_SHARE) {
            write();
        }
    }

    /** Writes the latest position if it has not been written yet (when the run stops on an exception). */
    void flush() throws IOException {
        if (!latestWritten) {
            write();
        }
    }

    private void write() throws IOException {
        long t0 = System.nanoTime();
        bytes = CheckpointFile.write(file, latest);
        lastEndNanos = System.nanoTime();
        lastDurationNanos = lastEndNanos - t0;
        totalNanos += lastDurationNanos;
        writes++;
        latestWritten = true;
        LOG.debug("checkpoint at t = {} s: {} bytes in {} ms", latest.position().last().timeS(), bytes,
                lastDurationNanos * 1e-6);
    }

    /** Wall time of the discharge including earlier invocations, s. */
    double wallS() {
        return wallBeforeS + (System.nanoTime() - startNanos) * 1e-9;
    }

    /** Time spent writing checkpoints in this invocation, s. */
    double writeSeconds() { return totalNanos * 1e-9; }

    /** Size of the last checkpoint written, bytes. */
    long bytes() { return bytes; }

    /** Checkpoints written in this invocation. */
    int writes() { return writes; }
}
