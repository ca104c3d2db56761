package org.ssbfem.solver.study.refinement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ssbfem.mesh.InputError;

/**
 * The runs of a refinement study: for every degree, one level per mesh size (numbered from the
 * coarsest, {@code level-<k>-P<d>}), and the time-step levels ({@code time-<k>-P<d>}), which are
 * queued after the first degree's mesh levels so that the costly P2 levels come last. Every
 * level meshes with the order of the highest degree, so P1 and P2 levels of one size use the same
 * mesh; {@code mesh.min_size_um} keeps the base case's ratio to {@code mesh.size_um}; the
 * microstructure section (seed, particle file) is untouched, so every level has the same particles.
 */
final class LevelPlans {
    /** Where each refinable study keeps its element degree. */
    private static final Map<String, String> DEGREE_KEY = Map.of("conductivity", "conductivity.degree",
            "discharge", "discretization.degree");

    private LevelPlans() {
    }

    /** The degree key of the base case's study; InputError when that study cannot be refined. */
    static String degreeKey(Map<String, Object> base, String where) {
        Object study = base.get("study");
        String key = DEGREE_KEY.get(String.valueOf(study));
        if (key == null) {
            throw new InputError(where, "study '" + study + "' of the base case cannot be refined",
                    "refine a case of study " + String.join(" or ", DEGREE_KEY.keySet()));
        }
        return key;
    }

    static List<LevelPlan> plan(RefinementSettings s, Map<String, Object> base, String where) {
        String degreeKey = degreeKey(base, where);
        if ("gmsh_mesh".equals(String.valueOf(PlainYaml.get(base, "microstructure.source")))) {
            throw new InputError(where, "the base case reads a fixed user mesh", "refine a case that generates its mesh");
        }
        double baseSize = number(base, "mesh.size_um", where);
        Object min = PlainYaml.get(base, "mesh.min_size_um");
        double minRatio = min instanceof Number n ? n.doubleValue() / baseSize : 0.5;
        int order = maxDegree(s);
        List<LevelPlan> plans = new ArrayList<>();
        for (int d : s.degrees()) {
            for (int k = 0; k < s.sizesUm().length; k++) {
                double size = s.sizesUm()[s.sizesUm().length - 1 - k];
                plans.add(new LevelPlan("h_P" + d, "level-" + (k + 1) + "-P" + d, d, size,
                        mesh(size, minRatio, order, degreeKey, d)));
            }
        }
        if (s.timeKey() != null) {
            plans.addAll(Math.min(s.sizesUm().length, plans.size()), timeLevels(s, base, where, baseSize, minRatio,
                    order, degreeKey));
        }
        return plans;
    }

    /** The time-step levels; they run right after the first degree's mesh levels (cheap before costly). */
    private static List<LevelPlan> timeLevels(RefinementSettings s, Map<String, Object> base, String where,
                                              double baseSize, double minRatio, int order, String degreeKey) {
        if (!"discharge".equals(String.valueOf(base.get("study")))) {
            throw new InputError(where, "time-step levels need a transient (discharge) base case",
                    "remove refinement.time");
        }
        double size = Double.isNaN(s.timeSizeUm()) ? baseSize : s.timeSizeUm();
        List<LevelPlan> plans = new ArrayList<>();
        for (int k = 0; k < s.timeValues().length; k++) {
            Map<String, Object> o = mesh(size, minRatio, order, degreeKey, s.timeDegree());
            o.put("time." + s.timeKey(), s.timeValues()[k]);
            plans.add(new LevelPlan("time_P" + s.timeDegree(), "time-" + (k + 1) + "-P" + s.timeDegree(),
                    s.timeDegree(), s.timeValues()[k], o));
        }
        return plans;
    }

    private static Map<String, Object> mesh(double size, double minRatio, int order, String degreeKey, int degree) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("mesh.size_um", size);
        o.put("mesh.min_size_um", size * minRatio);
        o.put("mesh.order", order);
        o.put(degreeKey, degree);
        return o;
    }

    private static int maxDegree(RefinementSettings s) {
        int m = s.timeKey() == null ? 1 : s.timeDegree();
        for (int d : s.degrees()) {
            m = Math.max(m, d);
        }
        return m;
    }

    private static double number(Map<String, Object> base, String key, String where) {
        Object v = PlainYaml.get(base, key);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new InputError(where, "the base case has no number at " + key, "give the base case a " + key);
    }
}
