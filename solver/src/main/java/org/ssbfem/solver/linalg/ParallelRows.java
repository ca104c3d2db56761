package org.ssbfem.solver.linalg;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Row-wise passes over large matrices and vectors (products, scalings, copies) split between the
 * calling thread and one daemon worker: rows {@code [0, n/2)} on the caller, the rest on the worker.
 * Between the assemblies' parallel loops these passes would leave the second core idle; on the
 * 1e5-unknown bench discharge they are some 6 s of the assembly's 20. Each row is computed by the
 * same arithmetic as in a serial loop, so row-wise results do not depend on the split; sums over
 * rows ({@link #sum}) add the two halves' partial sums in order (deterministic for a given number
 * of threads).
 *
 * <p>Inputs below {@value #MIN_ROWS} rows, and runs with {@code -Dssbfem.assemblyThreads=1}, stay
 * on the calling thread, as do passes started from within a pass on the worker (no deadlock on
 * the single worker). Calls from several threads at once are served one after the other.
 */
public final class ParallelRows {
    /** Fewest rows split between two threads (below, handing work over costs more than it saves). */
    public static final int MIN_ROWS = 20_000;
    private static final ThreadPoolExecutor POOL = pool();
    /** The worker thread (set by the pool's thread factory): a pass it runs itself stays on it. */
    private static volatile Thread worker;
    private static final boolean ENABLED = enabled();

    private ParallelRows() {
    }

    /** A pass over rows {@code from..to-1}. */
    @FunctionalInterface
    public interface Range {
        void run(int from, int to);
    }

    /** A pass over rows {@code from..to-1} that returns a partial sum. */
    @FunctionalInterface
    public interface RangeSum {
        double run(int from, int to);
    }

    /** Runs {@code body} over rows {@code 0..n-1}, in two halves on two threads when worth it. */
    public static void forEach(int n, Range body) {
        sum(n, (from, to) -> {
            body.run(from, to);
            return 0.0;
        });
    }

    /** Runs {@code body} over rows {@code 0..n-1} and returns the sum of its partial sums. */
    public static double sum(int n, RangeSum body) {
        if (!ENABLED || n < MIN_ROWS || Thread.currentThread() == worker) {
            return body.run(0, n);
        }
        int half = n / 2;
        Future<Double> second = POOL.submit(() -> body.run(half, n));
        double first;
        try {
            first = body.run(0, half);
        } catch (RuntimeException | Error e) {
            await(second);
            throw e;
        }
        return first + await(second);
    }

    private static double await(Future<Double> f) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException("row pass failed on the worker thread", e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean enabled() {
        String v = System.getProperty("ssbfem.assemblyThreads");
        int threads = Runtime.getRuntime().availableProcessors();
        if (v != null && !v.isBlank()) {
            try {
                threads = Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                // the assembly loops log the bad value; keep the default here
            }
        }
        return threads > 1;
    }

    private static ThreadPoolExecutor pool() {
        ThreadPoolExecutor p = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "ssbfem-rows");
            t.setDaemon(true);
            worker = t;
            return t;
        });
        p.allowCoreThreadTimeOut(true);
        return p;
    }
}
