package org.ssbfem.mesh.network;

import java.util.stream.IntStream;
import org.ssbfem.mesh.voxel.PhaseImage;

/**
 * Visits every CAM/SE voxel face once (the face between a voxel and its +x, +y or +z neighbour),
 * adds its staircase and smoothed area ({@link FaceNormals}), decides whether it is active (CAM
 * cluster touches the collector, SE cluster the anode) and marks the CAM clusters that own an
 * active face. Slices z = const run in parallel (common fork-join pool); each slice sums its own
 * faces and the slices are added in order, so the result does not depend on the thread count.
 */
final class InterfaceScan {
    private InterfaceScan() {
    }

    /**
     * @param activeCluster out: set true for electronic clusters with an active face (length
     *     {@code cl.count()})
     */
    static InterfaceAreas measure(PhaseImage img, VoxelClusters cl, boolean[] activeCluster) {
        int nz = img.nz();
        long[] faces = new long[nz];
        long[] activeFaces = new long[nz];
        double[] smooth = new double[nz];
        double[] activeSmooth = new double[nz];
        IntStream.range(0, nz).parallel().forEach(k -> {
            double[] s = slice(img, cl, activeCluster, k);
            faces[k] = (long) s[0];
            activeFaces[k] = (long) s[1];
            smooth[k] = s[2];
            activeSmooth[k] = s[3];
        });
        long f = 0;
        long af = 0;
        double sm = 0;
        double asm = 0;
        for (int k = 0; k < nz; k++) {
            f += faces[k];
            af += activeFaces[k];
            sm += smooth[k];
            asm += activeSmooth[k];
        }
        double face = img.is2d() ? img.voxelSizeM() : img.voxelSizeM() * img.voxelSizeM();
        return new InterfaceAreas(f, af, f * face, sm * face, af * face, asm * face);
    }

    /** {faces, active faces, smoothed weight sum, active weight sum} of the voxels of slice k. */
    private static double[] slice(PhaseImage img, VoxelClusters cl, boolean[] activeCluster, int k) {
        FaceNormals normals = new FaceNormals(img);
        byte[] ph = img.phases();
        int[] ids = cl.ids();
        int[] n = {img.nx(), img.ny(), img.nz()};
        int[] stride = {1, n[0], n[0] * n[1]};
        double[] out = new double[4];
        int[] p = {0, 0, k};
        for (int j = 0; j < n[1]; j++) {
            p[1] = j;
            int v = img.index(0, j, k);
            for (int i = 0; i < n[0]; i++, v++) {
                byte pv = ph[v];
                if (pv != PhaseImage.CAM && pv != PhaseImage.SE) {
                    continue;
                }
                p[0] = i;
                for (int a = 0; a < 3; a++) {
                    if (p[a] + 1 >= n[a]) {
                        continue;
                    }
                    int u = v + stride[a];
                    byte pu = ph[u];
                    if (pu == pv || (pu != PhaseImage.CAM && pu != PhaseImage.SE)) {
                        continue;
                    }
                    double w = normals.weight(p, v, a);
                    out[0]++;
                    out[2] += w;
                    int cam = pv == PhaseImage.CAM ? ids[v] : ids[u];
                    int se = pv == PhaseImage.CAM ? ids[u] : ids[v];
                    if ((cl.flags(cam) & VoxelClusters.HIGH) != 0 && (cl.flags(se) & VoxelClusters.LOW) != 0) {
                        out[1]++;
                        out[3] += w;
                        activeCluster[cam] = true;
                    }
                }
            }
        }
        return out;
    }
}
