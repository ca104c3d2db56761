package org.ssbfem.mesh.voxel;

import org.ssbfem.mesh.micro.Phase;

/**
 * A voxel microstructure: one {@link Phase} per cubic voxel (code = {@code Phase.ordinal()}, one
 * byte each), in the box {@code [0, nx h] x [0, ny h] x [0, nz h]} with voxel edge {@code h}
 * (metres). Index {@code i + nx * (j + ny * k)}; x (index {@code i}) runs through the electrode:
 * the anode face is x = 0, the current collector x = nx h (MODEL.md section 1). A 2D section has
 * {@code nz == 1} and is read as pixels of edge {@code h}.
 *
 * <p>The phase array is kept, not copied, and returned by {@link #phases()} for speed: callers must
 * not modify it.
 *
 * @param nx voxels along x (through the thickness)
 * @param ny voxels along y
 * @param nz voxels along z (1 for a 2D section)
 * @param voxelSizeM voxel edge length, metres, &gt; 0
 * @param phases phase code per voxel
 */
public record PhaseImage(int nx, int ny, int nz, double voxelSizeM, byte[] phases) {
    /** Phase codes, the ordinals of {@link Phase}. */
    public static final byte SE = (byte) Phase.SE.ordinal();
    public static final byte CAM = (byte) Phase.CAM.ordinal();
    public static final byte CBD = (byte) Phase.CBD.ordinal();
    public static final byte VOID = (byte) Phase.VOID.ordinal();

    public PhaseImage {
        if (nx < 1 || ny < 1 || nz < 1 || (long) nx * ny * nz != phases.length) {
            throw new IllegalArgumentException("phase array of " + phases.length + " for " + nx + " x " + ny + " x " + nz);
        }
        if (!(voxelSizeM > 0) || !Double.isFinite(voxelSizeM)) {
            throw new IllegalArgumentException("voxel size must be positive: " + voxelSizeM);
        }
    }

    /** Number of voxels. */
    public int size() { return phases.length; }

    /** True for a 2D section ({@code nz == 1}). */
    public boolean is2d() { return nz == 1; }

    /** Spatial dimension: 2 or 3. */
    public int dim() { return is2d() ? 2 : 3; }

    /** Voxel index of (i, j, k). */
    public int index(int i, int j, int k) { return i + nx * (j + ny * k); }

    /** Phase of voxel (i, j, k). */
    public Phase phase(int i, int j, int k) { return Phase.values()[phases[index(i, j, k)]]; }

    /** Voxel count of each phase, by ordinal. */
    public long[] counts() {
        long[] c = new long[Phase.values().length];
        for (byte p : phases) {
            c[p]++;
        }
        return c;
    }

    /** Volume of one voxel, m^3 (2D: area of one pixel, m^2). */
    public double voxelMeasure() { return is2d() ? voxelSizeM * voxelSizeM : voxelSizeM * voxelSizeM * voxelSizeM; }

    /** Box volume, m^3 (2D: area, m^2). */
    public double boxMeasure() { return voxelMeasure() * phases.length; }

    /** Box lengths {Lx, Ly, Lz} in metres (Lz = 0 in 2D). */
    public double[] boxM() {
        return new double[] {nx * voxelSizeM, ny * voxelSizeM, is2d() ? 0 : nz * voxelSizeM};
    }
}
