package org.ssbfem.mesh.micro;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Figures of a packing for the user to read before meshing ({@link #lines()}).
 *
 * @param boxFraction union volume of each particle phase / box volume
 * @param compositeFraction union volume of each particle phase inside the composite layer / its volume
 * @param requestedFraction requested fraction of the composite layer per phase (empty for imports)
 * @param count number of particles per phase, periodic images not counted
 * @param camContacts number of overlapping CAM-CAM pairs
 * @param camCoordination mean number of CAM contacts per CAM particle
 * @param camAtCollector CAM particles crossing the collector face x = Lx
 * @param minGapRel smallest gap between non-overlapping neighbours within half a radius, relative
 *     to the smaller radius (+infinity when none)
 * @param minOverlapRel smallest overlap of an overlapping pair, relative (+infinity when none)
 * @param maxOverlapRel largest overlap of an overlapping pair, relative (0 when none)
 * @param ruleViolations pairs and particle/face positions breaking the contact rule
 * @param radiusScale common factor the generator applied to each phase's drawn radii to hit the
 *     fraction (1 when untouched)
 */
public record PackingStats(Map<Phase, Double> boxFraction, Map<Phase, Double> compositeFraction,
                           Map<Phase, Double> requestedFraction, Map<Phase, Integer> count,
                           int camContacts, double camCoordination, int camAtCollector,
                           double minGapRel, double minOverlapRel, double maxOverlapRel,
                           int ruleViolations, Map<Phase, Double> radiusScale) {
    private static final Phase[] PARTICLE_PHASES = {Phase.CAM, Phase.VOID, Phase.CBD};

    public PackingStats {
        boxFraction = Map.copyOf(boxFraction);
        compositeFraction = Map.copyOf(compositeFraction);
        requestedFraction = Map.copyOf(requestedFraction);
        count = Map.copyOf(count);
        radiusScale = Map.copyOf(radiusScale);
    }

    /**
     * Measures a packing.
     *
     * @param ms the geometry (with periodic images when periodic)
     * @param primaries the particles without images
     * @param lateral lateral mode (PERIODIC: pair distances use the minimum image)
     * @param rule contact rule the violations are counted against
     * @param requested requested fractions (may be empty)
     * @param radiusScale radius factors applied (may be empty)
     */
    public static PackingStats measure(Microstructure ms, List<Particle> primaries, LateralMode lateral,
                                       ContactRule rule, Map<Phase, Double> requested,
                                       Map<Phase, Double> radiusScale) {
        Map<Phase, Double> vBox = PhaseVolumes.inRegion(ms.particles(), Box.of(ms));
        Map<Phase, Double> vComp = PhaseVolumes.inRegion(ms.particles(), Box.compositeOf(ms));
        Map<Phase, Double> fBox = new EnumMap<>(Phase.class);
        Map<Phase, Double> fComp = new EnumMap<>(Phase.class);
        Map<Phase, Integer> count = new EnumMap<>(Phase.class);
        double compositeVolume = (ms.lxM() - ms.separatorM()) * ms.lyM() * ms.lzM();
        for (Phase p : PARTICLE_PHASES) {
            fBox.put(p, vBox.get(p) / ms.boxVolume());
            fComp.put(p, vComp.get(p) / compositeVolume);
            count.put(p, (int) primaries.stream().filter(q -> q.phase() == p).count());
        }
        double[] acc = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0, 0, 0};
        Pairs.forEachClose(primaries, ms.lyM(), ms.lzM(), lateral == LateralMode.PERIODIC, 0.5, (i, j, d) -> {
            Particle a = primaries.get(i);
            Particle b = primaries.get(j);
            double rel = ContactRule.relativeGap(a.radiusM(), b.radiusM(), d);
            if (rel < 0) {
                acc[1] = Math.min(acc[1], -rel);
                acc[2] = Math.max(acc[2], -rel);
                if (a.phase() == Phase.CAM && b.phase() == Phase.CAM) {
                    acc[3]++;
                }
            } else {
                acc[0] = Math.min(acc[0], rel);
            }
            if (!rule.pairAllowed(a.phase(), b.phase(), rel)) {
                acc[4]++;
            }
        });
        int faceViolations = 0;
        int atCollector = 0;
        for (Particle p : primaries) {
            for (BoxFace f : BoxFace.values()) {
                if (!rule.faceAllowed(f.relDistance(p, ms))) {
                    faceViolations++;
                }
            }
            if (p.phase() == Phase.CAM && Math.abs(BoxFace.HIGH_X.relDistance(p, ms)) < 1) {
                atCollector++;
            }
        }
        int nCam = count.get(Phase.CAM);
        return new PackingStats(fBox, fComp, requested, count, (int) acc[3], nCam == 0 ? 0 : 2 * acc[3] / nCam,
                atCollector, acc[0], acc[1], acc[2], (int) acc[4] + faceViolations, radiusScale);
    }

    /** Achieved fraction of the composite layer for a phase (0 when absent). */
    public double composite(Phase p) { return compositeFraction.getOrDefault(p, 0.0); }

    /** Achieved fraction of the box for a phase (0 when absent). */
    public double box(Phase p) { return boxFraction.getOrDefault(p, 0.0); }

    /** Human-readable summary, one figure per line. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (Phase p : PARTICLE_PHASES) {
            int n = count.getOrDefault(p, 0);
            if (n == 0 && !requestedFraction.containsKey(p)) {
                continue;
            }
            String req = requestedFraction.containsKey(p)
                    ? String.format(Locale.ROOT, " (requested %.4f, difference %+.4f)", requestedFraction.get(p),
                    composite(p) - requestedFraction.get(p)) : "";
            out.add(String.format(Locale.ROOT, "%s: %d particles, volume fraction %.4f of the composite layer%s, "
                    + "%.4f of the box", p.id(), n, composite(p), req, box(p)));
            double scale = radiusScale.getOrDefault(p, 1.0);
            if (scale != 1.0) {
                out.add(String.format(Locale.ROOT, "%s: drawn radii scaled by %.4f to reach the fraction", p.id(), scale));
            }
        }
        out.add(String.format(Locale.ROOT, "CAM-CAM contacts: %d, mean coordination number %.2f, "
                + "CAM particles touching the collector: %d", camContacts, camCoordination, camAtCollector));
        out.add("smallest gap between neighbours: " + rel(minGapRel) + "; overlaps of contacts: "
                + (Double.isInfinite(minOverlapRel) ? "none" : rel(minOverlapRel) + " to " + rel(maxOverlapRel)));
        out.add(ruleViolations == 0 ? "contact rule: kept by every pair and face"
                : "contact rule: broken " + ruleViolations + " times (near-tangent pairs or faces)");
        return out;
    }

    private static String rel(double v) {
        return Double.isInfinite(v) ? "none" : String.format(Locale.ROOT, "%.1f %% of the smaller radius", 100 * v);
    }

    @Override
    public String toString() {
        return String.join("\n", lines());
    }
}
