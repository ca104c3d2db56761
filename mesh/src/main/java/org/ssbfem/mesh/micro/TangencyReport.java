package org.ssbfem.mesh.micro;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link TangencyCheck} found and did.
 *
 * @param nearPairs near-tangent particle pairs found in the input
 * @param nearFaces particle/face near-tangencies found in the input
 * @param worst the worst case, with particle labels and the gap in % of the radius (empty if none)
 * @param fix the fix applied
 * @param passes rounds of fixing needed (0 when nothing was found)
 * @param fractionChange change of each phase's volume fraction of the box caused by the fix
 */
public record TangencyReport(int nearPairs, int nearFaces, String worst, TangencyCheck.Fix fix, int passes,
                             Map<Phase, Double> fractionChange) {
    public TangencyReport {
        fractionChange = Map.copyOf(fractionChange);
    }

    /** Human-readable summary. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        if (nearPairs + nearFaces == 0) {
            out.add("tangency check: no near-tangent pairs or faces");
            return out;
        }
        out.add(String.format(Locale.ROOT, "tangency check: %d near-tangent pairs, %d particle/face "
                + "near-tangencies; worst: %s", nearPairs, nearFaces, worst));
        out.add("fixed by " + fix.name().toLowerCase(Locale.ROOT) + " in " + passes + " rounds");
        fractionChange.forEach((p, d) -> out.add(String.format(Locale.ROOT,
                "  volume fraction of %s changed by %+.5f", p.id(), d)));
        return out;
    }

    @Override
    public String toString() {
        return String.join("\n", lines());
    }
}
