package org.ssbfem.mesh.build;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.ssbfem.mesh.micro.Microstructure;
import org.ssbfem.mesh.micro.Particle;
import org.ssbfem.mesh.micro.Phase;

/**
 * Exact phase volumes (areas in 2D) and CAM/SE interface area (length in 2D) of a microstructure,
 * in SI units, where closed formulas give them: whole spheres, minus the caps cut off by box faces,
 * minus the lenses where particles of one phase overlap. A phase has no exact value when one of
 * its particles overlaps a particle of another phase, when two caps of one particle overlap (near
 * a box edge), or when an overlap lens meets a box face or a third particle; the notes say which.
 */
final class AnalyticGeometry {
    /**
     * @param volumes exact measure per phase (SE, CAM, CBD, VOID), empty where not computable
     * @param interfaceArea exact CAM/SE interface measure, empty where not computable
     * @param notes what was cut or overlaps, and why a value is missing
     */
    record Result(Map<Phase, OptionalDouble> volumes, OptionalDouble interfaceArea, List<String> notes) { }

    private final Microstructure m;
    private final int dim;
    private final AnalyticShapes shapes;
    private final Map<Phase, Double> volume = new EnumMap<>(Phase.class);
    private final EnumSet<Phase> inexact = EnumSet.noneOf(Phase.class);
    private final List<String> notes = new ArrayList<>();
    private double camSurface;
    private int cutParticles;
    private int overlapPairs;

    private AnalyticGeometry(Microstructure m) {
        this.m = m;
        this.dim = m.is2d() ? 2 : 3;
        this.shapes = new AnalyticShapes(dim);
        for (Phase p : Phase.values()) {
            volume.put(p, 0.0);
        }
    }

    /** Computes what can be computed exactly for {@code m}. */
    static Result of(Microstructure m) {
        AnalyticGeometry a = new AnalyticGeometry(m);
        List<Integer> inside = new ArrayList<>();
        for (int i = 0; i < m.particles().size(); i++) {
            Particle p = m.particles().get(i);
            if (OccModel.distanceOutsideBox(m, p) < p.radiusM()) {
                inside.add(i);
                a.addParticle(i, p);
            }
        }
        for (int x = 0; x < inside.size(); x++) {
            for (int y = x + 1; y < inside.size(); y++) {
                a.subtractOverlap(inside, x, y);
            }
        }
        return a.result();
    }

    private Result result() {
        if (cutParticles > 0) {
            notes.add(cutParticles + " particle(s) are cut by box faces");
        }
        if (overlapPairs > 0) {
            notes.add(overlapPairs + " pair(s) of particles overlap");
        }
        Map<Phase, OptionalDouble> out = new EnumMap<>(Phase.class);
        double particles = 0;
        for (Phase p : List.of(Phase.CAM, Phase.CBD, Phase.VOID)) {
            out.put(p, inexact.contains(p) ? OptionalDouble.empty() : OptionalDouble.of(volume.get(p)));
            particles += volume.get(p);
        }
        boolean allExact = inexact.isEmpty();
        out.put(Phase.SE, allExact ? OptionalDouble.of(m.boxVolume() - particles) : OptionalDouble.empty());
        OptionalDouble iface = inexact.contains(Phase.CAM) ? OptionalDouble.empty() : OptionalDouble.of(camSurface);
        return new Result(out, iface, notes);
    }

    private void addParticle(int index, Particle p) {
        double r = p.radiusM();
        double[] c = {p.xM(), p.yM(), p.zM()};
        double[] len = {m.lxM(), m.lyM(), m.lzM()};
        List<double[]> cuts = new ArrayList<>();
        for (int axis = 0; axis < dim; axis++) {
            for (double h : new double[] {c[axis], len[axis] - c[axis]}) {
                if (h < r) {
                    cuts.add(new double[] {axis, h});
                }
            }
        }
        double v = shapes.ball(r);
        double s = shapes.sphere(r);
        for (double[] cut : cuts) {
            v -= shapes.capVolume(r, cut[1]);
            s -= shapes.capSurface(r, cut[1]);
        }
        if (!cuts.isEmpty()) {
            cutParticles++;
            if (capsOverlap(cuts, r)) {
                markInexact(p.phase(), "particle " + index + " is cut by two box faces near an edge");
            }
        }
        volume.merge(p.phase(), v, Double::sum);
        if (p.phase() == Phase.CAM) {
            camSurface += s;
        }
    }

    private static boolean capsOverlap(List<double[]> cuts, double r) {
        for (int a = 0; a < cuts.size(); a++) {
            for (int b = a + 1; b < cuts.size(); b++) {
                double ha = cuts.get(a)[1];
                double hb = cuts.get(b)[1];
                if (cuts.get(a)[0] != cuts.get(b)[0] && (ha <= 0 || hb <= 0 || ha * ha + hb * hb < r * r)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void subtractOverlap(List<Integer> inside, int x, int y) {
        Particle p = m.particles().get(inside.get(x));
        Particle q = m.particles().get(inside.get(y));
        if (shapes.gap(p, q) >= 0) {
            return;
        }
        overlapPairs++;
        String pair = "particles " + inside.get(x) + " and " + inside.get(y);
        if (p.phase() != q.phase()) {
            markInexact(p.phase(), pair + " of different phases overlap");
            markInexact(q.phase(), pair + " of different phases overlap");
            return;
        }
        Lens lens = Lens.of(p, q, dim);
        if (!lensIsolated(lens, inside, x, y)) {
            markInexact(p.phase(), "the overlap of " + pair + " meets a box face or a third particle");
            return;
        }
        volume.merge(p.phase(), -lens.volume, Double::sum);
        if (p.phase() == Phase.CAM) {
            camSurface -= lens.surface;
        }
    }

    private boolean lensIsolated(Lens lens, List<Integer> inside, int x, int y) {
        double[] len = {m.lxM(), m.lyM(), m.lzM()};
        for (int axis = 0; axis < dim; axis++) {
            if (lens.centre[axis] < lens.radius || len[axis] - lens.centre[axis] < lens.radius) {
                return false;
            }
        }
        for (int k = 0; k < inside.size(); k++) {
            Particle o = m.particles().get(inside.get(k));
            if (k != x && k != y && distance(lens.centre, o) < lens.radius + o.radiusM()) {
                return false;
            }
        }
        return true;
    }

    private double distance(double[] pt, Particle o) {
        double dx = pt[0] - o.xM();
        double dy = pt[1] - o.yM();
        double dz = dim == 3 ? pt[2] - o.zM() : 0;
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    private void markInexact(Phase p, String why) {
        if (inexact.add(p)) {
            notes.add("no exact " + p.id() + " volume: " + why);
        }
    }
}
