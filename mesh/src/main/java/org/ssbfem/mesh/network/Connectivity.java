package org.ssbfem.mesh.network;

import java.util.ArrayList;
import java.util.List;

/**
 * Which voxels count as neighbours in cluster labelling: those sharing a face (6 in 3D, 4 in 2D),
 * a face or an edge (18; 8 in 2D) or a face, an edge or a corner (26; 8 in 2D). 6 is the
 * conservative choice (a contact through an edge or a corner of a voxel has zero area); 26 the
 * permissive one.
 */
public enum Connectivity {
    FACE(6, 1), EDGE(18, 2), VERTEX(26, 3);

    private final int neighbours;
    private final int maxSteps;

    Connectivity(int neighbours, int maxSteps) {
        this.neighbours = neighbours;
        this.maxSteps = maxSteps;
    }

    /** Neighbour count in 3D: 6, 18 or 26. */
    public int neighbours() { return neighbours; }

    /** Neighbour count in 2D: 4 or 8. */
    public int neighbours2d() { return this == FACE ? 4 : 8; }

    /** The connectivity with {@code n} neighbours (6, 18, 26), or null when there is none. */
    public static Connectivity of(int n) {
        for (Connectivity c : values()) {
            if (c.neighbours == n) {
                return c;
            }
        }
        return null;
    }

    /**
     * The neighbour offsets visited before a voxel in the scan order (z slowest, x fastest), as
     * {di, dj, dk} triples: half of the neighbourhood, so each neighbouring pair is seen once. The
     * first offset is (-1, 0, 0), the previous voxel of the row.
     *
     * @param twoD restrict to the plane k = 0
     */
    int[][] backwardOffsets(boolean twoD) {
        List<int[]> out = new ArrayList<>();
        for (int dk = twoD ? 0 : -1; dk <= 0; dk++) {
            for (int dj = -1; dj <= 1; dj++) {
                for (int di = -1; di <= 1; di++) {
                    boolean before = dk < 0 || (dk == 0 && (dj < 0 || (dj == 0 && di < 0)));
                    int steps = Math.abs(di) + Math.abs(dj) + Math.abs(dk);
                    if (before && steps <= (twoD ? Math.min(maxSteps, 2) : maxSteps)) {
                        out.add(new int[] {di, dj, dk});
                    }
                }
            }
        }
        out.sort((a, b) -> a[0] == -1 && a[1] == 0 && a[2] == 0 ? -1 : b[0] == -1 && b[1] == 0 && b[2] == 0 ? 1 : 0);
        return out.toArray(new int[0][]);
    }
}
