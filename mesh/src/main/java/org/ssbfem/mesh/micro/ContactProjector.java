package org.ssbfem.mesh.micro;

/**
 * Enforces the {@link ContactRule} on a relaxed packing by projection: every pair whose surfaces
 * are near-tangent (relative gap between -min_overlap and +min_gap) is moved along its centre line
 * to the nearer allowed side, i.e. pulled into a contact overlapping by {@link #MARGIN} min_overlap
 * or pushed to a gap of {@link #MARGIN} min_gap; contacts deeper than {@link #MAX_OVERLAP}
 * min_overlap are pushed back to the relaxation core; a particle near-tangent to the collector face
 * or a lateral face of the box is moved along the face normal to cross it by MARGIN min_gap r or
 * to stay as far clear, whichever is nearer (this holds for particles centred outside the box
 * too). Gauss-Seidel
 * sweeps over a {@link CellGrid} repeat until a sweep finds no violation. Deterministic.
 */
final class ContactProjector {
    /**
     * Projection targets lie this factor beyond the rule's bounds: the overshoot keeps a moved pair
     * from falling back into the band when its neighbours move (1.1 needs about 20 times more
     * sweeps than 1.5 at 60 vol%).
     */
    static final double MARGIN = 1.5;
    /** Deepest contact overlap kept, as a multiple of the rule's min overlap. */
    static final double MAX_OVERLAP = 2.5;

    private ContactProjector() { }

    /** Outcome: whether a sweep found no violation, sweeps used, violations in the last sweep. */
    record Outcome(boolean converged, int sweeps, int violations) { }

    /** Projects {@code s} in place within {@code maxSweeps} sweeps. */
    static Outcome project(PackingState s, int maxSweeps) {
        double g = s.spec.contact().minGap();
        CellGrid grid = s.grid(s.cellWidth());
        int violations = 0;
        int[] buf = new int[64];
        for (int sweep = 1; sweep <= maxSweeps; sweep++) {
            grid.build(s.x, s.y, s.z, s.n);
            violations = 0;
            for (int i = 0; i < s.n; i++) {
                buf = grid.near(s.x[i], s.y[i], s.z[i], s.reach(s.r[i], 1), buf);
                for (int k = 0, m = grid.found(); k < m; k++) {
                    int j = buf[k];
                    if (s.owns(i, j) && fixPair(s, i, j)) {
                        violations++;
                    }
                }
                violations += fixFaces(s, i);
            }
            if (violations == 0) {
                return new Outcome(true, sweep, 0);
            }
        }
        return new Outcome(false, maxSweeps, violations);
    }

    /** Moves pair (i, j) to an allowed distance if needed; returns true when it moved them. */
    private static boolean fixPair(PackingState s, int i, int j) {
        double dx = s.x[j] - s.x[i];
        double dy = s.dy(i, j);
        double dz = s.dz(i, j);
        double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
        double sum = s.r[i] + s.r[j];
        double rMin = Math.min(s.r[i], s.r[j]);
        ContactRule rule = s.spec.contact();
        double gapD = sum + rule.minGap() * rMin;
        if (d >= gapD) {
            return false;
        }
        double target;
        if (s.contactAllowed(i, j)) {
            double contactD = sum - rule.minOverlap() * rMin;
            double deepD = sum - MAX_OVERLAP * rule.minOverlap() * rMin;
            if (d <= contactD && d >= deepD) {
                return false;
            }
            if (d < deepD) {
                target = sum - PackingState.CORE_OVERLAP * rule.minOverlap() * rMin;
            } else {
                target = d - contactD <= gapD - d ? sum - MARGIN * rule.minOverlap() * rMin
                        : sum + MARGIN * rule.minGap() * rMin;
            }
        } else {
            target = sum + MARGIN * rule.minGap() * rMin;
        }
        if (d < 1e-12 * sum) {
            dz = d = 1e-12 * sum;
        }
        PairMove.apart(s, i, j, dx, dy, dz, d, target);
        return true;
    }

    /** Moves particle i off near-tangent positions to the collector and lateral faces; returns fixes made. */
    private static int fixFaces(PackingState s, int i) {
        double r = s.r[i];
        int fixes = 0;
        double t = faceTarget(s, s.spec.lxM() - s.x[i], r);
        if (!Double.isNaN(t)) {
            s.x[i] = s.spec.lxM() - t;
            fixes++;
        }
        for (int axis = 1; axis <= 2; axis++) {
            double[] v = axis == 1 ? s.y : s.z;
            double len = axis == 1 ? s.spec.lyM() : s.spec.lzM();
            double lo = faceTarget(s, v[i], r);
            if (!Double.isNaN(lo)) {
                v[i] = lo;
                fixes++;
            }
            double hi = faceTarget(s, len - v[i], r);
            if (!Double.isNaN(hi)) {
                v[i] = len - hi;
                fixes++;
            }
        }
        if (fixes > 0) {
            s.confine(i);
        }
        return fixes;
    }

    /**
     * For a centre at signed distance {@code t} from a face (positive inside the box): NaN when
     * allowed, else the nearer allowed signed distance (crossing by MARGIN min_gap r more, or clear
     * by as much).
     */
    private static double faceTarget(PackingState s, double t, double r) {
        if (s.spec.contact().faceAllowed(t / r)) {
            return Double.NaN;
        }
        double g = MARGIN * s.spec.contact().minGap();
        double magnitude = Math.abs(t) < r ? r * (1 - g) : r * (1 + g);
        return t < 0 ? -magnitude : magnitude;
    }
}
