package org.ssbfem.post.refine;

import java.util.List;
import org.knowm.xchart.XYChart;

/**
 * A log-log plot of errors against unknowns for several series, with reference slopes
 * {@code N^(-k/dim)} (k = 1 to 4) through the first point of the first series; PNG via XChart.
 */
public final class ErrorPlot {
    /**
     * One series.
     *
     * @param name legend entry
     * @param unknowns x values (positive)
     * @param errors y values (positive)
     */
    public record Series(String name, double[] unknowns, double[] errors) { }

    private ErrorPlot() {
    }

    /** The PNG, or null when no series has two points. */
    public static byte[] png(String title, String yTitle, List<Series> series, int dim) {
        XYChart c = Charts.chart(title, "unknowns", yTitle);
        c.getStyler().setXAxisLogarithmic(true);
        c.getStyler().setYAxisLogarithmic(true);
        double[] anchor = null;
        double maxN = 0;
        for (Series s : series) {
            if (s.unknowns().length >= 2) {
                Charts.points(c, s.name(), s.unknowns(), s.errors());
                anchor = anchor == null ? new double[] {s.unknowns()[0], s.errors()[0]} : anchor;
                for (double n : s.unknowns()) {
                    maxN = Math.max(maxN, n);
                }
            }
        }
        if (anchor == null) {
            return null;
        }
        for (int k = 1; k <= 4; k++) {
            double e1 = anchor[1] * Math.pow(maxN / anchor[0], -(double) k / dim);
            Charts.line(c, "slope h^" + k, new double[] {anchor[0], maxN}, new double[] {anchor[1], e1});
        }
        return Charts.png(c);
    }
}
