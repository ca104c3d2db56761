package org.ssbfem.mesh.build;

import org.ssbfem.mesh.micro.Particle;

/**
 * Closed-form measures of balls and their caps in dimension 3 (volumes, areas) or 2 (disc areas,
 * arc lengths), in the unit of the radius.
 *
 * @param dim 2 or 3
 */
record AnalyticShapes(int dim) {
    /** Ball measure: volume (3D) or disc area (2D). */
    double ball(double r) {
        return dim == 3 ? 4.0 / 3 * Math.PI * r * r * r : Math.PI * r * r;
    }

    /** Sphere area (3D) or circle length (2D). */
    double sphere(double r) {
        return dim == 3 ? 4 * Math.PI * r * r : 2 * Math.PI * r;
    }

    /**
     * Measure of the part of a ball of radius r beyond a plane (line in 2D) at signed distance h
     * from its centre ({@code -r < h < r}; h &lt; 0 when the centre is beyond the plane too).
     */
    double capVolume(double r, double h) {
        double c = r - h;
        return dim == 3 ? Math.PI * c * c * (3 * r - c) / 3
                : r * r * Math.acos(h / r) - h * Math.sqrt(r * r - h * h);
    }

    /** Surface measure of the same cap: area (3D) or arc length (2D). */
    double capSurface(double r, double h) {
        return dim == 3 ? 2 * Math.PI * r * (r - h) : 2 * r * Math.acos(h / r);
    }

    /** Distance between particle centres in this dimension (z ignored in 2D). */
    double centreDistance(Particle p, Particle q) {
        return dim == 3 ? p.centreDistance(q) : Math.hypot(p.xM() - q.xM(), p.yM() - q.yM());
    }

    /** Surface gap between two particles (negative when they overlap). */
    double gap(Particle p, Particle q) {
        return centreDistance(p, q) - p.radiusM() - q.radiusM();
    }
}
