package org.ssbfem.solver.study;

import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where long studies report how far they are (simulated time, voltage, step size, ...): a one-line
 * status that replaces the previous one. The command line installs a terminal status line when it
 * runs interactively ({@link #install}); otherwise, and in tests, the status goes to the log at
 * most every {@value #LOG_INTERVAL_S} s of wall time, so batch logs stay short. Process-wide;
 * thread-safe.
 */
public final class Progress {
    /** Least wall time between two logged status lines, s. */
    static final double LOG_INTERVAL_S = 30.0;

    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
    private static volatile Consumer<String> sink = null;
    private static long lastLogNanos = System.nanoTime();

    private Progress() {
    }

    /** Sends status lines to {@code terminal} (e.g. a console status line) instead of the log. */
    public static void install(Consumer<String> terminal) {
        sink = Objects.requireNonNull(terminal);
    }

    /** Back to logging status lines. */
    public static void uninstall() {
        sink = null;
    }

    /** Reports the current status (one line). */
    public static void update(String status) {
        Consumer<String> s = sink;
        if (s != null) {
            s.accept(status);
            return;
        }
        synchronized (Progress.class) {
            long now = System.nanoTime();
            if ((now - lastLogNanos) * 1e-9 >= LOG_INTERVAL_S) {
                lastLogNanos = now;
                LOG.info(status);
            }
        }
    }

    /** Ends the current status line (a terminal sink moves to a new line). */
    public static void done() {
        Consumer<String> s = sink;
        if (s != null) {
            s.accept(null);
        }
    }
}
