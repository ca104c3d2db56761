package org.ssbfem.solver.study.conductivity;

import org.ssbfem.solver.linalg.SolveReport;

/**
 * The conduction problem of one transport in one direction, solved.
 *
 * <p>Currents are the consistent reactions at the plate dofs: {@code (K u)_i} summed over the dofs
 * of a plate, which is the current entering the conductor there (A; A/m in 2D). The current
 * through the box is their mean, {@code (currentHighA - currentLowA) / 2}, so that a small
 * imbalance does not favour a side.
 *
 * @param axis direction of the applied potential difference
 * @param appliedV potential difference, V
 * @param lengthM box length along the axis, m
 * @param areaM2 box cross-section normal to the axis, m^2 (2D: m)
 * @param currentLowA reaction summed over the low plate (potential 0): negative, current leaves
 * @param currentHighA reaction summed over the high plate (potential applied_V): positive
 * @param clusters which clusters span, dead-end or are isolated, with their volumes
 * @param solve linear solve statistics, or null when nothing had to be solved (no spanning cluster)
 * @param reason why the effective conductivity is zero, or null when a cluster spans the box
 * @param potentialV potential per space dof, V
 * @param field current density and dissipated power
 * @param wallSeconds wall time of the whole direction (plates, clusters, elimination, solve,
 *     reactions, current field), s
 */
public record DirectionResult(Axis axis, double appliedV, double lengthM, double areaM2, double currentLowA,
                              double currentHighA, Clusters.Classification clusters, SolveReport solve,
                              String reason, double[] potentialV, CurrentField field,
                              double wallSeconds) {

    /** True when a cluster connects the plates. */
    public boolean spans() { return reason == null; }

    /** Current through the box, A (mean of the two plates). */
    public double currentA() { return 0.5 * (currentHighA - currentLowA); }

    /** Effective conductivity from the plate currents, I / (A V / L), S/m; 0 when nothing spans. */
    public double sigmaEffSPerM() { return spans() ? currentA() * lengthM / (areaM2 * appliedV) : 0.0; }

    /** Effective conductivity from the dissipated power, P / (A V^2 / L), S/m. */
    public double sigmaEnergySPerM() { return field.powerW() * lengthM / (areaM2 * appliedV * appliedV); }

    /**
     * Relative imbalance of the plate currents, |I_high + I_low| / max(|I_high|, |I_low|); 0 when no
     * cluster spans (the currents are then rounding noise).
     */
    public double imbalance() {
        if (!spans()) {
            return 0.0;
        }
        double scale = Math.max(Math.abs(currentHighA), Math.abs(currentLowA));
        return scale > 0 ? Math.abs(currentHighA + currentLowA) / scale : 0.0;
    }

    /** Relative difference of the energy and the flux values, |s_E - s| / s; 0 when nothing spans. */
    public double energyDifference() {
        double s = sigmaEffSPerM();
        return s > 0 ? Math.abs(sigmaEnergySPerM() - s) / s : 0.0;
    }
}
