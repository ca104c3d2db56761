package org.ssbfem.solver.study.conductivity;

import java.util.List;
import java.util.OptionalDouble;
import org.ssbfem.solver.space.FunctionSpace;

/**
 * The conduction problems of one transport, one per direction.
 *
 * @param transport the transport
 * @param regions its regions present in the mesh (empty: nothing conducts)
 * @param space the space of the potential (dof numbering of {@link DirectionResult#potentialV()}),
 *     or null when nothing conducts
 * @param volumeFraction volume of those regions / box volume
 * @param sigmaBulkSPerM the one bulk conductivity of the regions (tortuosity and Bruggeman refer to
 *     it); empty for the composite transport or regions of different conductivity
 * @param unknowns unknowns of the linear system (0 when nothing conducts)
 * @param patternSeconds space, sparsity pattern and RCM ordering wall time, s
 * @param assemblySeconds matrix assembly wall time, s
 * @param directions results per direction, in the order asked (empty when nothing conducts)
 * @param reason why nothing was solved (no region of the transport in the mesh), or null
 */
public record TransportResult(Transport transport, List<String> regions, FunctionSpace space, double volumeFraction,
                              OptionalDouble sigmaBulkSPerM, int unknowns, double patternSeconds,
                              double assemblySeconds, List<DirectionResult> directions, String reason) {
    public TransportResult {
        regions = List.copyOf(regions);
        directions = List.copyOf(directions);
    }

    /**
     * Bruggeman's estimate {@code eps^1.5 sigma_bulk}, S/m, or empty without a single bulk value.
     */
    public OptionalDouble bruggemanSPerM() {
        if (sigmaBulkSPerM.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.pow(volumeFraction, 1.5) * sigmaBulkSPerM.getAsDouble());
    }

    /**
     * Tortuosity factor {@code kappa = eps sigma_bulk / sigma_eff} of direction {@code r}, or empty
     * without a single bulk value or when sigma_eff is 0 (kappa infinite).
     */
    public OptionalDouble tortuosity(DirectionResult r) {
        double s = r.sigmaEffSPerM();
        return sigmaBulkSPerM.isPresent() && s > 0
                ? OptionalDouble.of(volumeFraction * sigmaBulkSPerM.getAsDouble() / s) : OptionalDouble.empty();
    }
}
