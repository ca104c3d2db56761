package org.ssbfem.mesh.voxel;

import org.ssbfem.mesh.micro.Microstructure;
import org.ssbfem.mesh.micro.Particle;

/**
 * Samples a particle {@link Microstructure} (generated packing, DEM or LAMMPS import) on a voxel
 * grid: a voxel takes the phase of the particle that contains its centre (later particles win
 * where particles of different phases overlap, which the contact rules forbid anyway), and SE
 * elsewhere. The grid covers the box with {@code round(L / h)} voxels per axis, so the voxel edge
 * is adjusted to {@code Lx / nx} (x governs; y and z use the same edge and may differ from the box
 * by up to half a voxel). Cost O(sum of particle bounding-box voxels).
 */
public final class Voxelizer {
    private Voxelizer() {
    }

    /**
     * @param m the microstructure (3D, or 2D with discs)
     * @param voxelSizeM requested voxel edge, metres, &gt; 0
     * @return the phase image
     */
    public static PhaseImage sample(Microstructure m, double voxelSizeM) {
        int nx = Math.max(1, (int) Math.round(m.lxM() / voxelSizeM));
        double h = m.lxM() / nx;
        int ny = Math.max(1, (int) Math.round(m.lyM() / h));
        int nz = m.is2d() ? 1 : Math.max(1, (int) Math.round(m.lzM() / h));
        long n = (long) nx * ny * nz;
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("voxel grid of " + n + " voxels: use a larger voxel size");
        }
        byte[] phases = new byte[(int) n];
        for (Particle p : m.particles()) {
            paint(p, h, nx, ny, nz, m.is2d(), phases);
        }
        return new PhaseImage(nx, ny, nz, h, phases);
    }

    private static void paint(Particle p, double h, int nx, int ny, int nz, boolean twoD, byte[] out) {
        double r2 = p.radiusM() * p.radiusM();
        byte code = (byte) p.phase().ordinal();
        int[] lo = {lo(p.xM(), p.radiusM(), h), lo(p.yM(), p.radiusM(), h), twoD ? 0 : lo(p.zM(), p.radiusM(), h)};
        int[] hi = {hi(p.xM(), p.radiusM(), h, nx), hi(p.yM(), p.radiusM(), h, ny), twoD ? 0 : hi(p.zM(), p.radiusM(), h, nz)};
        for (int k = lo[2]; k <= hi[2]; k++) {
            double dz = twoD ? 0 : (k + 0.5) * h - p.zM();
            for (int j = lo[1]; j <= hi[1]; j++) {
                double dy = (j + 0.5) * h - p.yM();
                double rest = r2 - dz * dz - dy * dy;
                if (rest < 0) {
                    continue;
                }
                int base = nx * (j + ny * k);
                for (int i = lo[0]; i <= hi[0]; i++) {
                    double dx = (i + 0.5) * h - p.xM();
                    if (dx * dx <= rest) {
                        out[base + i] = code;
                    }
                }
            }
        }
    }

    private static int lo(double c, double r, double h) {
        return Math.max(0, (int) Math.floor((c - r) / h - 0.5));
    }

    private static int hi(double c, double r, double h, int n) {
        return Math.min(n - 1, (int) Math.ceil((c + r) / h - 0.5));
    }
}
