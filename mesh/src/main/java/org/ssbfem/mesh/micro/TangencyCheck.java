package org.ssbfem.mesh.micro;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ssbfem.mesh.InputError;

/**
 * Finds near-tangent pairs and particle/face near-tangencies in an imported particle list, and
 * refuses or fixes them, since near-tangent surfaces break OpenCASCADE booleans.
 *
 * <p>Near-tangent: a pair of the same phase whose relative gap (see
 * {@link ContactRule#relativeGap}) lies strictly between -min_overlap and +min_gap; a pair of
 * different phases closer than +min_gap (such pairs may not overlap at all); a particle whose
 * centre lies between (1 - min_gap) r and (1 + min_gap) r from a box face (the low-x face being the
 * separator plane when there is one). Fixes, as the case chooses:
 * <ul>
 *   <li>{@link Fix#REFUSE}: an {@link InputError} names the count and the worst case.</li>
 *   <li>{@link Fix#SHRINK}: separate. The smaller particle of a pair shrinks until the gap is
 *       1.05 min_gap of its new radius; a particle near a face shrinks until it stays 1.05 min_gap
 *       clear of it. Positions never change; no contact is made.</li>
 *   <li>{@link Fix#MERGE}: join. A same-phase pair moves together along its centre line (the
 *       smaller more, weighted by volume) until it overlaps by 1.05 min_overlap; a particle near
 *       the collector or a lateral face moves along the normal until it crosses the face by 1.05
 *       min_gap r; near the low-x face it moves away from it instead (CAM never touches the anode
 *       or the separator); pairs of different phases are shrunk as under SHRINK.</li>
 * </ul>
 * Fixing repeats until nothing is near-tangent (a fix can make a new near-tangency); the report
 * gives the change of every phase's volume fraction of the box. Inputs are not modified.
 */
public final class TangencyCheck {
    /** What to do with near-tangencies (case key {@code microstructure.tangency}). */
    public enum Fix {
        REFUSE, SHRINK, MERGE;

        /** @throws InputError naming {@code microstructure.tangency} and the valid names */
        public static Fix parse(String s) {
            for (Fix f : values()) {
                if (f.name().equalsIgnoreCase(s.trim())) {
                    return f;
                }
            }
            throw new InputError("microstructure.tangency", "unknown tangency fix '" + s + "'",
                    "use one of: refuse, shrink, merge");
        }
    }

    /** Margin of the fixed positions beyond the rule's bounds. */
    static final double MARGIN = 1.05;
    private static final int MAX_PASSES = 50;
    /** A shrink that would take more than this share of a radius is refused. */
    private static final double MAX_SHRINK = 0.5;

    private TangencyCheck() { }

    /** The checked (and possibly fixed) particles with the report. */
    public record Result(ImportedParticles particles, TangencyReport report) { }

    /**
     * @param in imported particles (not modified)
     * @param rule gap and overlap bounds
     * @param fix what to do
     * @throws InputError with REFUSE when anything is near-tangent, or when a fix cannot converge or
     *     would shrink a particle by more than half
     */
    public static Result check(ImportedParticles in, ContactRule rule, Fix fix) {
        Microstructure ms = in.microstructure();
        List<Particle> ps = new ArrayList<>(ms.particles());
        List<Tangency> found = find(ps, ms, rule);
        Tangency worst = found.stream().min((a, b) -> Double.compare(a.severity(), b.severity())).orElse(null);
        int pairs = (int) found.stream().filter(t -> t.j() >= 0).count();
        int faces = found.size() - pairs;
        String worstText = worst == null ? "" : worst.describe(in.labels(), ms);
        if (found.isEmpty() || fix == Fix.REFUSE) {
            if (!found.isEmpty()) {
                throw new InputError(in.labels().get(worst.i()), String.format(Locale.ROOT,
                        "%d near-tangent particle pairs and %d particle/face near-tangencies; worst: %s",
                        pairs, faces, worstText),
                        "set microstructure.tangency to shrink or merge, or edit the particle list");
            }
            return new Result(in, new TangencyReport(0, 0, "", fix, 0, Map.of()));
        }
        int passes = 0;
        while (!found.isEmpty()) {
            if (++passes > MAX_PASSES) {
                throw new InputError(in.labels().get(found.get(0).i()), found.size()
                        + " near-tangencies remain after " + MAX_PASSES + " rounds of " + fix.name().toLowerCase(Locale.ROOT),
                        "try the other fix (shrink or merge), or edit the particle list");
            }
            for (Tangency t : found) {
                apply(t, ps, ms, rule, fix, in.labels());
            }
            found = find(ps, ms, rule);
        }
        Microstructure fixed = new Microstructure(ms.lxM(), ms.lyM(), ms.lzM(), ms.separatorM(), ps);
        return new Result(new ImportedParticles(fixed, in.labels()),
                new TangencyReport(pairs, faces, worstText, fix, passes, change(ms, fixed)));
    }

    /** Every near-tangent pair (j &gt;= 0) and particle/face near-tangency (j = -1 - face ordinal). */
    static List<Tangency> find(List<Particle> ps, Microstructure ms, ContactRule rule) {
        List<Tangency> out = new ArrayList<>();
        Pairs.forEachClose(ps, ms.lyM(), ms.lzM(), false, 0.5, (i, j, d) -> {
            Particle a = ps.get(i);
            Particle b = ps.get(j);
            double rel = ContactRule.relativeGap(a.radiusM(), b.radiusM(), d);
            boolean near = a.phase() == b.phase() ? rel > -rule.minOverlap() && rel < rule.minGap() : rel < rule.minGap();
            if (near) {
                out.add(new Tangency(i, j, rel));
            }
        });
        for (int i = 0; i < ps.size(); i++) {
            for (BoxFace f : BoxFace.values()) {
                double t = f.relDistance(ps.get(i), ms);
                if (!rule.faceAllowed(t)) {
                    out.add(new Tangency(i, -1 - f.ordinal(), t));
                }
            }
        }
        return out;
    }

