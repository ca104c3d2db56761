package org.ssbfem.mesh.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.voxel.PhaseImage;

/** The union-find labelling (with its skipped unions) against a plain breadth-first search. */
class VoxelClustersTest {
    @Test
    void matchesBreadthFirstSearchOnRandomImages() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int nz : new int[] {1, 17}) {
            for (double pCam : new double[] {0.2, 0.35, 0.5, 0.7}) {
                PhaseImage img = Images.of(23, 19, nz, 1e-6, (i, j, k) -> {
                    double u = rnd.nextDouble();
                    return u < pCam ? PhaseImage.CAM : u < pCam + 0.05 ? PhaseImage.VOID
                            : u < pCam + 0.08 ? PhaseImage.CBD : PhaseImage.SE;
                });
                for (Connectivity c : Connectivity.values()) {
                    VoxelClusters cl = VoxelClusters.label(img, c);
                    int[] ref = bfs(img, c);
                    assertEquals(ref[0], cl.count(), c + " nz " + nz + " p " + pCam);
                    assertSamePartition(cl.ids(), ref);
                }
            }
        }
    }

    /** Same partition: ids map one-to-one onto the reference labels (ref[0] is the count). */
    private static void assertSamePartition(int[] ids, int[] ref) {
        java.util.Map<Integer, Integer> map = new java.util.HashMap<>();
        for (int v = 0; v < ids.length; v++) {
            Integer prev = map.putIfAbsent(ids[v], ref[v + 1]);
            assertEquals(prev == null ? ref[v + 1] : prev, ref[v + 1], "voxel " + v);
        }
    }

    /** Reference labels by BFS: {count, label of voxel 0, label of voxel 1, ...} (-1 void). */
    private static int[] bfs(PhaseImage img, Connectivity c) {
        int n = img.size();
        int[] out = new int[n + 1];
        java.util.Arrays.fill(out, -2);
        int steps = c.neighbours() == 6 ? 1 : c.neighbours() == 18 ? 2 : 3;
        int count = 0;
        for (int s = 0; s < n; s++) {
            if (out[s + 1] != -2) {
                continue;
            }
            byte net = VoxelClusters.NETWORK[img.phases()[s]];
            if (net == 0) {
                out[s + 1] = -1;
                continue;
            }
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(s);
            out[s + 1] = count;
            while (!queue.isEmpty()) {
                int v = queue.poll();
                int i = v % img.nx();
                int j = v / img.nx() % img.ny();
                int k = v / img.nx() / img.ny();
                for (int dk = -1; dk <= 1; dk++) {
                    for (int dj = -1; dj <= 1; dj++) {
                        for (int di = -1; di <= 1; di++) {
                            int st = Math.abs(di) + Math.abs(dj) + Math.abs(dk);
                            int ii = i + di;
                            int jj = j + dj;
                            int kk = k + dk;
                            if (st == 0 || st > steps || ii < 0 || jj < 0 || kk < 0 || ii >= img.nx()
                                    || jj >= img.ny() || kk >= img.nz()) {
                                continue;
                            }
                            int u = img.index(ii, jj, kk);
                            if (out[u + 1] == -2 && VoxelClusters.NETWORK[img.phases()[u]] == net) {
                                out[u + 1] = count;
                                queue.add(u);
                            }
                        }
                    }
                }
            }
            count++;
        }
        out[0] = count;
        return out;
    }
}
