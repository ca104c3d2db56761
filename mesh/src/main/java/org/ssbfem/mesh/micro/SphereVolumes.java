package org.ssbfem.mesh.micro;

/**
 * Volumes of spheres, spherical caps and two-sphere lenses inside an axis-aligned {@link Box}.
 *
 * <p>Methods: a sphere cut by at most one box plane uses the exact spherical cap; a sphere cut by
 * several planes is integrated slice by slice along x, each slice being the exact area of a disc
 * inside a rectangle, with the x range split where a slice circle touches a rectangle edge or corner
 * and each piece integrated by Gauss-Legendre after a smoothing substitution (relative error below
 * 1e-9 in the tests). A lens (the overlap of two spheres) lying inside the box uses the exact lens
 * formula; a lens crossing a box face is integrated on a 2D Gauss grid of exact z-chord lengths
 * (relative error about 1e-3 of the lens, itself a few per mille of a sphere). All lengths in
 * metres, volumes in m^3. Inputs are never modified; methods are pure.
 */
public final class SphereVolumes {
    private static final GaussLegendre SLICE_RULE = new GaussLegendre(24);
    private static final GaussLegendre LENS_RULE = new GaussLegendre(4);
    private static final int LENS_PANELS = 40;

    private SphereVolumes() { }

    /** Volume of a sphere of radius {@code r}. */
    public static double sphere(double r) {
        return 4.0 / 3.0 * Math.PI * r * r * r;
    }

    /** Volume of a spherical cap of height {@code h} (clamped to [0, 2r]) on a sphere of radius r. */
    public static double cap(double r, double h) {
        double hc = Math.max(0, Math.min(2 * r, h));
        return Math.PI * hc * hc * (3 * r - hc) / 3.0;
    }

    /**
     * Volume of the intersection of two spheres whose centres are {@code d} apart: 0 when
     * {@code d >= r1 + r2}, the smaller sphere when one contains the other.
     */
    public static double lens(double r1, double r2, double d) {
        if (d >= r1 + r2) {
            return 0;
        }
        if (d <= Math.abs(r1 - r2)) {
            return sphere(Math.min(r1, r2));
        }
        double a = r1 + r2 - d;
        return Math.PI * a * a * (d * d + 2 * d * r2 - 3 * r2 * r2 + 2 * d * r1 + 6 * r1 * r2 - 3 * r1 * r1)
                / (12 * d);
    }

    /** Volume of the sphere (centre {@code c}, radius r) inside {@code box}. */
    public static double sphereInBox(double cx, double cy, double cz, double r, Box box) {
        double[] c = {cx, cy, cz};
        int cuts = 0;
        double inside = Double.MAX_VALUE;
        for (int d = 0; d < 3; d++) {
            double sLo = c[d] - box.lo(d);
            double sHi = box.hi(d) - c[d];
            if (sLo <= -r || sHi <= -r) {
                return 0;
            }
            for (double s : new double[] {sLo, sHi}) {
                if (s < r) {
                    cuts++;
                    inside = s;
                }
            }
        }
        if (cuts == 0) {
            return sphere(r);
        }
        if (cuts == 1) {
            return cap(r, r + inside);
        }
        return sliceIntegral(cx, cy, cz, r, box);
    }

    /** Integral over x of the exact area of each slice disc inside the box's y-z rectangle. */
    private static double sliceIntegral(double cx, double cy, double cz, double r, Box box) {
        double xa = Math.max(box.x0M(), cx - r);
        double xb = Math.min(box.x1M(), cx + r);
        double[] edges = {box.y0M() - cy, box.y1M() - cy, box.z0M() - cz, box.z1M() - cz};
        double[] breaks = new double[2 + 2 * 8];
        int n = 0;
        breaks[n++] = xa;
        breaks[n++] = xb;
        for (int i = 0; i < 4; i++) {
            n = addBreaks(breaks, n, Math.abs(edges[i]), cx, r, xa, xb);
        }
        for (int i = 0; i < 2; i++) {
            for (int j = 2; j < 4; j++) {
                n = addBreaks(breaks, n, Math.hypot(edges[i], edges[j]), cx, r, xa, xb);
            }
        }
        java.util.Arrays.sort(breaks, 0, n);
        double sum = 0;
        for (int k = 0; k + 1 < n; k++) {
            double a = breaks[k];
            double b = breaks[k + 1];
            if (b > a) {
                sum += SLICE_RULE.smoothIntegral(a, b,
                        x -> discInRect(Math.sqrt(Math.max(0, r * r - (x - cx) * (x - cx))), edges));
            }
        }
        return sum;
    }

    /** Adds the x where the slice radius equals {@code dist}, when inside [xa, xb]. */
    private static int addBreaks(double[] breaks, int n, double dist, double cx, double r, double xa, double xb) {
        if (dist >= r) {
            return n;
        }
        double h = Math.sqrt(r * r - dist * dist);
        for (double x : new double[] {cx - h, cx + h}) {
            if (x > xa && x < xb) {
                breaks[n++] = x;
            }
        }
        return n;
    }

