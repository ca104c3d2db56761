package org.ssbfem.mesh.micro;

import java.util.Locale;
import org.ssbfem.mesh.InputError;

/**
 * How close two particles (and a particle and a box face) may come, so that no two surfaces are
 * near-tangent: near-tangent spheres break OpenCASCADE booleans and make zero-area contacts.
 * Distances are relative to the smaller radius of the pair (to the particle's radius for a face).
 *
 * <ul>
 *   <li>{@link Mode#GAP}: every pair at least {@code minGap} apart; no contacts.</li>
 *   <li>{@link Mode#OVERLAP}: pairs of the same phase either overlap by at least
 *       {@code minOverlap} (a contact) or stay at least {@code minGap} apart. Pairs of different
 *       phases always keep the gap.</li>
 * </ul>
 * A particle either crosses a box face by at least {@code minGap * r} or stays at least that far
 * from it; the separator plane x = Lsep is never crossed.
 *
 * @param mode GAP or OVERLAP
 * @param minGap smallest gap as a fraction of the smaller radius, in [0.01, 0.5]
 * @param minOverlap smallest overlap of a contact as a fraction of the smaller radius, in
 *     [0.01, 0.4] (checked in OVERLAP mode only)
 */
public record ContactRule(Mode mode, double minGap, double minOverlap) {
    /** Contact modes; {@link #parse} reads the case-file names {@code gap} and {@code overlap}. */
    public enum Mode {
        GAP, OVERLAP;

        /**
         * @throws InputError naming {@code microstructure.contact.mode} and the valid names
         */
        public static Mode parse(String s) {
            for (Mode m : values()) {
                if (m.name().equalsIgnoreCase(s.trim())) {
                    return m;
                }
            }
            throw new InputError("microstructure.contact.mode", "unknown contact mode '" + s + "'",
                    "use one of: gap, overlap");
        }
    }

    /**
     * @throws InputError naming {@code microstructure.contact.min_gap} or {@code .min_overlap}
     *     when a value is out of range
     */
    public ContactRule {
        if (mode == null) {
            throw new InputError("microstructure.contact.mode", "no contact mode", "use one of: gap, overlap");
        }
        if (!(minGap >= 0.01 && minGap <= 0.5)) {
            throw new InputError("microstructure.contact.min_gap", "min_gap " + minGap
                    + " is outside [0.01, 0.5] (fraction of the smaller radius)",
                    "use e.g. 0.05: smaller gaps make near-tangent surfaces that the mesher cannot handle");
        }
        if (mode == Mode.OVERLAP && !(minOverlap >= 0.01 && minOverlap <= 0.4)) {
            throw new InputError("microstructure.contact.min_overlap", "min_overlap " + minOverlap
                    + " is outside [0.01, 0.4] (fraction of the smaller radius)", "use e.g. 0.1");
        }
    }

    /** GAP rule with the given smallest gap. */
    public static ContactRule gap(double minGap) {
        return new ContactRule(Mode.GAP, minGap, 0.1);
    }

    /** OVERLAP rule with the given smallest overlap and gap. */
    public static ContactRule overlap(double minOverlap, double minGap) {
        return new ContactRule(Mode.OVERLAP, minGap, minOverlap);
    }

    /** True when particles of phases a and b may overlap (form a contact) under this rule. */
    public boolean allowsContact(Phase a, Phase b) {
        return mode == Mode.OVERLAP && a == b;
    }

    /**
     * Gap of two spheres relative to the smaller radius: (d - r1 - r2) / min(r1, r2); negative
     * for an overlap.
     */
    public static double relativeGap(double r1M, double r2M, double distanceM) {
        return (distanceM - r1M - r2M) / Math.min(r1M, r2M);
    }

    /**
     * True when two particles of phases a and b at relative gap {@code relGap} (see
     * {@link #relativeGap}) obey the rule: at least min_gap apart, or, when they may touch,
     * overlapping by at least min_overlap.
     */
    public boolean pairAllowed(Phase a, Phase b, double relGap) {
        return relGap >= minGap || (allowsContact(a, b) && relGap <= -minOverlap);
    }

    /**
     * True when a particle whose centre lies {@code relDistance} radii from a box face (signed:
     * positive inside the box) obeys the rule: the face is not near-tangent to it, i.e. the
     * particle either crosses the face by at least min_gap radii or stays at least min_gap radii
     * clear of it, {@code | |relDistance| - 1 | >= min_gap}.
     */
    public boolean faceAllowed(double relDistance) {
        return Math.abs(Math.abs(relDistance) - 1) >= minGap;
    }

    @Override
    public String toString() {
        return mode == Mode.GAP
                ? String.format(Locale.ROOT, "gap (min gap %.3g r)", minGap)
                : String.format(Locale.ROOT, "overlap (min overlap %.3g r, min gap %.3g r)", minOverlap, minGap);
    }
}
