package org.ssbfem.mesh.micro;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Volume of each particle phase inside a region: the union of the phase's spheres, cut by the
 * region's faces, with overlaps counted once.
 *
 * <p>Union volume = sum of sphere-in-box volumes minus the sum of pairwise lens-in-box volumes of
 * overlapping spheres of the same phase (see {@link SphereVolumes}). Triple overlaps are neglected:
 * with overlaps below about 0.3 of the smaller radius the lenses of three mutually touching
 * spheres lie near different contact points and do not meet (the Monte Carlo test of a generated
 * packing confirms the union volume). Particles given here are taken as they are: periodic images must
 * already be in the list. Pairs of different phases are not subtracted (the generator keeps them
 * apart).
 */
public final class PhaseVolumes {
    private PhaseVolumes() { }

    /**
     * @param particles spheres (with periodic images if any), not modified
     * @param region region to measure in
     * @return union volume in m^3 per particle phase (phases without particles map to 0)
     */
    public static Map<Phase, Double> inRegion(List<Particle> particles, Box region) {
        Map<Phase, Double> out = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            if (p != Phase.SE) {
                out.put(p, 0.0);
            }
        }
        for (Particle p : particles) {
            out.merge(p.phase(), SphereVolumes.sphereInBox(p.xM(), p.yM(), p.zM(), p.radiusM(), region),
                    Double::sum);
        }
        forEachOverlap(particles, (a, b) -> {
            double lens = SphereVolumes.lensInBox(centre(a), a.radiusM(), centre(b), b.radiusM(), region);
            out.merge(a.phase(), -lens, Double::sum);
        });
        return out;
    }

    /** Union volume of one phase inside {@code region}, m^3. */
    public static double of(List<Particle> particles, Phase phase, Box region) {
        return inRegion(particles.stream().filter(p -> p.phase() == phase).toList(), region).get(phase);
    }

    /** Calls {@code action} once for each overlapping pair of same-phase particles. */
    static void forEachOverlap(List<Particle> particles, java.util.function.BiConsumer<Particle, Particle> action) {
        if (particles.isEmpty()) {
            return;
        }
        CellGrid grid = CellGrid.forParticles(particles);
        for (int i = 0; i < particles.size(); i++) {
            Particle a = particles.get(i);
            int ii = i;
            grid.forEachNear(a.xM(), a.yM(), a.zM(), j -> {
                Particle b = particles.get(j);
                if (j > ii && b.phase() == a.phase() && a.gap(b) < 0) {
                    action.accept(a, b);
                }
            });
        }
    }

    static double[] centre(Particle p) {
        return new double[] {p.xM(), p.yM(), p.zM()};
    }
}
