package org.ssbfem.mesh.micro;

import java.util.Objects;

/**
 * A spherical particle.
 *
 * @param xM centre x in metres (x runs through the electrode thickness)
 * @param yM centre y in metres
 * @param zM centre z in metres
 * @param radiusM radius in metres, &gt; 0
 * @param phase CAM, CBD or VOID (SE is the matrix, never a particle)
 */
public record Particle(double xM, double yM, double zM, double radiusM, Phase phase) {
    public Particle {
        Objects.requireNonNull(phase);
        if (!(radiusM > 0) || !Double.isFinite(radiusM)) {
            throw new IllegalArgumentException("particle radius must be positive and finite: " + radiusM);
        }
        if (phase == Phase.SE) {
            throw new IllegalArgumentException("SE is the matrix phase, not a particle phase");
        }
    }

    /** Distance between centres, metres. */
    public double centreDistance(Particle o) {
        double dx = xM - o.xM;
        double dy = yM - o.yM;
        double dz = zM - o.zM;
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** Surface gap to {@code o} in metres: negative when the spheres overlap. */
    public double gap(Particle o) {
        return centreDistance(o) - radiusM - o.radiusM;
    }
}
