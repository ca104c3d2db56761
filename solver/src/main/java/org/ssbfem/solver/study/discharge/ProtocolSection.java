package org.ssbfem.solver.study.discharge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.solver.casefile.CaseNode;
import org.ssbfem.solver.electrochem.CellParameters;
import org.ssbfem.solver.electrochem.ProtocolStep;

/**
 * Reads and checks the {@code protocol:} list of a discharge case. Voltages are against the
 * counter electrode; currents as a C-rate (of the meshed CAM's theoretical capacity, MODEL.md
 * section 4) or a current density per collector (box cross-section) area; positive currents
 * discharge.
 *
 * <pre>
 * protocol:
 *   - {type: cc, c_rate: 1.0, cutoff_V: 3.0}          # or current_A_per_m2: 20; max_duration_s [2 / |C-rate| h];
 *                                                     # capacity_mAh_per_g: the step ends after passing that charge
 *   - {type: rest, duration_s: 600}
 *   - {type: cv, voltage_V: 3.0, min_c_rate: 0.05, max_duration_s: 3600}   # or min_current_A_per_m2
 *   - {type: cccv, c_rate: 1.0, cutoff_V: 3.0, min_c_rate: 0.05, cv_max_duration_s: 3600}  # CC, then CV at the cut-off
 *   - {type: gitt, pulses: 20, c_rate: 0.1, pulse_s: 600, rest_s: 3600, cutoff_V: 3.0}  # (CC pulse, rest) x pulses
 * </pre>
 *
 * The currents are known only once the mesh is: {@link #build} makes the steps then.
 */
final class ProtocolSection {
    private static final Logger LOG = LoggerFactory.getLogger(ProtocolSection.class);

    /** How currents and capacities are given and converted (camMassG: the meshed CAM's mass, g). */
    record Scale(double oneCA, double collectorAreaM2, double counterElectrodeVsLiV, double camMassG) {
        double current(double cRate, double densityAPerM2) {
            return Double.isNaN(cRate) ? densityAPerM2 * collectorAreaM2 : cRate * oneCA;
        }

        /** Charge of a specific capacity, C (1 mAh = 3.6 C). */
        double chargeC(double mAhPerG) {
            return mAhPerG * camMassG * 3.6;
        }
    }

    /** A protocol entry read from the case, built into one or more steps once the scale is known. */
    interface Spec {
        List<ProtocolStep> build(Scale s);
    }

    private ProtocolSection() {
    }

    /**
     * @param list the {@code protocol} node (a list of mappings)
     * @param params the cell, for the voltage checks
     * @param ceVsLiV the counter electrode's potential vs Li, V
     */
    static List<Spec> read(CaseNode list, CellParameters params, double ceVsLiV) {
        List<Spec> out = new ArrayList<>();
        if (list.items().isEmpty()) {
            throw new org.ssbfem.mesh.InputError(list.where() + " (protocol)", "the protocol has no steps",
                    "add e.g. '- {type: cc, c_rate: 1, cutoff_V: 3.0}'");
        }
        for (CaseNode item : list.items()) {
            String type = item.choice("type", null, "cc", "cv", "rest", "cccv", "gitt");
            if (type == null) {
                throw item.error("type", "every protocol step needs a type", "write type: cc, cv, rest, cccv or gitt");
            }
            out.add(switch (type) {
                case "cc" -> constantCurrent(item, params, ceVsLiV);
                case "cv" -> constantVoltage(item, ceVsLiV);
                case "cccv" -> ProtocolSequences.cccv(item, constantCurrent(item, params, ceVsLiV), ceVsLiV);
                case "gitt" -> ProtocolSequences.gitt(item, constantCurrent(item, params, ceVsLiV));
                default -> rest(item);
            });
        }
        return out;
    }

