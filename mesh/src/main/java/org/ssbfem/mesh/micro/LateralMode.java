package org.ssbfem.mesh.micro;

import java.util.Locale;
import org.ssbfem.mesh.InputError;

/** What happens to particles crossing the lateral faces y = 0, Ly and z = 0, Lz. */
public enum LateralMode {
    /** Particles are cut by the faces; the parts outside are dropped. */
    CUT,
    /**
     * Particles crossing a face reappear on the opposite face (periodic images), so the geometry
     * is periodic in y and z.
     */
    PERIODIC;

    /**
     * Parses {@code cut} or {@code periodic} (case-insensitive).
     *
     * @throws InputError naming {@code microstructure.lateral} and the valid names
     */
    public static LateralMode parse(String s) {
        for (LateralMode m : values()) {
            if (m.name().equalsIgnoreCase(s.trim())) {
                return m;
            }
        }
        throw new InputError("microstructure.lateral", "unknown lateral mode '" + s + "'",
                "use one of: cut, periodic");
    }

    /** Lower-case case-file name. */
    public String id() { return name().toLowerCase(Locale.ROOT); }
}
