package org.ssbfem.solver.electrochem;

import org.ssbfem.solver.space.FunctionSpace;
import org.ssbfem.solver.space.Integrals;

/**
 * Measures a state of the cell: terminal voltage, collector and interface currents, lithium
 * inventory and lithiation (mean by integral, min and max over nodes). Knows the CAM volume and
 * the initial inventory. Inputs are not modified.
 */
public final class CellMonitor {
    private final CellModel model;
    private final double camVolumeM3;
    private final double initialInventoryMol;
    /** {@code int phi_i dV} of every c dof: the inventory is their dot product with c. */
    private final double[] weightsM3;

    public CellMonitor(CellModel model) {
        this.model = model;
        FunctionSpace cs = model.layout().space(2);
        this.weightsM3 = Integrals.dofWeights(cs);
        double volume = 0;
        for (double w : weightsM3) {
            volume += w;
        }
        this.camVolumeM3 = volume;
        this.initialInventoryMol = inventoryMol(model.restState());
    }

    public CellModel model() { return model; }

    /** Volume of the meshed CAM, m^3 (m^2 in 2D). */
    public double camVolumeM3() { return camVolumeM3; }

    /** {@code int c dV} over the CAM, mol (mol/m in 2D). */
    public double inventoryMol(double[] u) {
        double[] c = model.layout().extract(model.full(u), 2);
        double sum = 0;
        for (int i = 0; i < c.length; i++) {
            sum += weightsM3[i] * c[i];
        }
        return sum;
    }

    /** Theoretical capacity {@code F c_max (x_max - x_0) V_cam}, C (MODEL.md section 4). */
    public double theoreticalCapacityC() {
        CellParameters p = model.params();
        return org.ssbfem.solver.physics.ButlerVolmer.FARADAY_C_PER_MOL * p.cMaxMolPerM3()
                * (p.maxLithiation() - p.initialLithiation()) * camVolumeM3;
    }

    /**
     * A snapshot of state {@code u} (SI reduced unknowns) at {@code timeS}.
     *
     * @param currentA the collector current, A
     * @param chargeC the charge passed up to this state, C
     * @param stats how the step that reached it went
     */
    public Snapshot observe(int protocolStep, double timeS, double[] u, double currentA, double chargeC,
                            StepStats stats) {
        double cMax = model.params().cMaxMolPerM3();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < u.length; i++) {
            if (model.fieldOf(i) == 2) {
                lo = Math.min(lo, u[i] / cMax);
                hi = Math.max(hi, u[i] / cMax);
            }
        }
        double inventory = inventoryMol(u);
        return new Snapshot(protocolStep, timeS, u[model.voltageUnknown()] + model.offsetV(), currentA, model.interfaceCurrentA(u),
                chargeC, inventory - initialInventoryMol, inventory / (cMax * camVolumeM3), lo, hi, stats.stepS(),
                stats.order(), stats.newtonIterations(), stats.linearIterations());
    }

    /**
     * How the step to a state went.
     *
     * @param stepS step size, s (0 for the initial state)
     * @param order BDF order (0 for the initial state)
     * @param newtonIterations Newton iterations, failed attempts included
     * @param linearIterations Krylov iterations
     */
    public record StepStats(double stepS, int order, int newtonIterations, int linearIterations) {
        /** The initial state: no step. */
        public static final StepStats NONE = new StepStats(0, 0, 0, 0);
    }
}
