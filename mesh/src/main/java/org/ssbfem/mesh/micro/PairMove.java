package org.ssbfem.mesh.micro;

/**
 * Moves two particles along their centre line to a target distance, the smaller moving more
 * (shares weighted by the partner's r^3), so that their common centre of volume stays put. When a
 * wall of the domain stops one of them, the other takes the rest of the move, so that pairs
 * pressed against the separator or the far wall do not lock.
 */
final class PairMove {
    private PairMove() { }

    /**
     * @param s the packing (modified)
     * @param dx x_j - x_i (minimum image), metres; likewise dy, dz
     * @param d current centre distance, metres (&gt; 0)
     * @param target wanted centre distance, metres
     */
    static void apart(PackingState s, int i, int j, double dx, double dy, double dz, double d, double target) {
        double vi = s.r[i] * s.r[i] * s.r[i];
        double vj = s.r[j] * s.r[j] * s.r[j];
        double move = (target - d) / d;
        double fi = move * vj / (vi + vj);
        double fj = move * vi / (vi + vj);
        double xi = s.x[i];
        double xj = s.x[j];
        s.x[i] -= fi * dx;
        s.y[i] -= fi * dy;
        s.z[i] -= fi * dz;
        s.x[j] += fj * dx;
        s.y[j] += fj * dy;
        s.z[j] += fj * dz;
        s.confine(i);
        s.confine(j);
        double lostI = (xi - fi * dx) - s.x[i];
        double lostJ = (xj + fj * dx) - s.x[j];
        if (lostI != 0 && lostJ == 0) {
            shift(s, j, dx, dy, dz, fi * blocked(lostI, fi * dx));
        } else if (lostJ != 0 && lostI == 0) {
            shift(s, i, -dx, -dy, -dz, fj * blocked(lostJ, fj * dx));
        }
    }

    /** Share of a planned x move {@code plannedX} that a wall took away ({@code lost}), in [0, 1]. */
    private static double blocked(double lost, double plannedX) {
        return plannedX == 0 ? 0 : Math.min(1, Math.abs(lost / plannedX));
    }

    /** Moves particle k by {@code f} times (ex, ey, ez) and confines it. */
    private static void shift(PackingState s, int k, double ex, double ey, double ez, double f) {
        s.x[k] += f * ex;
        s.y[k] += f * ey;
        s.z[k] += f * ez;
        s.confine(k);
    }
}
