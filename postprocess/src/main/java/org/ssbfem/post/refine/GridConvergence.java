package org.ssbfem.post.refine;

/**
 * Observed order of convergence, Richardson extrapolation and Roache's grid convergence index
 * (GCI) of one quantity over a sequence of grids, following Celik et al., "Procedure for
 * estimation and reporting of uncertainty due to discretization in CFD applications", J. Fluids
 * Eng. 130 (2008) 078001, generalized to non-constant refinement ratios by their fixed-point
 * iteration for p.
 *
 * <p>Notation (index 1 is the finest grid): {@code r21 = h2/h1}, {@code r32 = h3/h2},
 * {@code e21 = f2 - f1}, {@code e32 = f3 - f2}, {@code s = sign(e32/e21)},
 * {@code p = |ln|e32/e21| + q(p)| / ln r21}, {@code q(p) = ln((r21^p - s)/(r32^p - s))};
 * {@code f_ext = (r21^p f1 - f2)/(r21^p - 1)}; {@code GCI_fine = Fs |e21/f1| / (r21^p - 1)},
 * {@code GCI_coarse = Fs |e32/f2| / (r32^p - 1)}; the sequence is in the asymptotic range when
 * {@code GCI_coarse / (r21^p GCI_fine)} is near 1. Fs is 1.25 with three or more grids and 3.0
 * with two (Roache 1997, Annu. Rev. Fluid Mech. 29, 123). Only monotone sequences get an order;
 * oscillating and diverging ones are classified, not extrapolated.
 */
public final class GridConvergence {
    /** Roache's safety factor for three or more grids. */
    public static final double FS_THREE = 1.25;
    /** Roache's safety factor for two grids. */
    public static final double FS_TWO = 3.0;
    private static final int MAX_ITERATIONS = 200;
    private static final double ROUND_OFF = 1e-12;

    private GridConvergence() {
    }

    /**
     * Analyses the finest three levels (or two) of a sequence.
     *
     * @param h characteristic grid sizes, any order, all positive and distinct (not modified)
     * @param f the quantity on each grid, same order as {@code h} (not modified)
     * @param formalOrder order assumed when only two levels exist (the method's theoretical order)
     * @return the analysis; never throws for odd data (it classifies it)
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public static ConvergenceResult analyze(double[] h, double[] f, double formalOrder) {
        return analyze(h, f, formalOrder, ROUND_OFF);
    }

    /**
     * As {@link #analyze(double[], double[], double)}, with changes between levels below
     * {@code noiseRel |f1|} taken as no change ({@link Convergence#GRID_INDEPENDENT}): solver
     * tolerances and adaptive steps leave such a floor, and its sign pattern says nothing.
     *
     * @param noiseRel relative noise threshold (e.g. 1e-4), at least round-off
     */
    public static ConvergenceResult analyze(double[] h, double[] f, double formalOrder, double noiseRel) {
        if (h.length != f.length) {
            throw new IllegalArgumentException("h and f differ in length: " + h.length + " vs " + f.length);
        }
        Integer[] idx = finestFirst(h, f);
        if (idx.length < 2) {
            return ConvergenceResult.none(Convergence.INSUFFICIENT, idx.length == 1 ? f[idx[0]] : Double.NaN);
        }
        if (idx.length == 2) {
            return twoLevels(h[idx[0]], h[idx[1]], f[idx[0]], f[idx[1]], formalOrder);
        }
        return threeLevels(new double[] {h[idx[0]], h[idx[1]], h[idx[2]]},
                new double[] {f[idx[0]], f[idx[1]], f[idx[2]]}, Math.max(noiseRel, ROUND_OFF));
    }

    /** Indices of the finite levels sorted finest first. */
    private static Integer[] finestFirst(double[] h, double[] f) {
        return java.util.stream.IntStream.range(0, h.length)
                .filter(i -> h[i] > 0 && Double.isFinite(h[i]) && Double.isFinite(f[i])).boxed()
                .sorted((a, b) -> Double.compare(h[a], h[b])).toArray(Integer[]::new);
    }

    private static ConvergenceResult threeLevels(double[] h, double[] f, double noiseRel) {
        double e21 = f[1] - f[0];
        double e32 = f[2] - f[1];
        double scale = Math.max(Math.abs(f[0]), Double.MIN_NORMAL);
        if (Math.abs(e21) <= noiseRel * scale && Math.abs(e32) <= noiseRel * scale) {
            return ConvergenceResult.none(Convergence.GRID_INDEPENDENT, f[0]);
        }
        double ratio = e21 / e32;
        if (!(Math.abs(ratio) < 1)) {
            return ConvergenceResult.none(Convergence.DIVERGENT, f[0]);
        }
        if (ratio < 0) {
            return ConvergenceResult.none(Convergence.OSCILLATORY, f[0]);
        }
        double r21 = h[1] / h[0];
        double r32 = h[2] / h[1];
        double p = observedOrder(r21, r32, e21, e32);
        if (!Double.isFinite(p)) {
            return ConvergenceResult.none(Convergence.DIVERGENT, f[0]);
        }
        return result(Convergence.MONOTONE, f, r21, r32, p, FS_THREE);
    }

    private static ConvergenceResult twoLevels(double h1, double h2, double f1, double f2, double formalOrder) {
        double r21 = h2 / h1;
        double[] f = {f1, f2, Double.NaN};
        return result(Convergence.TWO_LEVELS, f, r21, Double.NaN, formalOrder, FS_TWO);
    }

    /**
     * Celik's fixed-point iteration for the observed order; for a constant ratio it is
     * {@code ln(e32/e21) / ln r} in one step. NaN when it does not settle.
     */
    static double observedOrder(double r21, double r32, double e21, double e32) {
        double s = Math.signum(e32 / e21);
        double lnRatio = Math.log(Math.abs(e32 / e21));
        double p = Math.abs(lnRatio) / Math.log(r21);
        for (int k = 0; k < MAX_ITERATIONS; k++) {
            double q = Math.log((Math.pow(r21, p) - s) / (Math.pow(r32, p) - s));
            double next = Math.abs(lnRatio + q) / Math.log(r21);
            if (Math.abs(next - p) <= 1e-12 * Math.max(1, Math.abs(p))) {
                return next;
            }
            p = next;
        }
        return Double.NaN;
    }

    private static ConvergenceResult result(Convergence kind, double[] f, double r21, double r32, double p, double fs) {
        double rp = Math.pow(r21, p);
        double ext = (rp * f[0] - f[1]) / (rp - 1);
        double ea21 = Math.abs((f[0] - f[1]) / f[0]);
        double gciFine = fs * ea21 / (rp - 1);
        double gciCoarse = Double.NaN;
        double asymptotic = Double.NaN;
        if (Double.isFinite(r32)) {
            double ea32 = Math.abs((f[1] - f[2]) / f[1]);
            gciCoarse = fs * ea32 / (Math.pow(r32, p) - 1);
            asymptotic = gciCoarse / (rp * gciFine);
        }
        double eExt = Math.abs((ext - f[0]) / ext);
        return new ConvergenceResult(kind, f[0], p, ext, ea21, eExt, gciFine, gciCoarse, asymptotic, fs, r21, r32);
    }
}
