package org.ssbfem.solver.study.refinement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Curve-valued quantities of a discharge run, read from its {@code discharge_curve.csv} by column
 * name (the columns written by the discharge study's CurveWriter: {@code time_s},
 * {@code protocol_step}, {@code capacity_mAh_g}, {@code voltage_V}, {@code mean_lithiation}, ...):
 * the voltage at a given capacity of the first protocol step and the mean lithiation at a given
 * time, both by linear interpolation; NaN outside the curve.
 */
final class CurveQuantities {
    static final String FILE = "discharge_curve.csv";
    private final List<double[]> rows;
    private final String[] header;

    private CurveQuantities(String[] header, List<double[]> rows) {
        this.header = header;
        this.rows = rows;
    }

    /** Name of the voltage at capacity {@code q} mAh/g, e.g. {@code voltage_at_capacity.100_mAh_g}. */
    static String voltageName(double q) {
        return "voltage_at_capacity." + num(q) + "_mAh_g";
    }

    /** Name of the mean lithiation at time {@code t} s, e.g. {@code lithiation_at_time.600_s}. */
    static String lithiationName(double t) {
        return "lithiation_at_time." + num(t) + "_s";
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }

    /** Reads the curve of a run folder, or null when it has none. */
    static CurveQuantities read(Path runDir) throws IOException {
        Path f = runDir.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return null;
        }
        List<String> lines = Files.readAllLines(f);
        if (lines.isEmpty()) {
            return null;
        }
        List<double[]> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            if (!l.isBlank()) {
                rows.add(Arrays.stream(l.split(",")).mapToDouble(CurveQuantities::parse).toArray());
            }
        }
        return new CurveQuantities(lines.get(0).split(","), rows);
    }

    private static double parse(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private int column(String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].trim().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException(FILE + " has no column " + name + " (columns: " + String.join(",", header) + ")");
    }

    /** Voltage (V vs the counter electrode) where the first protocol step reaches {@code q} mAh/g. */
    double voltageAtCapacity(double q) {
        return interpolate(firstStep(), column("capacity_mAh_g"), column("voltage_V"), q);
    }

    /** Mean lithiation at time {@code t} s. */
    double lithiationAtTime(double t) {
        return interpolate(rows, column("time_s"), column("mean_lithiation"), t);
    }

    /** {capacity mAh/g, voltage V} rows of the first protocol step, for plots. */
    double[][] capacityVoltage() {
        int c = column("capacity_mAh_g");
        int v = column("voltage_V");
        return firstStep().stream().map(r -> new double[] {r[c], r[v]}).toArray(double[][]::new);
    }

    private List<double[]> firstStep() {
        int s = column("protocol_step");
        return rows.stream().filter(r -> r[s] == 1).toList();
    }

    private static double interpolate(List<double[]> rows, int xc, int yc, double x) {
        for (int i = 1; i < rows.size(); i++) {
            double x0 = rows.get(i - 1)[xc];
            double x1 = rows.get(i)[xc];
            if ((x0 <= x && x <= x1) && x1 > x0) {
                double w = (x - x0) / (x1 - x0);
                return (1 - w) * rows.get(i - 1)[yc] + w * rows.get(i)[yc];
            }
        }
        return Double.NaN;
    }
}
