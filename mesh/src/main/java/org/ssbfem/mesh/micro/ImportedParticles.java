package org.ssbfem.mesh.micro;

import java.util.List;

/**
 * Particles read from a file, with a label per particle naming where it came from.
 *
 * @param microstructure box and particles
 * @param labels one per particle, in the same order, e.g. {@code "spheres.csv:17"} or
 *     {@code "dump.lammps atom 42"} (unmodifiable)
 */
public record ImportedParticles(Microstructure microstructure, List<String> labels) {
    public ImportedParticles {
        labels = List.copyOf(labels);
        if (labels.size() != microstructure.particles().size()) {
            throw new IllegalArgumentException(labels.size() + " labels for "
                    + microstructure.particles().size() + " particles");
        }
    }
}
