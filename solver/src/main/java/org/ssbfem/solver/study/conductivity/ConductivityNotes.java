package org.ssbfem.solver.study.conductivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ssbfem.mesh.micro.Microstructure;
import org.ssbfem.mesh.micro.Phase;

/** Sentences for the summary that say what the numbers mean for this geometry and these transports. */
final class ConductivityNotes {
    private ConductivityNotes() {
    }

    /**
     * @param micro the particles, or null for a user mesh
     * @param settings the study settings
     * @return the notes that apply (possibly none)
     */
    static List<String> of(Microstructure micro, ConductivitySettings settings) {
        List<String> notes = new ArrayList<>();
        if (micro != null && micro.separatorM() > 0) {
            notes.add(String.format(Locale.ROOT, "the box includes a CAM-free SE separator layer of %.3g um at x = 0:"
                    + " effective properties in x are those of separator and composite in series",
                    micro.separatorM() * 1e6));
        }
        if (micro != null && settings.transports().contains(Transport.ELECTRONIC)
                && settings.directions().contains(Axis.X) && !reachesSeparatorPlane(micro)) {
            notes.add("no CAM or CBD particle reaches the plane x = separator (generated packings keep them clear of"
                    + " it), so the electronic conductivity in x is 0 by construction; use directions y and z");
        }
        if (settings.transports().contains(Transport.COMPOSITE)) {
            notes.add("composite transport: one potential over all regions (the benchmark problem); no tortuosity or"
                    + " Bruggeman value, which need a single bulk conductivity");
        }
        return notes;
    }

    private static boolean reachesSeparatorPlane(Microstructure micro) {
        return micro.particles().stream()
                .anyMatch(p -> p.phase() != Phase.VOID && p.xM() - p.radiusM() < micro.separatorM());
    }
}
