package org.ssbfem.solver.assembly;

import java.util.Arrays;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.solver.linalg.SparsityPattern;

/**
 * The {@link CellLoop} on several threads. The cell order (increasing lowest reduced row) is cut
 * into contiguous parts of about equal cost, fixed at construction; part 0 runs on the calling
 * thread with the assembler's workspace, each other part on a worker thread with its own
 * {@linkplain Workspace#Workspace(Workspace) worker workspace} and bindings.
 *
 * <p>No two threads add to the same entry: part 0 adds into the real residual and matrix values;
 * part {@code p > 0} adds directly only its cells whose lowest row exceeds every row of the parts
 * before it (a suffix of the part, since the order sorts by lowest row: rows of later parts' direct
 * cells lie above them too), and its leading cells, which may share rows with earlier parts, into
 * private arrays covering just the rows those cells touch (a band of the matrix). After all parts
 * finished, the calling thread adds the private arrays into the real ones, part by part. The
 * result is therefore deterministic for a given number of threads, and differs from the serial
 * loop only by the order of summation in the rows the parts share.
 *
 * <p>Workers are the daemon threads of a {@link WorkerPool}. Apart from one task object per
 * worker and assembly, nothing is allocated per assembly. Not thread-safe itself (one assembly at
 * a time, as the {@link Assembler}).
 */
final class ParallelCellLoop {
    /** System property: number of threads of the cell loop (1: serial); default min(2, processors). */
    static final String THREADS_PROPERTY = "ssbfem.assemblyThreads";
    /** Meshes with at most this many cells assemble serially: handing work to a thread costs more. */
    static final int MIN_CELLS = 20_000;
    private static final Logger LOG = LoggerFactory.getLogger(ParallelCellLoop.class);

    private final CellLoop loop;
    private final Part[] workers;
    private final int mainEnd;
    private final Future<?>[] pending;
    private final WorkerPool pool;

    /**
     * @param loop the cell loop, ordered ({@link CellLoop#orderBy} done), bound to {@code main}
     * @param main the assembler's workspace (reduced map and positions set)
     * @param threads number of parts, at least 2
     */
    private ParallelCellLoop(CellLoop loop, Workspace main, SparsityPattern pattern, int threads) {
        this.loop = loop;
        int n = loop.cellCount();
        int[] cut = cuts(loop, threads);
        this.mainEnd = cut[1];
        this.workers = new Part[threads - 1];
        int[] rowPtr = pattern.rowPtr();
        int highBefore = -1;
        for (int i = 0; i < cut[1]; i++) {
            highBefore = Math.max(highBefore, loop.highestRow(i));
        }
        for (int p = 1; p < threads; p++) {
            int from = cut[p];
            int to = cut[p + 1];
            int direct = from;
            while (direct < to && loop.lowestRow(direct) <= highBefore) {
                direct++;
            }
            int lo = direct > from ? loop.lowestRow(from) : 0;
            int hi = lo - 1;
            int partHigh = highBefore;
            for (int i = from; i < to; i++) {
                int h = loop.highestRow(i);
                partHigh = Math.max(partHigh, h);
                if (i < direct) {
                    hi = Math.max(hi, h);
                }
            }
            highBefore = partHigh;
            Workspace ws = new Workspace(main);
            workers[p - 1] = new Part(ws, loop.bind(ws), from, direct, to, lo, hi + 1, rowPtr[lo], rowPtr[hi + 1]);
        }
        this.pending = new Future<?>[workers.length];
        this.pool = new WorkerPool("ssbfem-assembly", workers.length);
        if (LOG.isDebugEnabled()) {
            long shared = 0;
            for (Part w : workers) {
                shared += w.values.length;
            }
            LOG.debug("cell loop on {} threads: {} cells cut at {}, {} of {} matrix entries privatized", threads, n,
                    Arrays.toString(cut), shared, rowPtr[rowPtr.length - 1]);
        }
    }

    /**
     * The parallel loop for {@code loop}, or null when it should run serially: fewer than 2
     * {@code threads}, at most {@link #MIN_CELLS} cells, no cell term at all, or a cell term that is
     * not {@linkplain Term#threadSafe() thread-safe}.
     */
    static ParallelCellLoop of(CellLoop loop, Workspace main, SparsityPattern pattern, int threads,
                               boolean termsThreadSafe) {
        if (threads < 2 || loop.cellCount() <= MIN_CELLS || !termsThreadSafe) {
            return null;
        }
        long total = 0;
        for (int i = 0; i < loop.cellCount(); i++) {
            total += loop.cost(i);
        }
        return total == 0 ? null : new ParallelCellLoop(loop, main, pattern, threads);
    }

