package org.ssbfem.solver.study.refinement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ssbfem.solver.casefile.CaseNode;

/**
 * The {@code refinement:} section of a case (see cases/README.md):
 *
 * <pre>
 * refinement:
 *   base_case: ../conductivity-default/case.yaml   # the case refined (relative to this file)
 *   override: {conductivity: {vtu: false}}         # optional: keys merged into the base case
 *   quantities: [effective_conductivity.ionic]      # any quantity of the levels' summary.json
 *   curves:                                         # discharge cases: read from discharge_curve.csv
 *     voltage_at_capacity_mAh_g: [100, 150]
 *     lithiation_at_time_s: [600, 1200]
 *   levels: {size_um: [2.0, 1.5, 1.15], degree: [1, 2]}
 *   time:                                           # optional time-step sequence
 *     key: lithiation_tolerance                     # or max_step_s (a key of the base case's time:)
 *     values: [4.0e-4, 2.0e-4, 1.0e-4]
 *     size_um: 1.5                                  # mesh size of the time levels (default: the base case's)
 *     degree: 1
 *   h_from: unknowns                                # unknowns: h = (box volume / unknowns)^(1/3); mesh_size: h = size_um
 *   tolerance_rel: 0.01                             # verdict: GCI of the finest level within this
 *   parallel: 2                                     # levels at once (default: cores); Gmsh runs one at a time
 *   reuse_levels: false                             # true: keep levels already complete in the output folder
 *   report_only: false                              # true: run nothing, report the complete levels found
 * </pre>
 *
 * @param baseCase the base case file
 * @param override keys merged into the base case (plain YAML values)
 * @param quantities summary quantities of interest
 * @param voltageAtCapacity capacities (mAh/g) where the voltage is read
 * @param lithiationAtTime times (s) where the mean lithiation is read
 * @param sizesUm mesh sizes of the h sequences
 * @param degrees degrees of the h sequences
 * @param timeKey key of the base case's {@code time:} section refined, or null
 * @param timeValues its values
 * @param timeSizeUm mesh size of the time levels (NaN: the base case's)
 * @param timeDegree degree of the time levels
 * @param hFromUnknowns true: characteristic size from the unknowns (Celik et al. 2008); false: the
 *     nominal mesh size
 * @param toleranceRel relative tolerance of the verdicts
 * @param parallel levels run at once
 * @param reuseLevels keep levels whose folder already holds a complete summary (resume, or rebuild
 *     the report with other settings without the solver)
 * @param reportOnly run no level: report the levels found complete, the others as not run
 */
record RefinementSettings(Path baseCase, Map<String, Object> override, List<String> quantities,
                          double[] voltageAtCapacity, double[] lithiationAtTime, double[] sizesUm, int[] degrees,
                          String timeKey, double[] timeValues, double timeSizeUm, int timeDegree, boolean hFromUnknowns,
                          double toleranceRel, int parallel, boolean reuseLevels, boolean reportOnly) {
    static final double MIN_RATIO = 1.3;

    static RefinementSettings read(CaseNode section, Path caseDir) {
        Path base = caseDir.resolve(section.require("base_case").text()).normalize();
        Map<String, Object> override = section.has("override") ? PlainYaml.of(section.section("override")) : Map.of();
        List<String> quantities = new ArrayList<>();
        if (section.has("quantities")) {
            section.require("quantities").items().forEach(n -> quantities.add(n.text()));
        }
        CaseNode curves = section.section("curves");
        double[] vAt = curves.has("voltage_at_capacity_mAh_g") ? curves.numbers("voltage_at_capacity_mAh_g", -1)
                : new double[0];
        double[] xAt = curves.has("lithiation_at_time_s") ? curves.numbers("lithiation_at_time_s", -1) : new double[0];
        if (quantities.isEmpty() && vAt.length == 0 && xAt.length == 0) {
            throw section.error("quantities", "no quantity of interest", "list summary quantities, e.g. quantities: "
                    + "[effective_conductivity.ionic], or curves: {voltage_at_capacity_mAh_g: [100]}");
        }
        CaseNode levels = section.require("levels");
        double[] sizes = sizes(levels);
        int[] degrees = degrees(levels);
        CaseNode time = section.get("time") == null ? null : section.section("time");
        String timeKey = time == null ? null : time.choice("key", "lithiation_tolerance", "lithiation_tolerance",
                "max_step_s");
        double[] timeValues = time == null ? new double[0] : time.numbers("values", -1);
        if (time != null && timeValues.length < 2) {
            throw time.error("values", "needs at least 2 values, got " + timeValues.length, "e.g. [4e-4, 2e-4, 1e-4]");
        }
        double timeSize = time == null || !time.has("size_um") ? Double.NaN : time.positive("size_um", 1);
        int timeDegree = time == null ? degrees[0] : time.integer("degree", degrees[0]);
        boolean hFromUnknowns = "unknowns".equals(section.choice("h_from", "unknowns", "unknowns", "mesh_size"));
        double tol = section.positive("tolerance_rel", 0.01);
        int parallel = section.integer("parallel", Runtime.getRuntime().availableProcessors());
        if (parallel < 1) {
            throw section.error("parallel", "must be at least 1, got " + parallel, "use e.g. 2");
        }
        return new RefinementSettings(base, override, quantities, vAt, xAt, sizes, degrees, timeKey, timeValues, timeSize,
                timeDegree, hFromUnknowns, tol, parallel, section.bool("reuse_levels", false),
                section.bool("report_only", false));
    }

    private static double[] sizes(CaseNode levels) {
        double[] s = levels.numbers("size_um", -1);
        if (s.length < 2) {
            throw levels.error("size_um", "needs at least 2 mesh sizes (3 for an observed order), got " + s.length,
                    "e.g. [2.0, 1.5, 1.15]");
        }
        double[] sorted = s.clone();
        Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            if (!(sorted[0] > 0) || sorted[i] / sorted[i - 1] < MIN_RATIO - 1e-9) {
                throw levels.error("size_um", "successive mesh sizes must differ by a ratio of at least " + MIN_RATIO
                        + " (got " + sorted[i - 1] + " and " + sorted[i] + ")", "spread the sizes, e.g. [2.0, 1.5, 1.15]");
            }
        }
        return sorted;
    }

    private static int[] degrees(CaseNode levels) {
        if (!levels.has("degree")) {
            levels.number("degree", 1);
            return new int[] {1};
        }
        double[] d = levels.numbers("degree", -1);
        int[] out = new int[d.length];
        for (int i = 0; i < d.length; i++) {
            if (d[i] != 1 && d[i] != 2) {
                throw levels.error("degree", "degrees are 1 or 2, got " + d[i], "write degree: [1, 2]");
            }
            out[i] = (int) d[i];
        }
        return out;
    }

    /** Names of the curve quantities with their units. */
    Map<String, String> curveQuantities() {
        Map<String, String> m = new LinkedHashMap<>();
        for (double q : voltageAtCapacity) {
            m.put(CurveQuantities.voltageName(q), "V");
        }
        for (double t : lithiationAtTime) {
            m.put(CurveQuantities.lithiationName(t), "1");
        }
        return m;
    }
}
