package org.ssbfem.mesh.micro;

import java.util.List;

/**
 * What {@link PackingGenerator#generate} returns.
 *
 * @param microstructure the geometry to mesh: the particles plus, with periodic lateral faces,
 *     their periodic images (centres outside the box, cut by its faces)
 * @param particles the particles without images (unmodifiable)
 * @param stats achieved fractions, counts and contact figures to show the user before meshing
 */
public record PackingResult(Microstructure microstructure, List<Particle> particles, PackingStats stats) {
    public PackingResult {
        particles = List.copyOf(particles);
    }
}
