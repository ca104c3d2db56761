package org.ssbfem.post.refine;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;

/**
 * The figures of a refinement report, drawn with XChart: a quantity against h per sequence, the
 * estimated relative error |f - f_ext| / |f_ext| against unknowns (log-log, with reference slopes
 * N^(-k/3)), and the discharge curves of every level overlaid.
 */
final class RefinementPlots {
    private RefinementPlots() {
    }

    /** Quantity against the characteristic size, one series per sequence with two or more values. */
    static byte[] valueAgainstH(String quantity, String unit, List<RefinementSequence> sequences) {
        XYChart c = Charts.chart(quantity, "characteristic size h (um, or time-step parameter)", quantity + " (" + unit
                + ")");
        for (RefinementSequence s : sequences) {
            double[][] xy = finite(s.h(), s.values(quantity));
            if (xy[0].length >= 1) {
                Charts.points(c, s.name(), xy[0], xy[1]);
            }
            ConvergenceResult r = s.analyze(quantity);
            if (r.hasEstimate() && xy[0].length >= 2) {
                double lo = min(xy[0]);
                Charts.line(c, s.name() + " extrapolated", new double[] {lo, max(xy[0])},
                        new double[] {r.extrapolated(), r.extrapolated()});
            }
        }
        return c.getSeriesMap().isEmpty() ? null : Charts.png(c);
    }

    /**
     * Estimated error against unknowns for the mesh sequences whose extrapolation exists, with
     * reference slopes of orders 1 to 4 in h (N^(-k/3)) through the coarsest point; null when none.
     */
    static byte[] errorAgainstUnknowns(String quantity, List<RefinementSequence> sequences) {
        XYChart c = Charts.chart(quantity + ": estimated error", "unknowns", "|f - f_ext| / |f_ext|");
        c.getStyler().setXAxisLogarithmic(true);
        c.getStyler().setYAxisLogarithmic(true);
        double[] anchor = null;
        for (RefinementSequence s : sequences) {
            ConvergenceResult r = s.analyze(quantity);
            if (s.timeStep() || !r.hasEstimate()) {
                continue;
            }
            List<double[]> pts = new ArrayList<>();
            for (RefinementLevel l : s.levels()) {
                double e = Math.abs(l.value(quantity) - r.extrapolated()) / Math.abs(r.extrapolated());
                if (l.unknowns() > 0 && e > 0 && Double.isFinite(e)) {
                    pts.add(new double[] {l.unknowns(), e});
                }
            }
            if (pts.size() < 2) {
                continue;
            }
            pts.sort((a, b) -> Double.compare(a[0], b[0]));
            Charts.points(c, s.name(), pts.stream().mapToDouble(p -> p[0]).toArray(),
                    pts.stream().mapToDouble(p -> p[1]).toArray());
            anchor = anchor == null ? pts.get(0) : anchor;
        }
        if (anchor == null) {
            return null;
        }
        referenceSlopes(c, anchor);
        return Charts.png(c);
    }

    private static void referenceSlopes(XYChart c, double[] anchor) {
        double n0 = anchor[0];
        double n1 = n0 * 30;
        for (int k = 1; k <= 4; k++) {
            double e1 = anchor[1] * Math.pow(n1 / n0, -k / 3.0);
            Charts.line(c, "h^" + k + " (N^-" + k + "/3)", new double[] {n0, n1}, new double[] {anchor[1], e1});
        }
    }

    /** Every level's discharge curve overlaid; null when no level has one. */
    static byte[] curves(List<RefinementSequence> sequences) {
        XYChart c = Charts.chart("discharge curves of every level", "capacity (mAh/g)", "voltage (V)");
        for (RefinementSequence s : sequences) {
            for (RefinementLevel l : s.levels()) {
                if (l.curve() != null && l.curve().length >= 2 && c.getSeriesMap().get(l.label()) == null) {
                    double[] x = new double[l.curve().length];
                    double[] y = new double[x.length];
                    for (int i = 0; i < x.length; i++) {
                        x[i] = l.curve()[i][0];
                        y[i] = l.curve()[i][1];
                    }
                    Charts.line(c, l.label(), x, y);
                }
            }
        }
        return c.getSeriesMap().isEmpty() ? null : Charts.png(c);
    }

    private static double[][] finite(double[] x, double[] y) {
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i]) && x[i] > 0) {
                pts.add(new double[] {x[i], y[i]});
            }
        }
        pts.sort((a, b) -> Double.compare(a[0], b[0]));
        return new double[][] {pts.stream().mapToDouble(p -> p[0]).toArray(), pts.stream().mapToDouble(p -> p[1]).toArray()};
    }

    private static double min(double[] a) {
        return java.util.Arrays.stream(a).min().orElse(Double.NaN);
    }

    private static double max(double[] a) {
        return java.util.Arrays.stream(a).max().orElse(Double.NaN);
    }
}
