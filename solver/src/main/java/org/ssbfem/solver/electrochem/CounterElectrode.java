package org.ssbfem.solver.electrochem;

import java.util.Locale;
import org.ssbfem.solver.physics.CounterElectrodeKinetics;

/**
 * The counter electrode at the {@code anode} face (MODEL.md section 1): ideal (phi_e = 0 there,
 * no overpotential) or with Butler-Volmer kinetics of its own. Its metal is the potential
 * reference of the model (0 V); {@code potentialVsLiV} (0 for Li, about 0.62 V for Li-In) converts
 * voltages against it into voltages against Li/Li+.
 *
 * @param kinetics the Butler-Volmer flux, or null for the ideal electrode
 * @param potentialVsLiV the counter electrode's equilibrium potential against Li/Li+, V
 */
public record CounterElectrode(CounterElectrodeKinetics kinetics, double potentialVsLiV) {
    /** @throws IllegalArgumentException for a non-finite potential */
    public CounterElectrode {
        if (!Double.isFinite(potentialVsLiV)) {
            throw new IllegalArgumentException("counter electrode potential must be finite: " + potentialVsLiV);
        }
    }

    /** An ideal lithium metal counter electrode. */
    public static CounterElectrode idealLithium() { return new CounterElectrode(null, 0.0); }

    /** True without kinetics (phi_e = 0 on the anode face). */
    public boolean ideal() { return kinetics == null; }

    /** One line for logs. */
    public String describe() {
        return String.format(Locale.ROOT, "%s counter electrode at %.4g V vs Li", ideal() ? "ideal" : kinetics.toString(),
                potentialVsLiV);
    }
}
