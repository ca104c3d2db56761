package org.ssbfem.mesh.micro;

/**
 * The planes a particle may be near-tangent to: the six box faces, where the low-x face is the
 * separator plane x = Lsep when there is a separator (CAM stays on its composite side).
 */
public enum BoxFace {
    LOW_X, HIGH_X, LOW_Y, HIGH_Y, LOW_Z, HIGH_Z;

    /** Position of the plane, metres. */
    public double positionM(Microstructure m) {
        return switch (this) {
            case LOW_X -> m.separatorM();
            case HIGH_X -> m.lxM();
            case LOW_Y, LOW_Z -> 0;
            case HIGH_Y -> m.lyM();
            case HIGH_Z -> m.lzM();
        };
    }

    /** Axis of the plane's normal: 0 = x, 1 = y, 2 = z. */
    public int axis() { return ordinal() / 2; }

    /** True for the upper face of its axis. */
    public boolean upper() { return ordinal() % 2 == 1; }

    /**
     * Signed distance of the centre of {@code p} from this plane in radii, positive on the box
     * side: below 1 in magnitude when the particle crosses the plane.
     */
    public double relDistance(Particle p, Microstructure m) {
        double c = axis() == 0 ? p.xM() : axis() == 1 ? p.yM() : p.zM();
        double t = upper() ? positionM(m) - c : c - positionM(m);
        return t / p.radiusM();
    }

    /** A name for messages, e.g. "x = Lx (collector)". */
    public String label(Microstructure m) {
        return switch (this) {
            case LOW_X -> m.separatorM() > 0 ? "x = Lsep (separator)" : "x = 0 (anode)";
            case HIGH_X -> "x = Lx (collector)";
            case LOW_Y -> "y = 0";
            case HIGH_Y -> "y = Ly";
            case LOW_Z -> "z = 0";
            case HIGH_Z -> "z = Lz";
        };
    }
}
