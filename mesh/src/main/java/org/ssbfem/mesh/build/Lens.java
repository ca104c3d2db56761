package org.ssbfem.mesh.build;

import org.ssbfem.mesh.micro.Particle;

/**
 * The overlap of two particles (balls, discs in 2D): its measure, the particle surface inside it,
 * and a ball (centre, radius) that contains it. When one particle lies inside the other the lens is
 * the smaller particle.
 */
final class Lens {
    final double volume;
    final double surface;
    final double[] centre;
    final double radius;

    private Lens(double volume, double surface, double[] centre, double radius) {
        this.volume = volume;
        this.surface = surface;
        this.centre = centre;
        this.radius = radius;
    }

    /** The lens of two overlapping particles in dimension {@code dim} (2 or 3), SI units. */
    static Lens of(Particle p, Particle q, int dim) {
        AnalyticShapes g = new AnalyticShapes(dim);
        double d = g.centreDistance(p, q);
        double rp = p.radiusM();
        double rq = q.radiusM();
        if (d + Math.min(rp, rq) <= Math.max(rp, rq)) {
            Particle small = rp <= rq ? p : q;
            double r = small.radiusM();
            return new Lens(g.ball(r), g.sphere(r), new double[] {small.xM(), small.yM(), small.zM()}, r);
        }
        double hp = (d * d + rp * rp - rq * rq) / (2 * d);
        double hq = d - hp;
        double t = hp / d;
        double[] c = {p.xM() + t * (q.xM() - p.xM()), p.yM() + t * (q.yM() - p.yM()),
            dim == 3 ? p.zM() + t * (q.zM() - p.zM()) : 0};
        double a = Math.sqrt(Math.max(0, rp * rp - hp * hp));
        double cap = Math.max(rp - hp, rq - hq);
        return new Lens(g.capVolume(rp, hp) + g.capVolume(rq, hq), g.capSurface(rp, hp) + g.capSurface(rq, hq),
                c, Math.sqrt(a * a + cap * cap));
    }
}
