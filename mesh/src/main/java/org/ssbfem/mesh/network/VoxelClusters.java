package org.ssbfem.mesh.network;

import org.ssbfem.mesh.voxel.PhaseImage;

/**
 * Connected components of the conduction networks of a voxel image: the ionic network (SE
 * voxels) and the electronic network (CAM and CBD voxels together: carbon conducts electrons into
 * the active material). Two voxels are in one cluster when they are neighbours under the chosen
 * {@link Connectivity} and in the same network; void voxels belong to none.
 *
 * <p>Labelling is union-find over voxel indices in a single {@code int[]} (parent links always
 * point to a lower index, so roots are the smallest index of their set; path halving), then one
 * ascending pass that numbers the clusters: O(N) time with a near-constant factor and 4 bytes per
 * voxel of memory. Each cluster records whether it touches the plane x = 0 (anode side) and
 * x = Lx (collector side).
 */
public final class VoxelClusters {
    /** Cluster flag: touches x = 0. */
    public static final byte LOW = 1;
    /** Cluster flag: touches x = Lx. */
    public static final byte HIGH = 2;
    /** Network codes per phase code (se, cam, cbd, void): 1 ionic, 2 electronic, 0 none. */
    static final byte[] NETWORK = {1, 2, 2, 0};

    private final int[] cluster;
    private final int count;
    private final byte[] flags;
    private final byte[] network;

    private VoxelClusters(int[] cluster, int count, byte[] flags, byte[] network) {
        this.cluster = cluster;
        this.count = count;
        this.flags = flags;
        this.network = network;
    }

    /**
     * Labels the clusters of {@code img} (not modified).
     *
     * @param img the phase image
     * @param conn neighbourhood
     */
    public static VoxelClusters label(PhaseImage img, Connectivity conn) {
        int[] parent = new int[img.size()];
        UnionScan.link(img, conn, parent);
        return number(img, parent);
    }

    /** Replaces parent links by compact cluster ids (void: -1) and collects the flags. */
    private static VoxelClusters number(PhaseImage img, int[] parent) {
        byte[] ph = img.phases();
        int count = 0;
        for (int v = 0; v < parent.length; v++) {
            int p = parent[v];
            if (p < 0) {
                continue;
            }
            if (p == v) {
                parent[v] = -(count++) - 2;
            } else {
                int r = p;
                while (parent[r] >= 0) {
                    r = parent[r];
                }
                parent[v] = parent[r];
            }
        }
        byte[] flags = new byte[count];
        byte[] network = new byte[count];
        int nx = img.nx();
        for (int row = 0; row < parent.length; row += nx) {
            for (int v = row; v < row + nx; v++) {
                if (parent[v] != -1) {
                    int c = -parent[v] - 2;
                    parent[v] = c;
                    network[c] = NETWORK[ph[v]];
                }
            }
            mark(parent, flags, row, LOW);
            mark(parent, flags, row + nx - 1, HIGH);
        }
        return new VoxelClusters(parent, count, flags, network);
    }

    private static void mark(int[] cluster, byte[] flags, int v, byte flag) {
        if (cluster[v] >= 0) {
            flags[cluster[v]] |= flag;
        }
    }

    /** Cluster id of each voxel, 0..count-1, or -1 for void (internal array: do not modify). */
    public int[] ids() { return cluster; }

    /** Number of clusters (both networks). */
    public int count() { return count; }

    /** {@link #LOW} / {@link #HIGH} flags of cluster {@code c}. */
    public byte flags(int c) { return flags[c]; }

    /** 1 for an ionic (SE) cluster, 2 for an electronic (CAM/CBD) cluster. */
    public byte network(int c) { return network[c]; }

    /** Number of clusters of network {@code net} (1 ionic, 2 electronic). */
    public int count(int net) {
        int n = 0;
        for (byte b : network) {
            n += b == net ? 1 : 0;
        }
        return n;
    }
}
