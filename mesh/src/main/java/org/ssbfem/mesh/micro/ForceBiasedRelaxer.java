package org.ssbfem.mesh.micro;

/**
 * Removes overlaps between particle cores with a force-biased algorithm after Mościński, Bargieł,
 * Rycerz and Jacobs (Mol. Simul. 3, 1989) and Bezrukov, Bargieł and Stoyan (Part. Part. Syst.
 * Charact. 19, 2002), adapted to reach given radii rather than the densest state.
 *
 * <p>Each particle has a true core (the pair distance {@link PackingState#coreDistance}) and an
 * outer core scaled by {@code lambdaOut > 1}. Every sweep visits all pairs whose outer cores
 * overlap (found through a {@link CellGrid}, O(N) per sweep) and pushes them apart along the
 * centre line until the outer cores just touch, the smaller particle moving more (displacements
 * weighted by the partner's share of r^3), applying each push at once (Gauss-Seidel). The outer
 * scale then contracts towards the true one as in the force-biased algorithm,
 * {@code lambdaOut <- lambdaOut - (lambdaOut - max(1, dIn)) / TAU}, where dIn is the smallest ratio
 * of centre distance to core distance: never below 1, so the true radii are kept. The pushes past
 * the true cores (at least {@code MIN_EXCESS}) leave every pair a little slack, so the loop ends, when no true cores overlap,
 * in a state that later moves do not immediately spoil. Deterministic: pairs are visited in index
 * order.
 */
final class ForceBiasedRelaxer {
    /** Initial excess of the outer cores over the true ones for a fresh random start. */
    static final double START_EXCESS = 0.05;
    /** Initial excess when restarting from a relaxed packing (after a small change of radii). */
    static final double RESTART_EXCESS = 0.01;
    /** Contraction time of the outer cores, in sweeps. */
    private static final double TAU = 100;
    /** Smallest excess of the outer cores: the slack every push leaves. */
    private static final double MIN_EXCESS = 3e-3;
    private static final double TOLERANCE = 1e-9;

    private ForceBiasedRelaxer() { }

    /** Outcome: whether all cores are clear, the sweeps used and the final smallest distance ratio. */
    record Outcome(boolean converged, int sweeps, double minRatio) { }

    /**
     * Relaxes {@code s} in place.
     *
     * @param startExcess initial excess of the outer cores, {@link #START_EXCESS} or {@link #RESTART_EXCESS}
     * @param maxSweeps sweep budget
     * @return the outcome; positions are left at the last sweep either way
     */
    static Outcome relax(PackingState s, double startExcess, int maxSweeps) {
        double lambdaOut = 1 + startExcess;
        CellGrid grid = s.grid(s.cellWidth());
        double ratio = 0;
        for (int sweep = 1; sweep <= maxSweeps; sweep++) {
            grid.build(s.x, s.y, s.z, s.n);
            ratio = sweep(s, grid, lambdaOut);
            if (ratio >= 1 - TOLERANCE) {
                grid.build(s.x, s.y, s.z, s.n);
                double check = minRatio(s, grid);
                if (check >= 1 - TOLERANCE) {
                    return new Outcome(true, sweep, check);
                }
            }
            lambdaOut = Math.max(1 + MIN_EXCESS, lambdaOut - (lambdaOut - Math.max(1, Math.min(ratio, lambdaOut))) / TAU);
        }
        grid.build(s.x, s.y, s.z, s.n);
        return new Outcome(false, maxSweeps, minRatio(s, grid));
    }

    /** One Gauss-Seidel sweep; returns the smallest centre/core distance ratio seen before pushing. */
    private static double sweep(PackingState s, CellGrid grid, double lambdaOut) {
        double minRatio = Double.MAX_VALUE;
        int[] buf = new int[64];
        for (int i = 0; i < s.n; i++) {
            buf = grid.near(s.x[i], s.y[i], s.z[i], s.reach(s.r[i], lambdaOut), buf);
            for (int k = 0, m = grid.found(); k < m; k++) {
                int j = buf[k];
                if (s.owns(i, j)) {
                    minRatio = Math.min(minRatio, push(s, i, j, lambdaOut));
                }
            }
        }
        return minRatio;
    }

    /** Pushes i and j apart to lambdaOut times their core distance; returns distance / core distance. */
    private static double push(PackingState s, int i, int j, double lambdaOut) {
        double dx = s.x[j] - s.x[i];
        double dy = s.dy(i, j);
        double dz = s.dz(i, j);
        double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
        double core = s.coreDistance(i, j);
        double target = lambdaOut * core;
        if (d >= target) {
            return d / core;
        }
        if (d < 1e-12 * core) {
            dx = 1e-3 * core * ((i * 31 + j) % 7 - 3);
            dy = 1e-3 * core * ((i * 17 + j) % 5 - 2);
            dz = 1e-3 * core;
            d = Math.sqrt(dx * dx + dy * dy + dz * dz);
        }
        PairMove.apart(s, i, j, dx, dy, dz, d, target);
        return d / core;
    }

    /** Smallest centre/core distance ratio over all pairs within the grid's reach (no moves). */
    static double minRatio(PackingState s, CellGrid grid) {
        double min = Double.MAX_VALUE;
        int[] buf = new int[64];
        for (int i = 0; i < s.n; i++) {
            buf = grid.near(s.x[i], s.y[i], s.z[i], s.reach(s.r[i], 1), buf);
            for (int k = 0, m = grid.found(); k < m; k++) {
                int j = buf[k];
                if (s.owns(i, j)) {
                    double dx = s.x[j] - s.x[i];
                    double dy = s.dy(i, j);
                    double dz = s.dz(i, j);
                    min = Math.min(min, Math.sqrt(dx * dx + dy * dy + dz * dz) / s.coreDistance(i, j));
                }
            }
        }
        return min;
    }
}
