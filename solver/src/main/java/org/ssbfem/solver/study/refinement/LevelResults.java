package org.ssbfem.solver.study.refinement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ssbfem.post.Summary;
import org.ssbfem.post.refine.RefinementLevel;

/**
 * Turns a finished (or failed) level folder into a {@link RefinementLevel}: quantities from its
 * {@code summary.json}, curve quantities from its {@code discharge_curve.csv}, the number of
 * unknowns ({@code discharge.unknowns}, else the {@code solver.unknowns.<transport>} entry whose
 * transport names a quantity, else the first such entry, else {@code mesh.nodes}) and the
 * characteristic size {@code h = (box volume / unknowns)^(1/3)} in um (or the nominal mesh size
 * with {@code h_from: mesh_size}).
 */
final class LevelResults {
    private LevelResults() {
    }

    /**
     * @param error null when the run completed
     * @param boxUm3 box volume in um^3 (1 when unknown)
     */
    static RefinementLevel collect(LevelPlan plan, Path dir, String error, double wallS, RefinementSettings s,
                                   double boxUm3) throws IOException {
        Path sf = dir.resolve("summary.json");
        Summary sum = Files.isRegularFile(sf) ? Summary.read(sf) : new Summary();
        Map<String, Double> values = new LinkedHashMap<>();
        for (String q : s.quantities()) {
            double v = sum.value(q);
            if (Double.isFinite(v)) {
                values.put(q, v);
            }
        }
        CurveQuantities curve = CurveQuantities.read(dir);
        if (curve != null) {
            for (double q : s.voltageAtCapacity()) {
                putFinite(values, CurveQuantities.voltageName(q), curve.voltageAtCapacity(q));
            }
            for (double t : s.lithiationAtTime()) {
                putFinite(values, CurveQuantities.lithiationName(t), curve.lithiationAtTime(t));
            }
        }
        long n = unknowns(sum, s.quantities());
        boolean time = plan.sequenceId().startsWith("time");
        double h = time || !s.hFromUnknowns() ? plan.parameter() : n > 0 ? Math.cbrt(boxUm3 / n) : Double.NaN;
        double wall = Double.isFinite(sum.value("wall_time")) ? sum.value("wall_time") : wallS;
        return new RefinementLevel(plan.sequenceId(), plan.label(), plan.degree(), plan.parameter(), n, h, wall, error,
                values, curve == null ? null : curve.capacityVoltage());
    }

    private static void putFinite(Map<String, Double> m, String k, double v) {
        if (Double.isFinite(v)) {
            m.put(k, v);
        }
    }

    static long unknowns(Summary s, List<String> quantities) {
        Map<String, Object> e = s.entries();
        if (e.get("discharge.unknowns") instanceof Number n) {
            return n.longValue();
        }
        Long first = null;
        for (Map.Entry<String, Object> x : e.entrySet()) {
            if (x.getKey().startsWith("solver.unknowns.") && x.getValue() instanceof Number n) {
                String transport = x.getKey().substring("solver.unknowns.".length());
                if (quantities.stream().anyMatch(q -> List.of(q.split("\\.")).contains(transport))) {
                    return n.longValue();
                }
                first = first == null ? n.longValue() : first;
            }
        }
        if (first != null) {
            return first;
        }
        return e.get("mesh.nodes") instanceof Number n ? n.longValue() : 0;
    }

    /** The unit of {@code quantity} in a summary, "1" when absent. */
    static String unit(Summary s, String quantity) {
        return s.entries().get(quantity) instanceof Map<?, ?> m && m.get("unit") != null ? m.get("unit").toString() : "1";
    }
}