    private static void apply(Tangency t, List<Particle> ps, Microstructure ms, ContactRule rule, Fix fix,
                              List<String> labels) {
        if (t.j() < 0) {
            BoxFace face = BoxFace.values()[-1 - t.j()];
            Particle p = ps.get(t.i());
            double dist = Math.abs(face.relDistance(p, ms)) * p.radiusM();
            if (fix == Fix.MERGE) {
                ps.set(t.i(), moveToFace(p, face, ms, rule));
            } else {
                ps.set(t.i(), shrunk(p, dist / (1 + MARGIN * rule.minGap()), labels.get(t.i())));
            }
            return;
        }
        Particle a = ps.get(t.i());
        Particle b = ps.get(t.j());
        if (fix == Fix.MERGE && a.phase() == b.phase()) {
            mergePair(ps, t.i(), t.j(), rule);
            return;
        }
        int small = a.radiusM() <= b.radiusM() ? t.i() : t.j();
        Particle big = small == t.i() ? b : a;
        double d = a.centreDistance(b);
        ps.set(small, shrunk(ps.get(small), (d - big.radiusM()) / (1 + MARGIN * rule.minGap()), labels.get(small)));
    }

    private static Particle shrunk(Particle p, double radiusM, String label) {
        if (radiusM >= p.radiusM()) {
            return p;
        }
        if (radiusM < (1 - MAX_SHRINK) * p.radiusM()) {
            throw new InputError(label, String.format(Locale.ROOT, "the particle would have to shrink from %.4g to "
                    + "%.4g um to clear its neighbour or face", p.radiusM() * 1e6, Math.max(0, radiusM) * 1e6),
                    "use microstructure.tangency = merge, or edit the particle list");
        }
        return new Particle(p.xM(), p.yM(), p.zM(), radiusM, p.phase());
    }

    /** Moves the pair together (or apart) along its centre line to an overlap of MARGIN min_overlap. */
    private static void mergePair(List<Particle> ps, int i, int j, ContactRule rule) {
        Particle a = ps.get(i);
        Particle b = ps.get(j);
        double d = a.centreDistance(b);
        double target = a.radiusM() + b.radiusM() - MARGIN * rule.minOverlap() * Math.min(a.radiusM(), b.radiusM());
        double va = Math.pow(a.radiusM(), 3);
        double vb = Math.pow(b.radiusM(), 3);
        double move = (d - target) / d;
        double fa = move * vb / (va + vb);
        double fb = move * va / (va + vb);
        double dx = b.xM() - a.xM();
        double dy = b.yM() - a.yM();
        double dz = b.zM() - a.zM();
        ps.set(i, new Particle(a.xM() + fa * dx, a.yM() + fa * dy, a.zM() + fa * dz, a.radiusM(), a.phase()));
        ps.set(j, new Particle(b.xM() - fb * dx, b.yM() - fb * dy, b.zM() - fb * dz, b.radiusM(), b.phase()));
    }

    /** Moves p along the face normal to cross the face by MARGIN min_gap r (away from it at low x). */
    private static Particle moveToFace(Particle p, BoxFace face, Microstructure ms, ContactRule rule) {
        double g = MARGIN * rule.minGap();
        double target = face == BoxFace.LOW_X ? 1 + g : 1 - g;
        double shift = (face.relDistance(p, ms) - target) * p.radiusM() * (face.upper() ? 1 : -1);
        double[] c = {p.xM(), p.yM(), p.zM()};
        c[face.axis()] += shift;
        return new Particle(c[0], c[1], c[2], p.radiusM(), p.phase());
    }

    private static Map<Phase, Double> change(Microstructure before, Microstructure after) {
        Map<Phase, Double> v0 = PhaseVolumes.inRegion(before.particles(), Box.of(before));
        Map<Phase, Double> v1 = PhaseVolumes.inRegion(after.particles(), Box.of(after));
        Map<Phase, Double> out = new EnumMap<>(Phase.class);
        for (Map.Entry<Phase, Double> e : v0.entrySet()) {
            if (e.getValue() > 0 || v1.get(e.getKey()) > 0) {
                out.put(e.getKey(), (v1.get(e.getKey()) - e.getValue()) / before.boxVolume());
            }
        }
        return out;
    }

    /** A near-tangency: pair (i, j) at relative gap {@code rel}, or particle i and face -1 - j at relative distance rel. */
    record Tangency(int i, int j, double rel) {
        /** Smaller is worse: distance from exact tangency, in radii. */
        double severity() {
            return j >= 0 ? Math.abs(rel) : Math.abs(Math.abs(rel) - 1);
        }

        String describe(List<String> labels, Microstructure ms) {
            if (j >= 0) {
                return String.format(Locale.ROOT, "%s and %s, gap %+.2f %% of the smaller radius",
                        labels.get(i), labels.get(j), 100 * rel);
            }
            BoxFace f = BoxFace.values()[-1 - j];
            return String.format(Locale.ROOT, "%s and face %s, surface %.2f %% of its radius from the face",
                    labels.get(i), f.label(ms), 100 * (Math.abs(rel) - 1));
        }
    }
}
