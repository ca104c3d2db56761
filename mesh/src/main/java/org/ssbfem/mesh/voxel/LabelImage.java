package org.ssbfem.mesh.voxel;

/**
 * A segmented label image as read from a file: {@code nx * ny * nz} unsigned integer labels (8 or
 * 16 bit) on a grid of cubic voxels. Index {@code i + nx * (j + ny * k)}: {@code i} is the image
 * column (x, through the electrode thickness), {@code j} the row (y), {@code k} the slice (z). A 2D
 * section has {@code nz == 1}.
 *
 * <p>Labels are kept in the smallest array that holds them ({@code byte[]} for 8 bit, {@code short[]}
 * for 16 bit), read as unsigned. The arrays are kept, not copied; callers must not modify them.
 */
public final class LabelImage {
    private final int nx;
    private final int ny;
    private final int nz;
    private final byte[] u8;
    private final short[] u16;

    private LabelImage(int nx, int ny, int nz, byte[] u8, short[] u16) {
        if (nx < 1 || ny < 1 || nz < 1) {
            throw new IllegalArgumentException("image dimensions must be positive: " + nx + " x " + ny + " x " + nz);
        }
        long n = (long) nx * ny * nz;
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("image of " + n + " voxels exceeds 2^31: crop or downsample it");
        }
        int len = u8 != null ? u8.length : u16.length;
        if (len != n) {
            throw new IllegalArgumentException("label array length " + len + " != " + n);
        }
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.u8 = u8;
        this.u16 = u16;
    }

    /** An 8-bit label image over the given array (kept, not copied). */
    public static LabelImage ofU8(int nx, int ny, int nz, byte[] labels) {
        return new LabelImage(nx, ny, nz, labels, null);
    }

    /** A 16-bit label image over the given array (kept, not copied). */
    public static LabelImage ofU16(int nx, int ny, int nz, short[] labels) {
        return new LabelImage(nx, ny, nz, null, labels);
    }

    public int nx() { return nx; }

    public int ny() { return ny; }

    public int nz() { return nz; }

    /** Number of voxels. */
    public int size() { return nx * ny * nz; }

    /** Bits per label: 8 or 16. */
    public int bits() { return u8 != null ? 8 : 16; }

    /** Unsigned label of voxel {@code index}. */
    public int label(int index) {
        return u8 != null ? u8[index] & 0xff : u16[index] & 0xffff;
    }

    /**
     * Voxel count of every label value, indexed by label (length 256 or 65536).
     */
    public long[] histogram() {
        long[] h = new long[u8 != null ? 256 : 65536];
        int n = size();
        for (int v = 0; v < n; v++) {
            h[label(v)]++;
        }
        return h;
    }

    @Override
    public String toString() {
        return "LabelImage[" + nx + " x " + ny + " x " + nz + ", " + bits() + " bit]";
    }
}
