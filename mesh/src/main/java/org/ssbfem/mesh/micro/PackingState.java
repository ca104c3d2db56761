package org.ssbfem.mesh.micro;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Mutable particle arrays of a packing in progress, with the geometry every stage shares: the
 * packing domain, the minimum-image convention on its lateral axes, the pair distances of the
 * contact rule and the limits on particle centres. Lengths in metres. Used by one thread at a time.
 *
 * <p>The domain is larger than the box so that the box is a window of a uniform packing: in x it
 * runs from the separator plane (a hard wall: no particle crosses it) to {@link #X_MARGIN} largest
 * radii beyond the collector face (a hard wall outside the box); laterally it is periodic, with
 * the box's own period for {@link LateralMode#PERIODIC} and one largest diameter wider on each side
 * for {@link LateralMode#CUT}, so that particles crossing the lateral faces come from a packing
 * that continues beyond them. Particles outside the box are dropped at the end.
 */
final class PackingState {
    /** Core overlap of a contact used while relaxing, as a multiple of the rule's min overlap. */
    static final double CORE_OVERLAP = 2.0;
    /** Margin on the gap used while relaxing and projecting, as a multiple of the rule's min gap. */
    static final double GAP_MARGIN = 1.15;

    /** Extent of the domain beyond the collector face, in largest radii. */
    static final double X_MARGIN = 3;

    final PackingSpec spec;
    final boolean periodic;
    final double xHiM;
    final double yLoM;
    final double zLoM;
    final double periodYM;
    final double periodZM;
    double[] x = new double[16];
    double[] y = new double[16];
    double[] z = new double[16];
    double[] r = new double[16];
    Phase[] phase = new Phase[16];
    int n;

    /**
     * @param spec the packing spec
     * @param rMaxM largest radius the packing will hold (sets the margins), metres
     */
    PackingState(PackingSpec spec, double rMaxM) {
        this.spec = spec;
        this.periodic = spec.lateral() == LateralMode.PERIODIC;
        xHiM = spec.lxM() + X_MARGIN * rMaxM;
        double lateral = periodic ? 0 : 2 * rMaxM * (1 + spec.contact().minGap());
        yLoM = -lateral;
        zLoM = -lateral;
        periodYM = spec.lyM() + 2 * lateral;
        periodZM = spec.lzM() + 2 * lateral;
    }

    /** Volume of the packing domain, m^3. */
    double domainVolume() {
        return (xHiM - spec.separatorM()) * periodYM * periodZM;
    }

    /** Appends a particle; the centre is put inside the allowed range. */
    void add(double xM, double yM, double zM, double radiusM, Phase p) {
        if (n == x.length) {
            int cap = 2 * n;
            x = Arrays.copyOf(x, cap);
            y = Arrays.copyOf(y, cap);
            z = Arrays.copyOf(z, cap);
            r = Arrays.copyOf(r, cap);
            phase = Arrays.copyOf(phase, cap);
        }
        x[n] = xM;
        y[n] = yM;
        z[n] = zM;
        r[n] = radiusM;
        phase[n] = p;
        n++;
        confine(n - 1);
    }

    /** Removes particle {@code i}, moving the last particle into its slot. */
    void remove(int i) {
        n--;
        x[i] = x[n];
        y[i] = y[n];
        z[i] = z[n];
        r[i] = r[n];
        phase[i] = phase[n];
    }

    /** Smallest x of a centre of radius {@code radiusM}: clear of the separator plane by the gap. */
    double xMin(double radiusM) {
        return spec.separatorM() + radiusM * (1 + spec.contact().minGap() * GAP_MARGIN);
    }

    /** Keeps centre i in the domain: clear of the separator and the far wall, wrapped laterally. */
    void confine(int i) {
        x[i] = Math.max(xMin(r[i]), Math.min(xHiM - r[i], x[i]));
        y[i] = wrap(y[i], yLoM, periodYM);
        z[i] = wrap(z[i], zLoM, periodZM);
    }

    private static double wrap(double v, double lo, double period) {
        double w = v - lo - period * Math.floor((v - lo) / period);
        return lo + (w >= period ? 0 : w);
    }

    /** y_j - y_i under the minimum-image convention of the periodic domain. */
    double dy(int i, int j) {
        double d = y[j] - y[i];
        return d - periodYM * Math.rint(d / periodYM);
    }

    /** z_j - z_i under the minimum-image convention of the periodic domain. */
    double dz(int i, int j) {
        double d = z[j] - z[i];
        return d - periodZM * Math.rint(d / periodZM);
    }

    /** True when particle i reaches into the box [0,Lx] x [0,Ly] x [0,Lz]. */
    boolean inBox(int i) {
        return x[i] - r[i] < spec.lxM() && (periodic || y[i] - r[i] < spec.lyM() && y[i] + r[i] > 0
                && z[i] - r[i] < spec.lzM() && z[i] + r[i] > 0);
    }

    /** True when particles i and j may form a contact (overlap) under the rule. */
    boolean contactAllowed(int i, int j) {
        return spec.contact().allowsContact(phase[i], phase[j]);
    }

    /** Centre distance the relaxation keeps pairs at (at least): contact core or gap, metres. */
    double coreDistance(int i, int j) {
        double rMin = Math.min(r[i], r[j]);
        ContactRule c = spec.contact();
        return r[i] + r[j] + (contactAllowed(i, j) ? -CORE_OVERLAP * c.minOverlap() : GAP_MARGIN * c.minGap()) * rMin;
    }

    /** Largest radius present, metres. */
    double maxRadius() {
        double m = 0;
        for (int i = 0; i < n; i++) {
            m = Math.max(m, r[i]);
        }
        return m;
    }

    /** Cell width for range queries: the reach of a particle of mean radius, metres. */
    double cellWidth() {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += r[i];
        }
        return reach(sum / Math.max(1, n), 1.05);
    }

    /**
     * Distance within which a particle of radius {@code radiusM} can interact with any particle
     * not larger than itself, core distances scaled by {@code lambda}, gap margins included, metres.
     * Each pair is handled from its larger particle (see {@link #owns}).
     */
    double reach(double radiusM, double lambda) {
        return lambda * 2 * radiusM * (1 + 2 * spec.contact().minGap() * ContactProjector.MARGIN) * (1 + 1e-9);
    }

    /** True when the pair (i, j) is handled from i: i is the larger, or equal and of lower index. */
    boolean owns(int i, int j) {
        return r[j] < r[i] || (r[j] == r[i] && j > i);
    }

    /** A cell grid over the domain with cells at least {@code cutoffM} wide, built for the current positions. */
    CellGrid grid(double cutoffM) {
        CellGrid g = new CellGrid(new double[] {spec.separatorM(), yLoM, zLoM},
                new double[] {xHiM, yLoM + periodYM, zLoM + periodZM}, cutoffM, new boolean[] {false, true, true});
        g.build(x, y, z, n);
        return g;
    }

    /** The particles reaching into the box, as records (no periodic images). */
    List<Particle> particles() {
        List<Particle> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (inBox(i)) {
                out.add(new Particle(x[i], y[i], z[i], r[i], phase[i]));
            }
        }
        return out;
    }
}