    private static Spec constantCurrent(CaseNode n, CellParameters p, double ceVsLiV) {
        double[] current = current(n, "c_rate", "current_A_per_m2", true);
        double cutoff = n.number("cutoff_V");
        double cutoffVsLi = cutoff + ceVsLiV;
        boolean discharge = (Double.isNaN(current[0]) ? current[1] : current[0]) > 0;
        double u0 = p.ocvV().value(p.initialLithiation());
        double uMax = p.ocvV().value(p.maxLithiation());
        if (!(cutoffVsLi > 0)) {
            throw n.error("cutoff_V", "a cut-off of " + cutoffVsLi + " V vs Li is not positive", "give e.g. 3.0");
        }
        if (discharge && cutoffVsLi >= u0) {
            throw n.error("cutoff_V", String.format(Locale.ROOT, "the discharge cut-off %.4g V vs Li is not below the"
                    + " OCV at the initial lithiation, U(%.4g) = %.4g V: the step would end at once", cutoffVsLi,
                    p.initialLithiation(), u0), "lower the cut-off or the initial lithiation");
        }
        if (!discharge && cutoffVsLi <= uMax) {
            throw n.error("cutoff_V", String.format(Locale.ROOT, "the charge cut-off %.4g V vs Li is below the OCV at"
                    + " the maximum lithiation, U(%.4g) = %.4g V", cutoffVsLi, p.maxLithiation(), uMax),
                    "raise the charge cut-off");
        }
        if (discharge && cutoffVsLi < uMax) {
            LOG.info("discharge cut-off {} V vs Li lies below the OCV table's end U({}) = {} V: it is reached through"
                    + " the overpotential as the CAM surface fills", cutoffVsLi, p.maxLithiation(), uMax);
        }
        double maxDuration = n.has("max_duration_s") ? n.positive("max_duration_s", 1.0) : Double.NaN;
        double capacity = n.has("capacity_mAh_per_g") ? n.positive("capacity_mAh_per_g", 1.0) : Double.NaN;
        return s -> {
            double amps = s.current(current[0], current[1]);
            double limit = Double.isNaN(maxDuration) ? 2 * 3600 * s.oneCA() / Math.abs(amps) : maxDuration;
            if (!Double.isNaN(capacity)) {
                limit = Math.min(limit, s.chargeC(capacity) / Math.abs(amps));
            }
            return List.of(new ProtocolStep.ConstantCurrent(amps, cutoffVsLi, limit));
        };
    }

    private static Spec constantVoltage(CaseNode n, double ceVsLiV) {
        double v = n.number("voltage_V") + ceVsLiV;
        if (!(v > 0)) {
            throw n.error("voltage_V", "a voltage of " + v + " V vs Li is not positive", "give e.g. 3.0");
        }
        double[] min = current(n, "min_c_rate", "min_current_A_per_m2", false);
        double duration = n.positive("max_duration_s", 3600.0);
        boolean none = Double.isNaN(min[0]) && Double.isNaN(min[1]);
        return s -> List.of(new ProtocolStep.ConstantVoltage(v, none ? 0.0 : Math.abs(s.current(min[0], min[1])),
                duration));
    }

    private static Spec rest(CaseNode n) {
        double duration = n.number("duration_s");
        if (!(duration > 0)) {
            throw n.error("duration_s", "must be positive, got " + duration, "give the rest time in seconds");
        }
        return s -> List.of(new ProtocolStep.Rest(duration));
    }

    /** {C-rate, current density}: exactly one of the two keys (NaN for the other), unless optional. */
    static double[] current(CaseNode n, String rateKey, String densityKey, boolean required) {
        boolean rate = n.has(rateKey);
        boolean density = n.has(densityKey);
        if (rate && density || required && !rate && !density) {
            throw n.error(rateKey, "give exactly one of " + rateKey + " and " + densityKey,
                    "e.g. " + rateKey + ": 1.0 (positive: discharge)");
        }
        double r = rate ? n.number(rateKey) : Double.NaN;
        double d = density ? n.number(densityKey) : Double.NaN;
        if (required && (rate ? r : d) == 0) {
            throw n.error(rate ? rateKey : densityKey, "a constant-current step needs a current other than 0",
                    "use a rest step for zero current");
        }
        return new double[] {r, d};
    }
}
