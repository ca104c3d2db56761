package org.ssbfem.mesh.build;

import java.util.List;
import org.ssbfem.mesh.micro.Microstructure;
import org.ssbfem.mesh.micro.Particle;
import org.ssbfem.mesh.micro.Phase;

/** Small microstructures for the mesher tests (lengths given in micrometres). */
final class TestStructures {
    private TestStructures() { }

    static Particle p(double xUm, double yUm, double zUm, double rUm, Phase ph) {
        return new Particle(xUm * 1e-6, yUm * 1e-6, zUm * 1e-6, rUm * 1e-6, ph);
    }

    /** Index of the uncut, non-overlapping CAM sphere in {@link #box3d()}. */
    static final int WHOLE_SPHERE = 0;

    /**
     * A 24 x 16 x 16 um box, separator 4 um: an uncut CAM sphere (r = 4), a CAM sphere cut by the
     * collector face x = Lx, two overlapping CAM spheres, a CBD sphere cut by y = Ly, and a void.
     */
    static Microstructure box3d() {
        return new Microstructure(24e-6, 16e-6, 16e-6, 4e-6, List.of(
                p(13, 8.5, 8, 4, Phase.CAM),
                p(22.5, 4.5, 4.5, 3, Phase.CAM),
                p(8, 4, 12, 2.8, Phase.CAM),
                p(11.5, 3.5, 12.5, 2.2, Phase.CAM),
                p(19, 15, 11, 2.5, Phase.CBD),
                p(19.5, 10, 3, 1.8, Phase.VOID)));
    }

    /**
     * A 24 x 16 um rectangle (2D), separator 4 um: an uncut CAM disc, a CAM disc cut by x = Lx, two
     * overlapping CAM discs, a CBD disc overlapping the cut CAM disc, and a void.
     */
    static Microstructure rect2d() {
        return new Microstructure(24e-6, 16e-6, 0, 4e-6, List.of(
                p(12, 9, 0, 3.5, Phase.CAM),
                p(22, 10, 0, 3, Phase.CAM),
                p(8, 3.5, 0, 2.5, Phase.CAM),
                p(11.5, 3, 0, 2, Phase.CAM),
                p(19.5, 7, 0, 2, Phase.CBD),
                p(18, 14, 0, 1.5, Phase.VOID)));
    }
}
