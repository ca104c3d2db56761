package org.ssbfem.solver.study.discharge;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ssbfem.post.Summary;
import org.ssbfem.solver.electrochem.CellParameters;
import org.ssbfem.solver.electrochem.ProtocolRunner;
import org.ssbfem.solver.electrochem.Snapshot;

/**
 * The discharge figures of {@code summary.json} (names of MODEL.md section 7 where it has them):
 * {@code capacity_mAh_g}, {@code capacity_mAh_cm2} and {@code utilization} at the cut-off (the end
 * of the first CC discharge step), energy, mean voltage, times, iteration counts and the worst
 * conservation errors over all steps.
 */
final class DischargeSummary {
    private DischargeSummary() {
    }

    /** What is known before the run: the scales and the stated capacity convention. */
    static void start(Summary s, CellScale scale, CellParameters p, double ceVsLiV, int unknowns, String solver) {
        s.quantity("theoretical_capacity_mAh_g", scale.mAhPerG(scale.theoreticalC()), "mAh/g");
        s.quantity("theoretical_capacity_mAh_cm2", scale.mAhPerCm2(scale.theoreticalC()), "mAh/cm^2");
        s.quantity("one_c_current", scale.oneCA(), "A");
        s.quantity("cam_mass", scale.camMassG(), "g");
        s.quantity("collector_area", scale.collectorAreaCm2(), "cm^2");
        s.quantity("initial_lithiation", p.initialLithiation(), "1");
        s.quantity("max_lithiation", p.maxLithiation(), "1");
        s.quantity("counter_electrode_potential_vs_li", ceVsLiV, "V");
        s.info("capacity_convention", "Q_theoretical = F c_max (x_max - x_0) V_cam of the meshed CAM; 1C = Q_theoretical"
                + " / 1 h (MODEL.md section 4); voltages vs the counter electrode");
        s.info("discharge.unknowns", unknowns);
        s.info("discharge.linear_solver", solver);
    }

    /** The results of a finished (or interrupted) run. */
    static void results(Summary s, DischargeRecorder r, CellScale scale, ProtocolRunner.Counters c, double wallS) {
        Snapshot cut = r.atCutoff();
        if (cut != null) {
            s.quantity("capacity_mAh_g", scale.mAhPerG(cut.chargeC()), "mAh/g");
            s.quantity("capacity_mAh_cm2", scale.mAhPerCm2(cut.chargeC()), "mAh/cm^2");
            s.quantity("utilization", cut.insertedLiMol() / scale.liCapacityMol(), "1");
            s.quantity("energy_mWh_g", r.energyAtCutoffJ() / 3.6 / scale.camMassG(), "mWh/g");
            s.quantity("energy_mWh_cm2", r.energyAtCutoffJ() / 3.6 / scale.collectorAreaCm2(), "mWh/cm^2");
            if (cut.chargeC() != 0) {
                s.quantity("mean_voltage", r.energyAtCutoffJ() / cut.chargeC(), "V");
            }
            s.quantity("discharge_time", cut.timeS(), "s");
            s.quantity("cutoff_reached_voltage_vs_li", cut.voltageV(), "V");
        }
        Snapshot last = r.last();
        if (last != null) {
            s.quantity("simulated_time", last.timeS(), "s");
            s.quantity("final.capacity_mAh_g", scale.mAhPerG(last.chargeC()), "mAh/g");
            s.quantity("final.utilization", last.insertedLiMol() / scale.liCapacityMol(), "1");
            s.quantity("final.voltage_vs_li", last.voltageV(), "V");
            Map<String, Double> x = new LinkedHashMap<>();
            x.put("mean", last.meanLithiation());
            x.put("min", last.minLithiation());
            x.put("max", last.maxLithiation());
            s.info("final.lithiation", x);
        }
        s.quantity("final.energy_mWh_g", r.energyJ() / 3.6 / scale.camMassG(), "mWh/g");
        s.info("time_steps", c.accepted());
        s.info("time_steps_rejected", c.rejected());
        s.info("time_steps_failed", c.failed());
        s.info("newton_iterations", c.newtonIterations());
        s.info("krylov_iterations", c.linearIterations());
        s.info("field_outputs", r.fieldOutputs());
        s.quantity("conservation.lithium_relative_error", r.worstLiBalance(), "1");
        s.quantity("conservation.charge_balance_relative_error", r.worstChargeBalance(), "1");
        if (r.highestLithiation() >= r.lowestLithiation()) {
            s.quantity("bounds.lowest_lithiation", r.lowestLithiation(), "1");
            s.quantity("bounds.highest_lithiation", r.highestLithiation(), "1");
        }
        s.quantity("time.discharge", wallS, "s");
    }

    /**
     * Where the time of this invocation went: {@code time.assembly} (residuals and Jacobians,
     * {@code assemblies.jacobian} and {@code assemblies.residual_only} of them),
     * {@code time.linear_setup} and {@code time.linear_solve} (as the linear solver reports them),
     * {@code time.linear_total} (wall time of the solves, copies included), {@code linear_solves}.
     */
    static void times(Summary s, org.ssbfem.solver.electrochem.CellProblem p, TimedSolver linear) {
        s.quantity("time.assembly", p.assemblySeconds(), "s");
        s.info("assemblies.jacobian", p.jacobianAssemblies());
        s.info("assemblies.residual_only", p.residualAssemblies());
        s.quantity("time.linear_setup", linear.setupSeconds(), "s");
        s.quantity("time.linear_solve", linear.solveSeconds(), "s");
        s.quantity("time.linear_total", linear.wallSeconds(), "s");
        s.info("linear_solves", linear.solves());
    }

    /**
     * What checkpointing cost in this invocation: {@code time.checkpoint} (writing, s),
     * {@code checkpoint.size} (the last file, MB), {@code checkpoint.writes}.
     */
    static void checkpoints(Summary s, Checkpointer c) {
        s.quantity("time.checkpoint", c.writeSeconds(), "s");
        s.quantity("checkpoint.size", c.bytes() * 1e-6, "MB");
        s.info("checkpoint.writes", c.writes());
    }
}
