package org.ssbfem.solver.study.conductivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ssbfem.mesh.Mesh;

/**
 * Which phases conduct in one steady conduction problem ({@code conductivity.transports}):
 * <ul>
 *   <li>{@code ionic}: the solid electrolyte, region {@code se} (Li+ through phi_e);</li>
 *   <li>{@code electronic}: the electron conductors, regions {@code cam} and {@code cbd}, whichever
 *       the mesh has (phi_s; touching particles share nodes and conduct through the contact);</li>
 *   <li>{@code composite}: every region of the mesh, each with its own conductivity, as one
 *       continuous potential (the benchmark problem of {@code bench/README.md}; not a physical
 *       battery transport, since the SE conducts ions and the CAM electrons).</li>
 * </ul>
 */
public enum Transport {
    IONIC(List.of("se")),
    ELECTRONIC(List.of("cam", "cbd")),
    COMPOSITE(List.of());

    private final List<String> phases;

    Transport(List<String> phases) {
        this.phases = phases;
    }

    /** Case-file and summary name, e.g. {@code ionic}. */
    public String key() { return name().toLowerCase(Locale.ROOT); }

    /** The regions of {@code mesh} that conduct in this transport, in mesh order; may be empty. */
    public List<String> regions(Mesh mesh) {
        List<String> out = new ArrayList<>();
        for (String r : mesh.regionNames()) {
            if (this == COMPOSITE || phases.contains(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /** The region names this transport looks for (empty for composite: all regions). */
    public List<String> phases() { return phases; }

    /** The transport named {@code key} (case-insensitive), or null when there is none. */
    public static Transport parse(String key) {
        for (Transport t : values()) {
            if (t.key().equalsIgnoreCase(key.trim())) {
                return t;
            }
        }
        return null;
    }
}
