package org.ssbfem.mesh.network;

import org.ssbfem.mesh.voxel.PhaseImage;

/**
 * The smoothed area weight {@code |g|_2 / |g|_1} of a voxel face between voxel p and its
 * neighbour p + e_a, where g is the gradient of the CAM indicator estimated on the 2 x 3 x 3
 * voxels around the face (the normal component from the two layers on either side, the two
 * tangential ones by central differences over the same layers). Coordinates outside the image
 * are clamped to it. See {@link InterfaceAreas} for why this weight corrects the staircase area.
 */
final class FaceNormals {
    private final PhaseImage img;
    private final byte[] ph;
    private final int[] n;
    private final int[] stride;
    private final int[] x = new int[18];

    FaceNormals(PhaseImage img) {
        this.img = img;
        this.ph = img.phases();
        this.n = new int[] {img.nx(), img.ny(), img.nz()};
        this.stride = new int[] {1, img.nx(), img.nx() * img.ny()};
    }

    /**
     * @param p {i, j, k} of the voxel on the low side of the face
     * @param v its index
     * @param a axis of the face normal (0, 1, 2); the voxel p + e_a exists
     * @return weight in [1/sqrt(dim), 1]
     */
    double weight(int[] p, int v, int a) {
        int b = (a + 1) % 3;
        int c = (a + 2) % 3;
        if (img.is2d() || p[b] < 1 || p[b] > n[b] - 2 || p[c] < 1 || p[c] > n[c] - 2) {
            return clampedWeight(p, a);
        }
        int sa = stride[a];
        int sb = stride[b];
        int sc = stride[c];
        int q = 0;
        for (int s = 0; s <= 1; s++) {
            for (int tb = -1; tb <= 1; tb++) {
                int base = v + s * sa + tb * sb;
                x[q++] = ph[base - sc] == PhaseImage.CAM ? 1 : 0;
                x[q++] = ph[base] == PhaseImage.CAM ? 1 : 0;
                x[q++] = ph[base + sc] == PhaseImage.CAM ? 1 : 0;
            }
        }
        int ga = 0;
        int gb = 0;
        int gc = 0;
        for (int r = 0; r < 9; r++) {
            ga += x[9 + r] - x[r];
        }
        for (int s = 0; s <= 1; s++) {
            for (int t = 0; t < 3; t++) {
                gb += x[9 * s + 6 + t] - x[9 * s + t];
                gc += x[9 * s + 3 * t + 2] - x[9 * s + 3 * t];
            }
        }
        return ratio(ga / 9.0, gb / 12.0, gc / 12.0);
    }

    private static double ratio(double ga, double gb, double gc) {
        double l1 = Math.abs(ga) + Math.abs(gb) + Math.abs(gc);
        return l1 > 0 ? Math.sqrt(ga * ga + gb * gb + gc * gc) / l1 : 1;
    }

    /** The same with coordinates clamped to the image (faces near the box, 2D sections). */
    private double clampedWeight(int[] p, int a) {
        int b = (a + 1) % 3;
        int c = (a + 2) % 3;
        boolean twoD = img.is2d();
        int spanC = twoD && c == 2 ? 0 : 1;
        int spanB = twoD && b == 2 ? 0 : 1;
        double ga = 0;
        double gb = 0;
        double gc = 0;
        int[] q = new int[3];
        for (int s = 0; s <= 1; s++) {
            for (int tb = -spanB; tb <= spanB; tb++) {
                for (int tc = -spanC; tc <= spanC; tc++) {
                    ga += (s == 1 ? 1 : -1) * cam(p, a, s, b, tb, c, tc, q);
                    if (spanB > 0 && tb == 0) {
                        gb += cam(p, a, s, b, 1, c, tc, q) - cam(p, a, s, b, -1, c, tc, q);
                    }
                    if (spanC > 0 && tc == 0) {
                        gc += cam(p, a, s, b, tb, c, 1, q) - cam(p, a, s, b, tb, c, -1, q);
                    }
                }
            }
        }
        int samples = (2 * spanB + 1) * (2 * spanC + 1);
        ga /= samples;
        gb /= 2.0 * 2 * (2 * spanC + 1);
        gc /= 2.0 * 2 * (2 * spanB + 1);
        return ratio(ga, gb, gc);
    }

    /** 1 when the voxel p + s e_a + tb e_b + tc e_c (clamped) is CAM. */
    private int cam(int[] p, int a, int s, int b, int tb, int c, int tc, int[] q) {
        q[0] = p[0];
        q[1] = p[1];
        q[2] = p[2];
        q[a] += s;
        q[b] += tb;
        q[c] += tc;
        for (int d = 0; d < 3; d++) {
            q[d] = Math.max(0, Math.min(n[d] - 1, q[d]));
        }
        return ph[img.index(q[0], q[1], q[2])] == PhaseImage.CAM ? 1 : 0;
    }
}
