package org.ssbfem.mesh.micro;

import java.util.List;

/**
 * Spherical particles in an SE matrix filling the box {@code [0,Lx] x [0,Ly] x [0,Lz]} (metres).
 * Particles crossing a box face are cut by it. x runs through the electrode: the anode (counter
 * electrode) face is x = 0, the current collector face x = Lx, and the layer
 * {@code 0 < x < separatorM} holds no CAM.
 *
 * @param lxM box length in x, metres
 * @param lyM box length in y, metres
 * @param lzM box length in z, metres (0 for a 2D cross-section, then particles are discs)
 * @param separatorM thickness of the CAM-free SE separator layer at x = 0, metres (may be 0)
 * @param particles particles (unmodifiable copy)
 */
public record Microstructure(double lxM, double lyM, double lzM, double separatorM, List<Particle> particles) {
    public Microstructure {
        particles = List.copyOf(particles);
        if (!(lxM > 0) || !(lyM > 0) || lzM < 0) {
            throw new IllegalArgumentException("box lengths must be positive");
        }
        if (separatorM < 0 || separatorM >= lxM) {
            throw new IllegalArgumentException("separator thickness must lie in [0, Lx)");
        }
    }

    /** Box volume in m^3 (area in m^2 for 2D). */
    public double boxVolume() { return lzM > 0 ? lxM * lyM * lzM : lxM * lyM; }

    /** True for a 2D cross-section (lzM == 0). */
    public boolean is2d() { return lzM == 0; }

    /** Particles of one phase. */
    public List<Particle> particles(Phase phase) {
        return particles.stream().filter(p -> p.phase() == phase).toList();
    }
}
