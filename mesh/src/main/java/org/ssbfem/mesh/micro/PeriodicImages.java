package org.ssbfem.mesh.micro;

import java.util.ArrayList;
import java.util.List;

/**
 * Periodic images across the lateral faces y = 0, Ly and z = 0, Lz: a particle crossing a face
 * gets a copy shifted by the box length that enters through the opposite face (three copies near
 * an edge), so that the box cut by its faces is periodic in y and z.
 */
public final class PeriodicImages {
    private PeriodicImages() { }

    /**
     * @param primaries particles with centres in [0, Ly) x [0, Lz) laterally, not modified
     * @param lyM box length in y, metres
     * @param lzM box length in z, metres
     * @return the primaries followed by their images that reach into the box (a new list)
     */
    public static List<Particle> withImages(List<Particle> primaries, double lyM, double lzM) {
        List<Particle> out = new ArrayList<>(primaries);
        for (Particle p : primaries) {
            for (int sy = -1; sy <= 1; sy++) {
                for (int sz = -1; sz <= 1; sz++) {
                    if (sy == 0 && sz == 0) {
                        continue;
                    }
                    double y = p.yM() + sy * lyM;
                    double z = p.zM() + sz * lzM;
                    double r = p.radiusM();
                    if (y - r < lyM && y + r > 0 && z - r < lzM && z + r > 0) {
                        out.add(new Particle(p.xM(), y, z, r, p.phase()));
                    }
                }
            }
        }
        return out;
    }
}
