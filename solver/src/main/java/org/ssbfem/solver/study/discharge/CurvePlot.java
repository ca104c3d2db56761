package org.ssbfem.solver.study.discharge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.ssbfem.solver.electrochem.Snapshot;

/**
 * {@code discharge_curve.png}: terminal voltage against capacity (mAh/g), one line per protocol
 * step, drawn with XChart at the end of a run (headless).
 */
final class CurvePlot {
    private final List<List<double[]>> steps = new ArrayList<>();

    /** Records a point (capacity mAh/g, voltage V vs the counter electrode) of protocol step {@code step}. */
    void add(int step, double capacityMAhG, double voltageV) {
        while (steps.size() <= step) {
            steps.add(new ArrayList<>());
        }
        steps.get(step).add(new double[] {capacityMAhG, voltageV});
    }

    /** Writes the PNG (800 x 560 px); false (nothing written) when no step has two points. */
    boolean write(Path file, String title) throws IOException {
        if (steps.stream().noneMatch(p -> p.size() >= 2)) {
            return false;
        }
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(800).height(560).title(title).xAxisTitle("capacity (mAh/g)")
                .yAxisTitle("voltage vs counter electrode (V)").build();
        chart.getStyler().setLegendVisible(steps.size() > 1);
        for (int k = 0; k < steps.size(); k++) {
            List<double[]> pts = steps.get(k);
            if (pts.size() < 2) {
                continue;
            }
            double[] x = new double[pts.size()];
            double[] y = new double[pts.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = pts.get(i)[0];
                y[i] = pts.get(i)[1];
            }
            XYSeries s = chart.addSeries("step " + (k + 1), x, y);
            s.setMarker(SeriesMarkers.NONE);
        }
        String name = file.toString();
        BitmapEncoder.saveBitmap(chart, name.endsWith(".png") ? name.substring(0, name.length() - 4) : name,
                BitmapEncoder.BitmapFormat.PNG);
        return true;
    }

    /** Adds {@code s} (convenience). */
    void add(Snapshot s, CellScale scale, double ceVsLiV) {
        add(s.protocolStep(), scale.mAhPerG(s.chargeC()), s.voltageV() - ceVsLiV);
    }
}
