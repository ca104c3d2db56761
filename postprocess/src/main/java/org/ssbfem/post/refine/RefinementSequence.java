package org.ssbfem.post.refine;

import java.util.List;

/**
 * Runs that differ in one discretization parameter only.
 *
 * @param name e.g. {@code h P1}
 * @param parameterName what is refined, with unit (e.g. {@code mesh size_um})
 * @param timeStep true for a time-step sequence (h is the tolerance), false for mesh sizes
 * @param formalOrder order assumed when only two levels completed
 * @param noiseRel changes below this fraction of the finest value count as no change
 * @param levels the runs, any order
 */
public record RefinementSequence(String name, String parameterName, boolean timeStep, double formalOrder,
                                 double noiseRel, List<RefinementLevel> levels) {
    /** Characteristic sizes of the levels (NaN for failed ones). */
    public double[] h() {
        return levels.stream().mapToDouble(l -> l.complete() ? l.h() : Double.NaN).toArray();
    }

    /** The quantity on every level (NaN where missing). */
    public double[] values(String quantity) {
        return levels.stream().mapToDouble(l -> l.value(quantity)).toArray();
    }

    /** Observed order, extrapolation and GCI of {@code quantity} over this sequence. */
    public ConvergenceResult analyze(String quantity) {
        return GridConvergence.analyze(h(), values(quantity), formalOrder, noiseRel);
    }
}
