package org.ssbfem.mesh.micro;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.InputError;

/**
 * Generates a random packing of CAM (and optionally pore and CBD) spheres reaching requested volume
 * fractions of the composite layer, obeying a {@link ContactRule}.
 *
 * <p>Steps: (1) draw as many radii from each phase's distribution as fill the packing domain at the
 * requested fraction; (2) put centres at
 * uniform random positions (overlapping freely); (3) remove core overlaps with the force-biased
 * algorithm ({@link ForceBiasedRelaxer}); (4) enforce the contact rule by projection
 * ({@link ContactProjector}); (5) measure the fractions exactly ({@link PhaseVolumes}) and, while
 * a phase misses its target by more than {@link #TOLERANCE}, scale that phase's radii by a common
 * factor (relative deficits up to 4 %, accumulated change of the radii at most 3 %) or else add or
 * remove particles in proportion, and repeat from (3). Random sequential addition would jam near 38 %; the
 * force-biased relaxation reaches 60 to 70 % in seconds for 1000 particles.
 *
 * <p>The packing fills a domain larger than the box (see {@link PackingState}): it continues
 * three largest radii beyond the collector face and, for CUT lateral faces, one largest diameter
 * beyond each lateral face, so that the box is a window of a uniform packing and the particles
 * cut by its faces are as many as in the bulk; particles outside the box are dropped.
 *
 * <p>Deterministic: equal specs (including the seed) give identical packings. Throws
 * {@link InputError} naming {@code microstructure.cam_volume_fraction} when the packing cannot be
 * made: the reason gives the closest the algorithm came.
 */
public final class PackingGenerator {
    /** Largest accepted difference between achieved and requested fraction (absolute). */
    public static final double TOLERANCE = 0.002;
    private static final Logger LOG = LoggerFactory.getLogger(PackingGenerator.class);
    private static final Phase[] PHASES = {Phase.CAM, Phase.VOID, Phase.CBD};
    private static final int MAX_ROUNDS = 12;
    private static final int RELAX_SWEEPS = 2500;
    private static final int PROJECT_SWEEPS = 3000;
    /** Relative volume deficits up to this are met by scaling radii. */
    private static final double SCALE_DEFICIT = 0.04;
    /** Largest accumulated change of a phase's radii by scaling. */
    private static final double MAX_TOTAL_SCALE = 0.03;

    private PackingGenerator() { }

