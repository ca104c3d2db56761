package org.ssbfem.post.refine;

import java.util.Map;

/**
 * One run of a refinement study, as saved in its {@code summary.json}.
 *
 * @param sequence name of the sequence it belongs to (e.g. {@code h P1}, {@code time P1})
 * @param label its folder name (e.g. {@code level-2-P1})
 * @param degree element degree
 * @param parameter the refined parameter's value (mesh size in um, or the time-step tolerance)
 * @param unknowns number of unknowns (0 when unknown)
 * @param h characteristic size used for the ratios: (box volume / unknowns)^(1/3) in um for mesh
 *     sequences, the refined parameter for time sequences
 * @param wallTimeS wall time of the run, s (NaN when failed early)
 * @param error null when the run completed, else the reason it failed
 * @param values quantities of interest by name (absent when the run did not produce them)
 * @param curve discharge curve {capacity mAh/g, voltage V} rows, or null
 */
public record RefinementLevel(String sequence, String label, int degree, double parameter, long unknowns, double h,
                              double wallTimeS, String error, Map<String, Double> values, double[][] curve) {
    /** True when the run completed. */
    public boolean complete() {
        return error == null;
    }

    /** The value of {@code quantity}, NaN when absent or the run failed. */
    public double value(String quantity) {
        Double v = values.get(quantity);
        return complete() && v != null ? v : Double.NaN;
    }
}
