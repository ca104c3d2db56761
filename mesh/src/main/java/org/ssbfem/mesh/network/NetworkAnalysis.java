package org.ssbfem.mesh.network;

import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.micro.Phase;
import org.ssbfem.mesh.voxel.PhaseImage;

/**
 * The conduction-network (percolation) analysis of a voxel microstructure (Bielefeld et al.,
 * J. Phys. Chem. C 123, 1626, 2019): which CAM is electronically connected to the current
 * collector (x = Lx), which SE ionically to the anode side (x = 0), the active CAM/SE interface
 * (both sides connected) and the utilization bound (connected CAM / all CAM). See
 * {@link VoxelClusters}, {@link PhaseConnection}, {@link InterfaceAreas}.
 */
public final class NetworkAnalysis {
    private static final Logger LOG = LoggerFactory.getLogger(NetworkAnalysis.class);

    /**
     * @param clusters the labelled clusters (voxel cluster ids are read, not modified)
     * @param phases connection of every phase present in the image (absent phases are missing)
     * @param interfaces CAM/SE interface areas
     * @param activeCamFraction share of the CAM volume in collector-connected clusters that have
     *     at least one active interface face (a tighter bound than the utilization bound)
     */
    public record Result(VoxelClusters clusters, Map<Phase, PhaseConnection> phases, InterfaceAreas interfaces,
                         double activeCamFraction) {
        /** Connected CAM / all CAM, the upper bound of the utilization (0 without CAM). */
        public double utilizationBound() {
            PhaseConnection c = phases.get(Phase.CAM);
            return c == null ? 0 : c.connectedFraction();
        }
    }

    private NetworkAnalysis() {
    }

    /**
     * Labels and classifies. Time O(N) (about 1e8 voxels in a few seconds), memory 4 bytes per
     * voxel plus a few bytes per cluster; {@code img} is not modified.
     */
    public static Result analyse(PhaseImage img, Connectivity conn) {
        long t0 = System.nanoTime();
        VoxelClusters cl = VoxelClusters.label(img, conn);
        long t1 = System.nanoTime();
        boolean[] activeCluster = new boolean[cl.count()];
        InterfaceAreas areas = InterfaceScan.measure(img, cl, activeCluster);
        long t2 = System.nanoTime();
        Map<Phase, PhaseConnection> phases = new EnumMap<>(Phase.class);
        double activeCam = tally(img, cl, activeCluster, phases);
        LOG.info("network: {} clusters ({} ionic, {} electronic); labelling {} s, interface {} s, fractions {} s",
                cl.count(), cl.count(1), cl.count(2), seconds(t1 - t0), seconds(t2 - t1),
                seconds(System.nanoTime() - t2));
        return new Result(cl, phases, areas, activeCam);
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.2f", nanos * 1e-9);
    }

    /** Per-phase fractions from one pass over the voxels; returns the active CAM fraction. */
    private static double tally(PhaseImage img, VoxelClusters cl, boolean[] active, Map<Phase, PhaseConnection> out) {
        int np = Phase.values().length;
        long[] total = new long[np];
        long[] connected = new long[np];
        long[] spanning = new long[np];
        long[] deadEnd = new long[np];
        long activeCam = 0;
        byte[] ph = img.phases();
        int[] ids = cl.ids();
        for (int v = 0; v < ph.length; v++) {
            int p = ph[v];
            total[p]++;
            int c = ids[v];
            if (c < 0) {
                continue;
            }
            int f = cl.flags(c);
            byte terminal = cl.network(c) == 1 ? VoxelClusters.LOW : VoxelClusters.HIGH;
            connected[p] += (f & terminal) != 0 ? 1 : 0;
            spanning[p] += f == (VoxelClusters.LOW | VoxelClusters.HIGH) ? 1 : 0;
            deadEnd[p] += f == VoxelClusters.LOW || f == VoxelClusters.HIGH ? 1 : 0;
            activeCam += p == PhaseImage.CAM && active[c] ? 1 : 0;
        }
        for (Phase p : Phase.values()) {
            int q = p.ordinal();
            if (total[q] > 0 && p != Phase.VOID) {
                double t = total[q];
                out.put(p, new PhaseConnection(p, total[q], connected[q] / t, spanning[q] / t, deadEnd[q] / t,
                        (total[q] - spanning[q] - deadEnd[q]) / t));
            }
        }
        return total[PhaseImage.CAM] > 0 ? (double) activeCam / total[PhaseImage.CAM] : 0;
    }
}
