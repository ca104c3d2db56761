package org.ssbfem.mesh.network;

import org.ssbfem.mesh.voxel.PhaseImage;

/**
 * The union pass of {@link VoxelClusters}: every voxel is linked to its backward neighbours of the
 * same network. Interior voxels take a path over precomputed index offsets without bounds checks;
 * voxels on the box faces check bounds. Redundant unions are skipped: when the previous voxel of
 * the row (v - 1) is in the same network, v takes its parent (so runs point to one voxel rather
 * than forming chains), and a neighbour u needs no union when u - 1 is in the same network too
 * (u - 1 is a backward neighbour of v - 1 and u's row neighbour, so all are already joined). Inside
 * large clusters this leaves almost no find calls. (A sliding window of network codes per
 * neighbour row, one load per row and voxel, measured slower than this on 300^3 images.) On return
 * {@code parent[v]} is -1 for void voxels and a link to an index &lt;= v otherwise (the set's root
 * links to itself).
 */
final class UnionScan {
    private UnionScan() {
    }

    static void link(PhaseImage img, Connectivity conn, int[] parent) {
        int nx = img.nx();
        int ny = img.ny();
        int nz = img.nz();
        int[][] off = conn.backwardOffsets(img.is2d());
        // offset 0 is (-1, 0, 0), the previous voxel of the row
        int[] lin = new int[off.length];
        for (int q = 0; q < off.length; q++) {
            lin[q] = off[q][0] + nx * (off[q][1] + ny * off[q][2]);
        }
        byte[] ph = img.phases();
        byte[] net = VoxelClusters.NETWORK;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                int base = nx * (j + ny * k);
                boolean borderRow = j == 0 || (k == 0 && nz > 1) || j == ny - 1;
                for (int i = 0; i < nx; i++) {
                    int v = base + i;
                    byte n = net[ph[v]];
                    if (n == 0) {
                        parent[v] = -1;
                        continue;
                    }
                    parent[v] = v;
                    if (borderRow || i <= 1 || i == nx - 1) {
                        border(ph, parent, off, lin, v, i, j, k, nx, ny, n);
                    } else if (net[ph[v - 1]] == n) {
                        parent[v] = parent[v - 1];
                        for (int q = 1; q < lin.length; q++) {
                            int u = v + lin[q];
                            if (net[ph[u]] == n && net[ph[u - 1]] != n) {
                                union(parent, u, v);
                            }
                        }
                    } else {
                        for (int q = 0; q < lin.length; q++) {
                            int u = v + lin[q];
                            if (net[ph[u]] == n) {
                                union(parent, u, v);
                            }
                        }
                    }
                }
            }
        }
    }

    private static void border(byte[] ph, int[] parent, int[][] off, int[] lin, int v, int i, int j, int k,
                               int nx, int ny, byte n) {
        for (int q = 0; q < lin.length; q++) {
            int ii = i + off[q][0];
            int jj = j + off[q][1];
            int kk = k + off[q][2];
            if (ii < 0 || ii >= nx || jj < 0 || jj >= ny || kk < 0) {
                continue;
            }
            int u = v + lin[q];
            if (VoxelClusters.NETWORK[ph[u]] == n) {
                union(parent, u, v);
            }
        }
    }

    /** Joins the sets of a and b; the larger root links to the smaller. */
    static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra < rb) {
            parent[rb] = ra;
        } else if (rb < ra) {
            parent[ra] = rb;
        }
    }

    /** Root of v, halving the path on the way. */
    static int find(int[] parent, int v) {
        while (parent[v] != v) {
            int g = parent[parent[v]];
            parent[v] = g;
            v = g;
        }
        return v;
    }
}
