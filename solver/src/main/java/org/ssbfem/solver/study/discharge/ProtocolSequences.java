package org.ssbfem.solver.study.discharge;

import java.util.ArrayList;
import java.util.List;
import org.ssbfem.solver.casefile.CaseNode;
import org.ssbfem.solver.electrochem.ProtocolStep;

/**
 * The protocol entries that expand into several steps: CC-CV (a constant-current step, then a
 * constant-voltage hold at its cut-off) and GITT (pulses of constant current, each followed by a
 * rest). Each step keeps its own end condition: a GITT pulse that reaches the cut-off ends there
 * and the rest that follows still runs, as on a cycler.
 */
final class ProtocolSequences {
    private ProtocolSequences() {
    }

    /**
     * {@code {type: cccv, c_rate | current_A_per_m2, cutoff_V, min_c_rate | min_current_A_per_m2,
     * cv_max_duration_s}}: the CC part as read by {@code cc}, then CV at the cut-off.
     */
    static ProtocolSection.Spec cccv(CaseNode n, ProtocolSection.Spec cc, double ceVsLiV) {
        double hold = n.number("cutoff_V") + ceVsLiV;
        double[] min = ProtocolSection.current(n, "min_c_rate", "min_current_A_per_m2", false);
        if (Double.isNaN(min[0]) && Double.isNaN(min[1])) {
            throw n.error("min_c_rate", "a CC-CV step needs the current that ends its CV hold",
                    "add min_c_rate: 0.05 (or min_current_A_per_m2)");
        }
        double duration = n.positive("cv_max_duration_s", 3600.0);
        return s -> {
            List<ProtocolStep> out = new ArrayList<>(cc.build(s));
            out.add(new ProtocolStep.ConstantVoltage(hold, Math.abs(s.current(min[0], min[1])), duration));
            return out;
        };
    }

    /**
     * {@code {type: gitt, pulses, c_rate | current_A_per_m2, pulse_s, rest_s, cutoff_V}}: {@code pulses}
     * times a CC pulse of {@code pulse_s} (ending early at the cut-off) and a rest of {@code rest_s}.
     */
    static ProtocolSection.Spec gitt(CaseNode n, ProtocolSection.Spec cc) {
        int pulses = n.integer("pulses", 10);
        if (pulses < 1 || pulses > 10_000) {
            throw n.error("pulses", "must lie in 1 .. 10000, got " + pulses, "give the number of GITT pulses");
        }
        double pulse = n.number("pulse_s");
        double rest = n.number("rest_s");
        if (!(pulse > 0)) {
            throw n.error("pulse_s", "must be positive, got " + pulse, "give the pulse length in seconds, e.g. 600");
        }
        if (!(rest > 0)) {
            throw n.error("rest_s", "must be positive, got " + rest, "give the rest after each pulse in seconds");
        }
        return s -> {
            ProtocolStep.ConstantCurrent one = (ProtocolStep.ConstantCurrent) cc.build(s).get(0);
            List<ProtocolStep> out = new ArrayList<>();
            for (int k = 0; k < pulses; k++) {
                out.add(new ProtocolStep.ConstantCurrent(one.currentA(), one.cutoffV(), pulse));
                out.add(new ProtocolStep.Rest(rest));
            }
            return out;
        };
    }
}
