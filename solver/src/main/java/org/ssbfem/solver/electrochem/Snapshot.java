package org.ssbfem.solver.electrochem;

/**
 * The cell after an accepted step: what the discharge curve, the checks and the summary read.
 * Currents are positive on discharge; in 2D every extensive quantity is per metre of depth.
 *
 * @param protocolStep index of the protocol step (0-based)
 * @param timeS time, s
 * @param voltageV terminal voltage V vs the counter electrode, V
 * @param currentA collector current, A: the net current of the merged collector row (equal to the
 *     applied current in galvanostatic steps up to Newton's tolerance)
 * @param interfaceCurrentA {@code -int i_n dA} over the CAM/SE interface, A
 * @param chargeC charge passed since the start, {@code int currentA dt} by the same BDF formula as
 *     the lithium balance, C
 * @param insertedLiMol change of the CAM's lithium inventory {@code int c dV} since the start, mol
 * @param meanLithiation {@code int c dV / (c_max V_cam)}
 * @param minLithiation smallest nodal c / c_max
 * @param maxLithiation largest nodal c / c_max (the surface, on discharge)
 * @param stepS the step that reached this state, s
 * @param order its BDF order
 * @param newtonIterations Newton iterations of the step (attempts that failed included)
 * @param linearIterations Krylov iterations of the step (0 for direct solves)
 */
public record Snapshot(int protocolStep, double timeS, double voltageV, double currentA, double interfaceCurrentA,
                       double chargeC, double insertedLiMol, double meanLithiation, double minLithiation,
                       double maxLithiation, double stepS, int order, int newtonIterations, int linearIterations) {
}
