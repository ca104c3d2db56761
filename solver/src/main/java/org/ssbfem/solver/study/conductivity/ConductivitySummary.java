package org.ssbfem.solver.study.conductivity;

import org.ssbfem.post.Summary;
import org.ssbfem.solver.linalg.SolveReport;

/**
 * Puts the results of one transport {@code <t>} into the summary (names of MODEL.md section 7):
 * <ul>
 *   <li>{@code effective_conductivity.<t>} (S/m), from the plate currents;
 *       {@code effective_conductivity_energy.<t>} (S/m), from the dissipated power, and
 *       {@code effective_conductivity_energy_difference.<t>} (relative);</li>
 *   <li>{@code current_imbalance.<t>}: |I_high + I_low| / max |I| of the two plates;
 *       {@code current.<t>} (A; A/m in 2D): the current through the box;</li>
 *   <li>{@code tortuosity_factor.<t>} = eps sigma_bulk / sigma_eff and
 *       {@code bruggeman_conductivity.<t>} = eps^1.5 sigma_bulk (S/m), when the transport has one bulk
 *       conductivity and (tortuosity) a spanning cluster; {@code conducting_volume_fraction.<t>} = eps;</li>
 *   <li>{@code isolated_volume_fraction.<t>} and {@code dead_end_volume_fraction.<t>}: volume of the
 *       clusters touching neither plate / one plate only, over the box volume;</li>
 *   <li>{@code effective_conductivity_reason.<t>} (text) when sigma_eff is 0; the energy, imbalance
 *       and current entries are then left out.</li>
 * </ul>
 * Each per-direction name is written for every direction with the suffix {@code .x}, {@code .y},
 * {@code .z}, and without suffix for the first direction. Solver figures: {@code solver.unknowns.<t>},
 * {@code solver.iterations.<t>.<d>}, {@code time.pattern.<t>}, {@code time.assembly.<t>},
 * {@code time.solver_setup.<t>.<d>}, {@code time.solve.<t>.<d>}, {@code time.direction.<t>.<d>} (all of
 * one direction: plates, clusters, elimination, solve, currents, current field) (s).
 */
final class ConductivitySummary {
    private ConductivitySummary() {
    }

    static void transport(Summary s, TransportResult t) {
        String k = t.transport().key();
        if (t.reason() != null) {
            s.quantity("effective_conductivity." + k, 0.0, "S/m");
            s.info("effective_conductivity_reason." + k, t.reason());
            return;
        }
        s.quantity("conducting_volume_fraction." + k, t.volumeFraction(), "1");
        t.bruggemanSPerM().ifPresent(b -> s.quantity("bruggeman_conductivity." + k, b, "S/m"));
        s.info("solver.unknowns." + k, t.unknowns());
        s.quantity("time.pattern." + k, t.patternSeconds(), "s");
        s.quantity("time.assembly." + k, t.assemblySeconds(), "s");
        for (int i = 0; i < t.directions().size(); i++) {
            DirectionResult r = t.directions().get(i);
            direction(s, t, r, k + "." + r.axis().key());
            if (i == 0) {
                direction(s, t, r, k);
            }
        }
    }

    private static void direction(Summary s, TransportResult t, DirectionResult r, String k) {
        s.quantity("effective_conductivity." + k, r.sigmaEffSPerM(), "S/m");
        if (r.spans()) {
            s.quantity("effective_conductivity_energy." + k, r.sigmaEnergySPerM(), "S/m");
            s.quantity("effective_conductivity_energy_difference." + k, r.energyDifference(), "1");
            s.quantity("current_imbalance." + k, r.imbalance(), "1");
            s.quantity("current." + k, r.currentA(), t.space().mesh().dim() == 3 ? "A" : "A/m");
        } else {
            s.info("effective_conductivity_reason." + k, r.reason());
        }
        t.tortuosity(r).ifPresent(v -> s.quantity("tortuosity_factor." + k, v, "1"));
        double box = r.lengthM() * r.areaM2();
        s.quantity("isolated_volume_fraction." + k, r.clusters().volume(Clusters.Kind.ISOLATED) / box, "1");
        s.quantity("dead_end_volume_fraction." + k, r.clusters().volume(Clusters.Kind.DEAD_END) / box, "1");
        s.quantity("time.direction." + k, r.wallSeconds(), "s");
        SolveReport rep = r.solve();
        if (rep != null) {
            s.info("solver.iterations." + k, rep.iterations());
            s.quantity("time.solver_setup." + k, rep.setupSeconds(), "s");
            s.quantity("time.solve." + k, rep.solveSeconds(), "s");
        }
    }
}
