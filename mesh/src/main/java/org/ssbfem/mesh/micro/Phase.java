package org.ssbfem.mesh.micro;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Material phases of a composite cathode. Names (lower case) are the Gmsh physical group names of
 * MODEL.md section 1. {@link #SE} fills the box outside every particle.
 */
public enum Phase {
    /** Solid electrolyte matrix (ion conductor). */
    SE,
    /** Cathode active material particles. */
    CAM,
    /** Carbon/binder domain (electron conductor, no reaction). */
    CBD,
    /** Pores: not meshed, insulating. */
    VOID;

    /** Lower-case name used in files and physical groups. */
    public String id() { return name().toLowerCase(Locale.ROOT); }

    /**
     * Parses a phase name (case-insensitive).
     *
     * @return the phase, or null when {@code s} names none (callers raise an InputError with context)
     */
    public static Phase parse(String s) {
        for (Phase p : values()) {
            if (p.id().equalsIgnoreCase(s.trim())) {
                return p;
            }
        }
        return null;
    }

    /** Comma-separated list of valid names, for error messages. */
    public static String validNames() {
        return Arrays.stream(values()).map(Phase::id).collect(Collectors.joining(", "));
    }
}
