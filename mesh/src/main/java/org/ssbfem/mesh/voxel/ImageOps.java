package org.ssbfem.mesh.voxel;

import org.ssbfem.mesh.InputError;

/**
 * Region of interest and resolution changes of a {@link PhaseImage}. Inputs are not modified;
 * results are new images.
 */
public final class ImageOps {
    private ImageOps() {
    }

    /**
     * The sub-box of {@code size} voxels starting at voxel {@code from} (both {x, y, z}; in 2D z is
     * 0 and 1).
     *
     * @param where parameter path for messages, e.g. {@code microstructure.crop}
     * @throws InputError if the box does not lie inside the image
     */
    public static PhaseImage crop(PhaseImage img, int[] from, int[] size, String where) {
        int[] n = {img.nx(), img.ny(), img.nz()};
        for (int d = 0; d < 3; d++) {
            if (from[d] < 0 || size[d] < 1 || (long) from[d] + size[d] > n[d]) {
                throw new InputError(where, "crop " + "xyz".charAt(d) + " from " + from[d] + " size " + size[d]
                        + " leaves the image of " + n[0] + " x " + n[1] + " x " + n[2] + " voxels",
                        "choose from >= 0, size >= 1 and from + size <= the image size along each axis");
            }
        }
        byte[] out = new byte[size[0] * size[1] * size[2]];
        byte[] src = img.phases();
        for (int k = 0; k < size[2]; k++) {
            for (int j = 0; j < size[1]; j++) {
                System.arraycopy(src, img.index(from[0], from[1] + j, from[2] + k), out, size[0] * (j + size[1] * k), size[0]);
            }
        }
        return new PhaseImage(size[0], size[1], size[2], img.voxelSizeM(), out);
    }

    /**
     * Coarsens by {@code factor} along every axis (not z for a 2D section): each new voxel takes
     * the phase held by most of the {@code factor^dim} voxels it covers (ties go to the phase with
     * the lower code: se, cam, cbd, void). Voxels beyond a whole number of blocks are dropped.
     *
     * @throws InputError if the factor leaves no voxel along an axis
     */
    public static PhaseImage downsample(PhaseImage img, int factor, String where) {
        if (factor == 1) {
            return img;
        }
        int fz = img.is2d() ? 1 : factor;
        int mx = img.nx() / factor;
        int my = img.ny() / factor;
        int mz = img.nz() / fz;
        if (factor < 1 || mx < 1 || my < 1 || mz < 1) {
            throw new InputError(where, "downsampling " + img.nx() + " x " + img.ny() + " x " + img.nz()
                    + " by " + factor + " leaves no voxel", "use a factor >= 1 and smaller than the image");
        }
        byte[] out = new byte[mx * my * mz];
        int[] votes = new int[4];
        for (int k = 0; k < mz; k++) {
            for (int j = 0; j < my; j++) {
                for (int i = 0; i < mx; i++) {
                    java.util.Arrays.fill(votes, 0);
                    count(img, i * factor, j * factor, k * fz, factor, fz, votes);
                    out[i + mx * (j + my * k)] = (byte) argmax(votes);
                }
            }
        }
        return new PhaseImage(mx, my, mz, img.voxelSizeM() * factor, out);
    }

    private static void count(PhaseImage img, int i0, int j0, int k0, int f, int fz, int[] votes) {
        byte[] p = img.phases();
        for (int k = k0; k < k0 + fz; k++) {
            for (int j = j0; j < j0 + f; j++) {
                int base = img.index(i0, j, k);
                for (int i = 0; i < f; i++) {
                    votes[p[base + i]]++;
                }
            }
        }
    }

    private static int argmax(int[] votes) {
        int best = 0;
        for (int q = 1; q < votes.length; q++) {
            if (votes[q] > votes[best]) {
                best = q;
            }
        }
        return best;
    }
}
