package org.ssbfem.solver.study.refinement;

import java.util.Map;

/**
 * One run of a refinement study before it runs: where it goes and which keys of the base case it
 * changes.
 *
 * @param sequenceId sequence it belongs to ({@code h_P1}, {@code time_P1}); used in summary names
 * @param label folder name ({@code level-2-P1}, {@code time-3-P1})
 * @param degree element degree
 * @param parameter the refined value (mesh size in um, or the time-step parameter)
 * @param overrides dotted key path of the base case -> new value (e.g. {@code mesh.size_um -> 1.5})
 */
record LevelPlan(String sequenceId, String label, int degree, double parameter, Map<String, Object> overrides) {
}
