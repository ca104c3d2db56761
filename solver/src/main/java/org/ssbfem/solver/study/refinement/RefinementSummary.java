package org.ssbfem.solver.study.refinement;

import java.util.List;
import org.ssbfem.post.Summary;
import org.ssbfem.post.refine.ConvergenceResult;
import org.ssbfem.post.refine.PCheck;
import org.ssbfem.post.refine.RefinementLevel;
import org.ssbfem.post.refine.RefinementReport;
import org.ssbfem.post.refine.RefinementSequence;

/**
 * Puts a refinement analysis into the study's summary: for quantity q and sequence s
 * ({@code h_P1}, {@code h_P2}, {@code time_P1}) {@code refinement.<q>.<s>.observed_order},
 * {@code .extrapolated} (unit of q), {@code .gci_fine}, {@code .gci_coarse},
 * {@code .asymptotic_ratio} (numbers only where they exist), {@code .behaviour} and
 * {@code .verdict}; the p-check as {@code refinement.<q>.pcheck.<size>_um.relative_difference};
 * per sequence {@code time.refinement.<s>} (sum of the levels' wall times) and the failed levels.
 */
final class RefinementSummary {
    private RefinementSummary() {
    }

    static void write(Summary sum, RefinementReport report) {
        for (RefinementReport.Row r : report.rows()) {
            String key = "refinement." + r.quantity() + "." + id(r.sequence());
            ConvergenceResult c = r.result();
            finite(sum, key + ".observed_order", c.observedOrder(), "1");
            finite(sum, key + ".extrapolated", c.extrapolated(), report.units().getOrDefault(r.quantity(), "1"));
            finite(sum, key + ".gci_fine", c.gciFine(), "1");
            finite(sum, key + ".gci_coarse", c.gciCoarse(), "1");
            finite(sum, key + ".asymptotic_ratio", c.asymptoticRatio(), "1");
            finite(sum, key + ".finest", c.finest(), report.units().getOrDefault(r.quantity(), "1"));
            sum.info(key + ".behaviour", c.kind().text());
            sum.info(key + ".verdict", r.verdict());
        }
        for (PCheck p : report.pChecks()) {
            String size = p.level().replaceAll(".*= *", "");
            finite(sum, "refinement." + p.quantity() + ".pcheck." + size + "_um.relative_difference",
                    p.relativeDifference(), "1");
        }
        for (RefinementSequence s : report.sequences()) {
            double t = s.levels().stream().mapToDouble(RefinementLevel::wallTimeS).filter(Double::isFinite).sum();
            sum.quantity("time.refinement." + id(s), t, "s");
            List<String> failed = s.levels().stream().filter(l -> !l.complete())
                    .map(l -> l.label() + ": " + l.error()).toList();
            if (!failed.isEmpty()) {
                sum.info("refinement.failed_levels." + id(s), failed);
            }
        }
    }

    private static String id(RefinementSequence s) {
        return s.name().replace(' ', '_');
    }

    private static void finite(Summary sum, String key, double v, String unit) {
        if (Double.isFinite(v)) {
            sum.quantity(key, v, unit);
        }
    }
}