    /**
     * Builds the packing.
     *
     * @throws InputError when the spec is infeasible (see {@link PackingSpec#checkFeasible()}) or the
     *     densification cannot reach the fractions
     */
    public static PackingResult generate(PackingSpec spec) {
        spec.checkFeasible();
        long start = System.nanoTime();
        SplittableRandom rng = new SplittableRandom(spec.seed());
        double rMax = 0;
        for (Phase p : PHASES) {
            if (spec.fraction(p) > 0) {
                rMax = Math.max(rMax, spec.radius(p).maxM() * (1 + MAX_TOTAL_SCALE));
            }
        }
        PackingState s = new PackingState(spec, rMax);
        Map<Phase, Double> scale = new EnumMap<>(Phase.class);
        for (Phase p : PHASES) {
            if (spec.fraction(p) > 0) {
                scale.put(p, 1.0);
                addParticles(s, p, plannedCount(s, p), rng);
            }
        }
        Map<Phase, Double> achieved = Map.of();
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            densify(s, round);
            achieved = measure(s);
            LOG.debug("round {}: fractions of the composite layer {}", round, achieved);
            if (withinTolerance(spec, achieved)) {
                break;
            }
            if (round == MAX_ROUNDS) {
                throw unreachable(spec, "the fractions did not settle: reached " + achieved);
            }
            for (Phase p : scale.keySet()) {
                adjust(s, p, achieved.get(p), scale, rng);
            }
        }
        PackingResult result = result(s, scale);
        LOG.info("packing of {} particles made in {} s", s.n,
                String.format(Locale.ROOT, "%.2f", (System.nanoTime() - start) * 1e-9));
        result.stats().lines().forEach(l -> LOG.info("  {}", l));
        return result;
    }

    /** Relaxation then projection; throws when either does not converge. */
    private static void densify(PackingState s, int round) {
        long t0 = System.nanoTime();
        ForceBiasedRelaxer.Outcome relax = ForceBiasedRelaxer.relax(s,
                round == 1 ? ForceBiasedRelaxer.START_EXCESS : ForceBiasedRelaxer.RESTART_EXCESS, RELAX_SWEEPS);
        if (!relax.converged()) {
            throw unreachable(s.spec, String.format(Locale.ROOT, "after %d sweeps the particle cores still "
                    + "overlap (closest pair at %.1f %% of its core distance)", relax.sweeps(),
                    100 * relax.minRatio()));
        }
        ContactProjector.Outcome proj = ContactProjector.project(s, PROJECT_SWEEPS);
        if (!proj.converged()) {
            throw unreachable(s.spec, "the contact rule could not be met: " + proj.violations()
                    + " near-tangent pairs or faces remain after " + proj.sweeps() + " sweeps");
        }
        LOG.debug("round {}: {} particles in the domain, relaxed in {} sweeps, contact rule in {} sweeps, {} s",
                round, s.n, relax.sweeps(), proj.sweeps(),
                String.format(Locale.ROOT, "%.2f", (System.nanoTime() - t0) * 1e-9));
    }

    /** Number of particles filling the domain at the requested fraction. */
    private static int plannedCount(PackingState s, Phase p) {
        PackingSpec spec = s.spec;
        double target = spec.fraction(p) * s.domainVolume();
        return (int) Math.max(1, Math.round(target / spec.radius(p).meanVolume()));
    }

    /** Adds {@code k} particles of phase p at uniform random positions in the domain, radii drawn. */
    private static void addParticles(PackingState s, Phase p, int k, SplittableRandom rng) {
        PackingSpec spec = s.spec;
        for (int i = 0; i < k; i++) {
            double r = spec.radius(p).sample(rng);
            double xLo = s.xMin(r);
            double x = xLo + rng.nextDouble() * (s.xHiM - r - xLo);
            s.add(x, s.yLoM + rng.nextDouble() * s.periodYM, s.zLoM + rng.nextDouble() * s.periodZM, r, p);
        }
    }

    /**
     * Moves phase p towards its target: scales its radii by a common factor when the relative
     * deficit is small and the accumulated factor stays within {@link #MAX_TOTAL_SCALE}, else adds
     * or removes particles in proportion.
     */
    private static void adjust(PackingState s, Phase p, double achieved, Map<Phase, Double> scale,
                               SplittableRandom rng) {
        double relative = s.spec.fraction(p) / Math.max(achieved, 1e-3 * s.spec.fraction(p)) - 1;
        double f = Math.cbrt(1 + relative);
        double total = scale.get(p) * f;
        if (Math.abs(relative) <= SCALE_DEFICIT && Math.abs(total - 1) <= MAX_TOTAL_SCALE) {
            for (int i = 0; i < s.n; i++) {
                if (s.phase[i] == p) {
                    s.r[i] *= f;
                    s.confine(i);
                }
            }
            scale.put(p, total);
            return;
        }
        int count = 0;
        for (int i = 0; i < s.n; i++) {
            count += s.phase[i] == p ? 1 : 0;
        }
        int k = (int) Math.round(relative * count);
        if (k > 0) {
            addParticles(s, p, k, rng);
            scaleNew(s, scale.get(p), k);
        } else if (k < 0) {
            removeParticles(s, p, Math.min(-k, count - 1), rng);
        }
    }

    /** Applies the phase's accumulated radius scale to the last k particles just added. */
    private static void scaleNew(PackingState s, double factor, int k) {
        for (int i = s.n - k; i < s.n; i++) {
            s.r[i] *= factor;
            s.confine(i);
        }
    }

    /** Removes {@code k} randomly chosen particles of phase p. */
    private static void removeParticles(PackingState s, Phase p, int k, SplittableRandom rng) {
        for (int removed = 0; removed < k; ) {
            int i = rng.nextInt(s.n);
            if (s.phase[i] == p) {
                s.remove(i);
                removed++;
            }
        }
    }

    private static Map<Phase, Double> measure(PackingState s) {
        Microstructure ms = microstructure(s);
        Map<Phase, Double> v = PhaseVolumes.inRegion(ms.particles(), Box.compositeOf(ms));
        Map<Phase, Double> f = new EnumMap<>(Phase.class);
        for (Phase p : PHASES) {
            f.put(p, v.get(p) / s.spec.compositeVolume());
        }
        return f;
    }

    private static boolean withinTolerance(PackingSpec spec, Map<Phase, Double> achieved) {
        for (Phase p : PHASES) {
            if (Math.abs(achieved.get(p) - spec.fraction(p)) > TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    private static Microstructure microstructure(PackingState s) {
        PackingSpec spec = s.spec;
        List<Particle> ps = s.particles();
        if (s.periodic) {
            ps = PeriodicImages.withImages(ps, spec.lyM(), spec.lzM());
        }
        return new Microstructure(spec.lxM(), spec.lyM(), spec.lzM(), spec.separatorM(), ps);
    }

    private static PackingResult result(PackingState s, Map<Phase, Double> scale) {
        PackingSpec spec = s.spec;
        Map<Phase, Double> requested = new EnumMap<>(Phase.class);
        for (Phase p : PHASES) {
            if (spec.fraction(p) > 0) {
                requested.put(p, spec.fraction(p));
            }
        }
        Microstructure ms = microstructure(s);
        List<Particle> primaries = s.particles();
        PackingStats stats = PackingStats.measure(ms, primaries, spec.lateral(), spec.contact(), requested, scale);
        return new PackingResult(ms, primaries, stats);
    }

    private static InputError unreachable(PackingSpec spec, String why) {
        return new InputError("microstructure.cam_volume_fraction", String.format(Locale.ROOT,
                "cannot pack cam %.3f, void %.3f, cbd %.3f of the composite layer with contact rule %s: %s",
                spec.camFraction(), spec.voidFraction(), spec.cbdFraction(), spec.contact(), why),
                "lower the volume fractions, widen the size distribution, or use contact.mode = overlap");
    }
}
