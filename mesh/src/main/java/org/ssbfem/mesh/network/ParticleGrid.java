package org.ssbfem.mesh.network;

import java.util.List;
import java.util.function.IntConsumer;
import org.ssbfem.mesh.micro.Particle;

/**
 * Cells of width two largest radii over the particle centres (counting sort into flat arrays);
 * {@link #forNeighbours} visits every particle in the 27 cells around one particle, which contains
 * every particle that can overlap it.
 */
final class ParticleGrid {
    private final double[] lo = new double[3];
    private final int[] cells = new int[3];
    private final double width;
    private final int[] start;
    private final int[] items;
    private final int[] cellOf;
    private final List<Particle> positions;

    ParticleGrid(List<Particle> ps) {
        double rMax = 0;
        double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        lo[0] = lo[1] = lo[2] = Double.MAX_VALUE;
        for (Particle p : ps) {
            double[] c = {p.xM(), p.yM(), p.zM()};
            for (int d = 0; d < 3; d++) {
                lo[d] = Math.min(lo[d], c[d]);
                hi[d] = Math.max(hi[d], c[d]);
            }
            rMax = Math.max(rMax, p.radiusM());
        }
        width = Math.max(2 * rMax, 1e-12) * (1 + 1e-9);
        long total = 1;
        for (int d = 0; d < 3; d++) {
            cells[d] = ps.isEmpty() ? 1 : (int) Math.min(256, Math.floor((hi[d] - lo[d]) / width) + 1);
            total *= cells[d];
        }
        start = new int[(int) total + 1];
        items = new int[ps.size()];
        cellOf = new int[ps.size()];
        for (int a = 0; a < ps.size(); a++) {
            Particle p = ps.get(a);
            cellOf[a] = index(cell(p.xM(), 0), cell(p.yM(), 1), cell(p.zM(), 2));
            start[cellOf[a] + 1]++;
        }
        for (int c = 0; c < total; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = start.clone();
        for (int a = 0; a < ps.size(); a++) {
            items[fill[cellOf[a]]++] = a;
        }
        positions = ps;
    }

    /** Calls {@code visit} with every particle (itself included) in the 27 cells around particle a. */
    void forNeighbours(int a, IntConsumer visit) {
        Particle p = positions.get(a);
        int ci = cell(p.xM(), 0);
        int cj = cell(p.yM(), 1);
        int ck = cell(p.zM(), 2);
        for (int k = Math.max(0, ck - 1); k <= Math.min(cells[2] - 1, ck + 1); k++) {
            for (int j = Math.max(0, cj - 1); j <= Math.min(cells[1] - 1, cj + 1); j++) {
                for (int i = Math.max(0, ci - 1); i <= Math.min(cells[0] - 1, ci + 1); i++) {
                    int c = index(i, j, k);
                    for (int s = start[c]; s < start[c + 1]; s++) {
                        visit.accept(items[s]);
                    }
                }
            }
        }
    }

    private int cell(double x, int d) {
        return Math.max(0, Math.min(cells[d] - 1, (int) ((x - lo[d]) / width)));
    }

    private int index(int i, int j, int k) {
        return i + cells[0] * (j + cells[1] * k);
    }
}
