package org.ssbfem.mesh.micro;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * A uniform cell list for neighbour search: each query visits the 27 cells around a point, so a
 * pass over all particles costs O(N) when cells are at least as wide as the interaction range.
 * Axes may be periodic (the caller then applies the minimum-image convention to displacements).
 * Positions outside the grid range are clamped into the border cells, which keeps every pair within
 * one cell width in neighbouring cells. Not thread-safe; {@link #build} may be called repeatedly.
 */
final class CellGrid {
    private final double[] lo = new double[3];
    private final double[] width = new double[3];
    private final int[] cells = new int[3];
    private final boolean[] periodic;
    private int[] cellStart = new int[0];
    private int[] items = new int[0];
    private int[] cellOf = new int[0];
    private int found;

    /**
     * @param lo lower corner of the grid range, metres
     * @param hi upper corner, metres (the period on periodic axes is hi - lo)
     * @param minCellM smallest allowed cell width, metres (&gt; 0): the largest interaction distance
     *     for the 27-cell queries, or any length for range queries
     * @param periodic which axes wrap around
     */
    CellGrid(double[] lo, double[] hi, double minCellM, boolean[] periodic) {
        this.periodic = periodic.clone();
        for (int d = 0; d < 3; d++) {
            double len = Math.max(hi[d] - lo[d], minCellM);
            int n = (int) Math.max(1, Math.min(512, Math.floor(len / minCellM)));
            cells[d] = n;
            this.lo[d] = lo[d];
            width[d] = len / n;
        }
        long total = (long) cells[0] * cells[1] * cells[2];
        if (total > 20_000_000L) {
            throw new IllegalArgumentException("cell grid too fine: " + total + " cells");
        }
        cellStart = new int[(int) total + 1];
    }

    /** A non-periodic grid around the given particles, cells two largest radii wide. */
    static CellGrid forParticles(List<Particle> particles) {
        double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        double rMax = 0;
        double[] x = new double[particles.size()];
        double[] y = new double[x.length];
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            Particle p = particles.get(i);
            x[i] = p.xM();
            y[i] = p.yM();
            z[i] = p.zM();
            double[] c = {x[i], y[i], z[i]};
            for (int d = 0; d < 3; d++) {
                lo[d] = Math.min(lo[d], c[d]);
                hi[d] = Math.max(hi[d], c[d]);
            }
            rMax = Math.max(rMax, p.radiusM());
        }
        CellGrid g = new CellGrid(lo, hi, 2 * rMax * (1 + 1e-9), new boolean[3]);
        g.build(x, y, z, x.length);
        return g;
    }

    /** Sorts the first {@code n} positions into cells (counting sort). Arrays are not kept. */
    void build(double[] x, double[] y, double[] z, int n) {
        if (items.length < n) {
            items = new int[n];
            cellOf = new int[n];
        }
        java.util.Arrays.fill(cellStart, 0);
        for (int i = 0; i < n; i++) {
            cellOf[i] = index(cell(x[i], 0), cell(y[i], 1), cell(z[i], 2));
            cellStart[cellOf[i] + 1]++;
        }
        for (int c = 1; c < cellStart.length; c++) {
            cellStart[c] += cellStart[c - 1];
        }
        int[] fill = java.util.Arrays.copyOf(cellStart, cellStart.length);
        for (int i = 0; i < n; i++) {
            items[fill[cellOf[i]]++] = i;
        }
    }

    /** Calls {@code action} with every particle index in the cells around (x, y, z), each once. */
    void forEachNear(double x, double y, double z, IntConsumer action) {
        int cx = cell(x, 0);
        int cy = cell(y, 1);
        int cz = cell(z, 2);
        int[] ox = offsets(cx, 0, 1);
        int[] oy = offsets(cy, 1, 1);
        int[] oz = offsets(cz, 2, 1);
        for (int i : ox) {
            for (int j : oy) {
                for (int k : oz) {
                    int c = index(i, j, k);
                    for (int s = cellStart[c]; s < cellStart[c + 1]; s++) {
                        action.accept(items[s]);
                    }
                }
            }
        }
    }

    /**
     * Writes the indices of every particle in the cells around (x, y, z), each once, into
     * {@code buffer} (grown when too small) and returns the buffer; the count is in
     * {@link #found()}.
     */
    int[] near(double x, double y, double z, int[] buffer) {
        return near(x, y, z, 0, buffer);
    }

    /**
     * Like {@link #near(double, double, double, int[])} but visiting every cell that may hold a
     * centre within {@code rangeM} of (x, y, z) (at least the 27 around it).
     */
    int[] near(double x, double y, double z, double rangeM, int[] buffer) {
        int[] out = buffer;
        int count = 0;
        int[] ox = offsets(cell(x, 0), 0, reach(rangeM, 0));
        int[] oy = offsets(cell(y, 1), 1, reach(rangeM, 1));
        int[] oz = offsets(cell(z, 2), 2, reach(rangeM, 2));
        for (int i : ox) {
            for (int j : oy) {
                for (int k : oz) {
                    int c = index(i, j, k);
                    int len = cellStart[c + 1] - cellStart[c];
                    if (count + len > out.length) {
                        out = java.util.Arrays.copyOf(out, 2 * (count + len));
                    }
                    System.arraycopy(items, cellStart[c], out, count, len);
                    count += len;
                }
            }
        }
        found = count;
        return out;
    }

    /** Number of indices written by the last {@link #near} call. */
    int found() { return found; }

    private int reach(double rangeM, int d) {
        return Math.max(1, (int) Math.ceil(rangeM / width[d]));
    }

    /** Distinct cell indices within {@code k} of cell c along axis d (wrapped or cut at the borders). */
    private int[] offsets(int c, int d, int k) {
        int n = cells[d];
        if (periodic[d]) {
            int m = Math.min(n, 2 * k + 1);
            int[] out = new int[m];
            for (int i = 0; i < m; i++) {
                out[i] = m == n ? i : Math.floorMod(c - k + i, n);
            }
            return out;
        }
        int a = Math.max(0, c - k);
        int b = Math.min(n - 1, c + k);
        int[] out = new int[b - a + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = a + i;
        }
        return out;
    }

    private int cell(double v, int d) {
        int c = (int) Math.floor((v - lo[d]) / width[d]);
        if (periodic[d]) {
            c %= cells[d];
            return c < 0 ? c + cells[d] : c;
        }
        return Math.max(0, Math.min(cells[d] - 1, c));
    }

    private int index(int i, int j, int k) {
        return (i * cells[1] + j) * cells[2] + k;
    }
}