    /** The threads of {@link #THREADS_PROPERTY}, default {@code min(2, available processors)}, at least 1. */
    static int configuredThreads() {
        int fallback = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        String v = System.getProperty(THREADS_PROPERTY);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Math.max(1, Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            LOG.warn("ignoring {}={} (not an integer); using {} threads", THREADS_PROPERTY, v, fallback);
            return fallback;
        }
    }

    /** Start of every part in the order, and the cell count at the end: parts of about equal cost. */
    private static int[] cuts(CellLoop loop, int parts) {
        int n = loop.cellCount();
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += loop.cost(i);
        }
        int[] cut = new int[parts + 1];
        cut[parts] = n;
        long sum = 0;
        int p = 1;
        for (int i = 0; i < n && p < parts; i++) {
            while (p < parts && sum * parts >= total * p) {
                cut[p++] = i;
            }
            sum += loop.cost(i);
        }
        while (p < parts) {
            cut[p++] = n;
        }
        return cut;
    }

    /**
     * Runs every cell: part 0 on the calling thread with {@code main}, the others on the workers;
     * returns when all finished and the private sums are added into {@code main}'s targets (rows
     * relative to 0). Rethrows the first failure of any part after all stopped.
     */
    void run(Workspace main) {
        double[] residual = main.residual;
        double[] values = main.values;
        for (Part w : workers) {
            w.prepare(main, residual, values);
        }
        for (int k = 0; k < workers.length; k++) {
            pending[k] = pool.submit(workers[k]);
        }
        Throwable failure = null;
        try {
            loop.run(main, 0, mainEnd);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        for (int k = 0; k < workers.length; k++) {
            failure = WorkerPool.await(pending[k], failure);
            pending[k] = null;
        }
        WorkerPool.rethrow(failure, "cell loop");
        for (Part w : workers) {
            w.addInto(residual, values);
        }
    }

    /**
     * One worker's part: positions {@code from..direct-1} of the order into the private arrays
     * (rows {@code rowLo..}, matrix positions {@code valueLo..}), {@code direct..to-1} into the real
     * targets.
     */
    private final class Part implements Runnable {
        final Workspace ws;
        final Binding[][] bindings;
        final int from;
        final int direct;
        final int to;
        final int rowLo;
        final int valueLo;
        final double[] residual;
        final double[] values;
        private double[] realResidual;
        private double[] realValues;

        Part(Workspace ws, Binding[][] bindings, int from, int direct, int to, int rowLo, int rowHi, int valueLo,
             int valueHi) {
            this.ws = ws;
            this.bindings = bindings;
            this.from = from;
            this.direct = direct;
            this.to = to;
            this.rowLo = rowLo;
            this.valueLo = valueLo;
            this.residual = new double[rowHi - rowLo];
            this.values = new double[valueHi - valueLo];
        }

        /** Takes {@code main}'s evaluation state and the targets of this assembly; zeroes the private sums. */
        void prepare(Workspace main, double[] realResidual, double[] realValues) {
            ws.follow(main);
            this.realResidual = realResidual;
            this.realValues = realValues;
            Arrays.fill(residual, 0.0);
            if (realValues != null) {
                Arrays.fill(values, 0.0);
            }
        }

        @Override
        public void run() {
            if (direct > from) {
                ws.target(residual, rowLo, realValues == null ? null : values, valueLo);
                loop.run(ws, bindings, from, direct);
            }
            ws.target(realResidual, 0, realValues, 0);
            loop.run(ws, bindings, direct, to);
            ws.target(null, 0, null, 0);
        }

        /** Adds the private sums into the real targets (called after the part finished). */
        void addInto(double[] realResidual, double[] realValues) {
            for (int i = 0; i < residual.length; i++) {
                realResidual[rowLo + i] += residual[i];
            }
            if (realValues != null) {
                for (int k = 0; k < values.length; k++) {
                    realValues[valueLo + k] += values[k];
                }
            }
        }
    }
}
