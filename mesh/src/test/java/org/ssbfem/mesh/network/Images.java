package org.ssbfem.mesh.network;

import org.ssbfem.mesh.voxel.PhaseImage;

/** Constructed phase images for tests. */
final class Images {
    interface PhaseAt {
        byte at(int i, int j, int k);
    }

    private Images() {
    }

    static PhaseImage of(int nx, int ny, int nz, double h, PhaseAt f) {
        byte[] p = new byte[nx * ny * nz];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    p[i + nx * (j + ny * k)] = f.at(i, j, k);
                }
            }
        }
        return new PhaseImage(nx, ny, nz, h, p);
    }

    /** A CAM ball of radius r voxels centred at c (voxel coordinates of the centre) in SE. */
    static PhaseImage ball(int n, double r, double c) {
        return of(n, n, n, 1e-6, (i, j, k) -> {
            double dx = i + 0.5 - c;
            double dy = j + 0.5 - c;
            double dz = k + 0.5 - c;
            return dx * dx + dy * dy + dz * dz <= r * r ? PhaseImage.CAM : PhaseImage.SE;
        });
    }
}
