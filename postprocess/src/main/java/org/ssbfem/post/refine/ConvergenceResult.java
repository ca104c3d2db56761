package org.ssbfem.post.refine;

/**
 * The outcome of {@link GridConvergence#analyze}. Relative quantities are fractions (0.02 = 2 %).
 * For sequences that are not {@link Convergence#MONOTONE} or {@link Convergence#TWO_LEVELS}, the
 * order, extrapolation and GCI are NaN: they are reported as the classification, not as numbers.
 *
 * @param kind classification of the sequence
 * @param finest the value on the finest grid
 * @param observedOrder observed order p (the formal order for two levels)
 * @param extrapolated Richardson-extrapolated value f_ext21
 * @param approxRelError |f1 - f2| / |f1| (e_a21)
 * @param extrapolatedRelError |f_ext - f1| / |f_ext| (e_ext21)
 * @param gciFine GCI of the finest grid, relative
 * @param gciCoarse GCI of the middle grid (from grids 2 and 3), relative
 * @param asymptoticRatio GCI_coarse / (r21^p GCI_fine); near 1 in the asymptotic range
 * @param safetyFactor Fs used (1.25 or 3)
 * @param r21 h2 / h1
 * @param r32 h3 / h2 (NaN for two levels)
 */
public record ConvergenceResult(Convergence kind, double finest, double observedOrder, double extrapolated,
                                double approxRelError, double extrapolatedRelError, double gciFine, double gciCoarse,
                                double asymptoticRatio, double safetyFactor, double r21, double r32) {

    static ConvergenceResult none(Convergence kind, double finest) {
        double n = Double.NaN;
        return new ConvergenceResult(kind, finest, n, n, n, n, n, n, n, n, n, n);
    }

    /** True when the order and GCI are numbers. */
    public boolean hasEstimate() {
        return Double.isFinite(gciFine) && Double.isFinite(extrapolated);
    }

    /**
     * The verdict against a relative tolerance: "pass" when the fine-grid GCI is within it, "fail"
     * when not, else the classification (oscillatory, divergence, ...), which is never a pass
     * except for a grid-independent value.
     *
     * @param toleranceRel relative tolerance (0.01 = 1 %)
     */
    public String verdict(double toleranceRel) {
        if (kind == Convergence.GRID_INDEPENDENT) {
            return "pass";
        }
        if (!hasEstimate()) {
            return kind.text();
        }
        return gciFine <= toleranceRel ? "pass" : "fail";
    }
}