    /**
     * Exact area of the disc of radius {@code rho} centred at the origin inside the rectangle
     * {@code [e0,e1] x [e2,e3]} (coordinates relative to the disc centre).
     */
    static double discInRect(double rho, double[] e) {
        if (rho <= 0) {
            return 0;
        }
        return quadrant(rho, e[1], e[3]) - quadrant(rho, e[0], e[3]) - quadrant(rho, e[1], e[2])
                + quadrant(rho, e[0], e[2]);
    }

    /** Area of the part of the origin-centred disc of radius rho with {@code y <= yMax, z <= zMax}. */
    private static double quadrant(double rho, double yMax, double zMax) {
        double ym = Math.max(-rho, Math.min(rho, yMax));
        if (zMax <= -rho || ym <= -rho) {
            return 0;
        }
        if (zMax >= rho) {
            return 2 * (chordIntegral(rho, ym) - chordIntegral(rho, -rho));
        }
        double w = Math.sqrt(rho * rho - zMax * zMax);
        double area = 0;
        if (ym > -w) {
            double top = Math.min(w, ym);
            area += zMax * (top + w) + chordIntegral(rho, top) - chordIntegral(rho, -w);
        }
        if (zMax > 0) {
            area += 2 * (chordIntegral(rho, Math.min(-w, ym)) - chordIntegral(rho, -rho));
            if (ym > w) {
                area += 2 * (chordIntegral(rho, ym) - chordIntegral(rho, w));
            }
        }
        return area;
    }

    /** Antiderivative of sqrt(rho^2 - t^2). */
    private static double chordIntegral(double rho, double t) {
        double u = Math.max(-1, Math.min(1, t / rho));
        return 0.5 * (t * Math.sqrt(Math.max(0, rho * rho - t * t)) + rho * rho * Math.asin(u));
    }

    /**
     * Volume of the lens of two spheres (centres {@code c1}, {@code c2}, radii r1, r2) inside
     * {@code box}: exact when the lens lies inside the box, integrated otherwise.
     */
    public static double lensInBox(double[] c1, double r1, double[] c2, double r2, Box box) {
        double d = Math.sqrt(sq(c1[0] - c2[0]) + sq(c1[1] - c2[1]) + sq(c1[2] - c2[2]));
        if (d >= r1 + r2) {
            return 0;
        }
        if (d <= Math.abs(r1 - r2)) {
            return r1 <= r2 ? sphereInBox(c1[0], c1[1], c1[2], r1, box)
                    : sphereInBox(c2[0], c2[1], c2[2], r2, box);
        }
        double t = (d * d + r1 * r1 - r2 * r2) / (2 * d);
        double a = Math.sqrt(Math.max(0, r1 * r1 - t * t));
        double bound = Math.max(a, Math.max(r1 - t, r2 - (d - t)));
        double[] c0 = new double[3];
        for (int k = 0; k < 3; k++) {
            c0[k] = c1[k] + (c2[k] - c1[k]) * t / d;
        }
        boolean inside = true;
        for (int k = 0; k < 3; k++) {
            if (c0[k] - bound <= box.lo(k) || c0[k] + bound >= box.hi(k)) {
                inside = false;
            }
            if (c0[k] + bound <= box.lo(k) || c0[k] - bound >= box.hi(k)) {
                return 0;
            }
        }
        return inside ? lens(r1, r2, d) : lensGrid(c1, r1, c2, r2, box, c0, bound);
    }

    /** 2D Gauss integral over (x, y) of the exact z-chord of both spheres inside the box. */
    private static double lensGrid(double[] c1, double r1, double[] c2, double r2, Box box, double[] c0,
                                   double bound) {
        double xa = Math.max(box.x0M(), c0[0] - bound);
        double xb = Math.min(box.x1M(), c0[0] + bound);
        double ya = Math.max(box.y0M(), c0[1] - bound);
        double yb = Math.min(box.y1M(), c0[1] + bound);
        double hx = (xb - xa) / LENS_PANELS;
        double hy = (yb - ya) / LENS_PANELS;
        double sum = 0;
        for (int i = 0; i < LENS_PANELS; i++) {
            for (int qi = 0; qi < LENS_RULE.size(); qi++) {
                double x = xa + hx * (i + LENS_RULE.node(qi));
                double wx = hx * LENS_RULE.weight(qi);
                for (int j = 0; j < LENS_PANELS; j++) {
                    for (int qj = 0; qj < LENS_RULE.size(); qj++) {
                        double y = ya + hy * (j + LENS_RULE.node(qj));
                        sum += wx * hy * LENS_RULE.weight(qj) * zChord(x, y, c1, r1, c2, r2, box);
                    }
                }
            }
        }
        return sum;
    }

    /** Length of the z-line at (x, y) inside both spheres and the box. */
    private static double zChord(double x, double y, double[] c1, double r1, double[] c2, double r2, Box box) {
        double s1 = r1 * r1 - sq(x - c1[0]) - sq(y - c1[1]);
        double s2 = r2 * r2 - sq(x - c2[0]) - sq(y - c2[1]);
        if (s1 <= 0 || s2 <= 0) {
            return 0;
        }
        double h1 = Math.sqrt(s1);
        double h2 = Math.sqrt(s2);
        double lo = Math.max(box.z0M(), Math.max(c1[2] - h1, c2[2] - h2));
        double hi = Math.min(box.z1M(), Math.min(c1[2] + h1, c2[2] + h2));
        return Math.max(0, hi - lo);
    }

    private static double sq(double v) { return v * v; }
}
