package org.ssbfem.solver.assembly;

import java.util.Arrays;
import org.ssbfem.solver.linalg.SparsityPattern;

/**
 * The facets {@code from..to-1} of an {@link InterfaceLoop}, run on a worker thread into private
 * sums while the calling thread runs the others into the real targets; the calling thread then adds
 * the private sums in. The sums are compact: the residual rows and matrix positions these facets
 * touch are found once, at construction, together with a {@linkplain CellPositions#fixed fixed
 * table} of every facet's positions in the compact matrix array; so an assembly zeroes and adds
 * only what the facets touch, and never merges rows. The result is deterministic, and differs from
 * the serial loop only by the order of summation in the entries both halves touch.
 *
 * <p>Memory: the table, {@code width^2} ints per facet (P1 cathode, 9 entries on the facet: 324 bytes),
 * one double per touched matrix entry and one per reduced unknown.
 */
final class InterfaceWorker implements Runnable {
    private final InterfaceLoop loop;
    private final Workspace ws;
    private final InterfaceLoop.Kernel kernel;
    private final int from;
    private final int to;
    private final CellPositions table;
    /** Reduced rows the facets touch, increasing. */
    private final int[] rows;
    /** Matrix positions the facets touch, increasing: compact entry {@code i} is position {@code entries[i]}. */
    private final int[] entries;
    /** Private residual, indexed by reduced row (only {@link #rows} are ever non-zero). */
    private final double[] residual;
    /** Private Jacobian sums, compact. */
    private final double[] values;
    private boolean jacobian;

    /**
     * @param main the assembler's workspace (reduced map set); the worker gets its own copy
     * @param pattern the pattern the assembler scatters into
     */
    InterfaceWorker(InterfaceLoop loop, Workspace main, SparsityPattern pattern, int from, int to) {
        this.loop = loop;
        this.from = from;
        this.to = to;
        this.ws = new Workspace(main);
        this.kernel = loop.kernel(ws);
        int w = loop.width();
        long size = (long) (to - from) * w * w;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("interface positions table of " + size + " entries is too large");
        }
        int[] tab = new int[(int) size];
        boolean[] rowUsed = new boolean[pattern.size()];
        boolean[] used = new boolean[pattern.nonZeros()];
        CellPositions merger = new CellPositions(pattern, w, 0, false);
        int[] order = new int[w];
        int[] facetRows = new int[w];
        for (int f = from, at = 0; f < to; f++, at += w * w) {
            loop.coupledRows(f, main.reducedOf, facetRows);
            merger.merge(facetRows, null, w, tab, at, order);
            for (int r : facetRows) {
                if (r >= 0) {
                    rowUsed[r] = true;
                }
            }
            for (int k = at; k < at + w * w; k++) {
                if (tab[k] >= 0) {
                    used[tab[k]] = true;
                }
            }
        }
        this.rows = indices(rowUsed);
        this.entries = indices(used);
        for (int k = 0; k < tab.length; k++) {
            if (tab[k] >= 0) {
                tab[k] = Arrays.binarySearch(entries, tab[k]);
            }
        }
        this.table = CellPositions.fixed(tab, w, to - from);
        this.residual = new double[pattern.size()];
        this.values = new double[entries.length];
    }

    private static int[] indices(boolean[] flags) {
        int count = 0;
        for (boolean b : flags) {
            count += b ? 1 : 0;
        }
        int[] out = new int[count];
        for (int i = 0, k = 0; i < flags.length; i++) {
            if (flags[i]) {
                out[k++] = i;
            }
        }
        return out;
    }

    /** Takes {@code main}'s evaluation state for the next assembly and zeroes the private sums. */
    void prepare(Workspace main) {
        ws.follow(main);
        jacobian = main.values != null;
        for (int r : rows) {
            residual[r] = 0.0;
        }
        if (jacobian) {
            Arrays.fill(values, 0.0);
        }
    }

    @Override
    public void run() {
        ws.target(residual, 0, jacobian ? values : null, 0);
        try {
            kernel.run(from, to, table);
        } finally {
            ws.target(null, 0, null, 0);
        }
    }

    /**
     * Adds the private sums into {@code realResidual} (rows relative to 0) and, if the last
     * {@link #prepare} asked for a Jacobian, {@code realValues}; after {@link #run} finished.
     */
    void addInto(double[] realResidual, double[] realValues) {
        for (int r : rows) {
            realResidual[r] += residual[r];
        }
        if (jacobian) {
            for (int i = 0; i < entries.length; i++) {
                realValues[entries[i]] += values[i];
            }
        }
    }
}
