package org.ssbfem.mesh.micro;

import java.util.List;

/**
 * Visits the close pairs of a particle list through a {@link CellGrid}, with the minimum-image
 * convention across periodic lateral faces.
 */
final class Pairs {
    /** Receives pair (i, j), i &lt; j, with their centre distance in metres. */
    interface PairAction {
        void accept(int i, int j, double distanceM);
    }

    private Pairs() { }

    /**
     * Calls {@code action} for every pair whose surfaces are closer than {@code reachRel} times the
     * larger radius (so every overlapping or near-tangent pair is visited).
     *
     * @param particles particles, not modified; lateral centres in [0, L) when periodic
     * @param lyM box length in y (the period when periodic), metres
     * @param lzM box length in z, metres
     * @param periodic whether y and z wrap
     * @param reachRel reach beyond contact, as a fraction of the larger radius (&gt;= 0)
     */
    static void forEachClose(List<Particle> particles, double lyM, double lzM, boolean periodic, double reachRel,
                             PairAction action) {
        int n = particles.size();
        if (n < 2) {
            return;
        }
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        double xLo = Double.MAX_VALUE;
        double xHi = -Double.MAX_VALUE;
        double rMax = 0;
        for (int i = 0; i < n; i++) {
            Particle p = particles.get(i);
            x[i] = p.xM();
            y[i] = p.yM();
            z[i] = p.zM();
            xLo = Math.min(xLo, x[i]);
            xHi = Math.max(xHi, x[i]);
            rMax = Math.max(rMax, p.radiusM());
        }
        CellGrid grid = new CellGrid(new double[] {xLo, 0, 0}, new double[] {xHi, lyM, lzM},
                2 * rMax * (1 + reachRel) * (1 + 1e-9), new boolean[] {false, periodic, periodic});
        grid.build(x, y, z, n);
        for (int i = 0; i < n; i++) {
            Particle a = particles.get(i);
            int ii = i;
            grid.forEachNear(x[i], y[i], z[i], j -> {
                if (j <= ii) {
                    return;
                }
                Particle b = particles.get(j);
                double dx = x[j] - x[ii];
                double dy = y[j] - y[ii];
                double dz = z[j] - z[ii];
                if (periodic) {
                    dy -= lyM * Math.rint(dy / lyM);
                    dz -= lzM * Math.rint(dz / lzM);
                }
                double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
                if (d < a.radiusM() + b.radiusM() + reachRel * Math.max(a.radiusM(), b.radiusM())) {
                    action.accept(ii, j, d);
                }
            });
        }
    }
}
