package org.ssbfem.solver.study.conductivity;

import java.util.Locale;

/** A coordinate direction of the box, by its case-file name ({@code x}, {@code y}, {@code z}). */
public enum Axis {
    X, Y, Z;

    /** Coordinate index: 0 for x, 1 for y, 2 for z. */
    public int index() { return ordinal(); }

    /** Case-file and summary name: {@code x}, {@code y} or {@code z}. */
    public String key() { return name().toLowerCase(Locale.ROOT); }

    /** The axis named {@code key} (case-insensitive), or null when there is none. */
    public static Axis parse(String key) {
        for (Axis a : values()) {
            if (a.key().equalsIgnoreCase(key.trim())) {
                return a;
            }
        }
        return null;
    }
}
