package org.ssbfem.mesh.network;

import java.util.Arrays;
import java.util.List;
import org.ssbfem.mesh.micro.Microstructure;
import org.ssbfem.mesh.micro.Particle;
import org.ssbfem.mesh.micro.Phase;

/**
 * The electronic network of a particle packing as a contact graph: CAM and CBD particles are
 * nodes, overlapping pairs (gap &lt; 0) are edges, and a particle crossing the plane x = Lx
 * touches the current collector. Clusters by union-find over particle indices; neighbour search in
 * a uniform grid of cells two largest radii wide (O(N)). Exact for spheres, no voxelization error;
 * the SE (the matrix) is not a particle and needs the voxel analysis.
 *
 * @param clusterOfParticle cluster id per particle of the microstructure, -1 for void particles
 * @param clusters number of clusters
 * @param camCount CAM particles
 * @param camConnected CAM particles in clusters touching the collector
 * @param camVolumeConnectedFraction connected share of the CAM sphere volume (whole spheres,
 *     overlaps and the cut at x = Lx not subtracted)
 * @param spans true when one cluster touches both x = 0 and x = Lx (crosses the box)
 */
public record ContactGraph(int[] clusterOfParticle, int clusters, int camCount, int camConnected,
                           double camVolumeConnectedFraction, boolean spans) {

    /** Builds the graph of {@code m}'s particles (not modified). */
    public static ContactGraph of(Microstructure m) {
        List<Particle> ps = m.particles();
        int n = ps.size();
        int[] parent = new int[n];
        for (int a = 0; a < n; a++) {
            parent[a] = conducts(ps.get(a)) ? a : -1;
        }
        ParticleGrid grid = new ParticleGrid(ps);
        for (int a = 0; a < n; a++) {
            if (parent[a] < 0) {
                continue;
            }
            int fa = a;
            grid.forNeighbours(a, b -> {
                if (b > fa && parent[b] >= 0 && ps.get(fa).gap(ps.get(b)) < 0) {
                    UnionScan.union(parent, fa, b);
                }
            });
        }
        return classify(m, parent);
    }

    private static boolean conducts(Particle p) {
        return p.phase() == Phase.CAM || p.phase() == Phase.CBD;
    }

    private static ContactGraph classify(Microstructure m, int[] parent) {
        List<Particle> ps = m.particles();
        int[] id = new int[parent.length];
        Arrays.fill(id, -1);
        int[] rootId = new int[parent.length];
        int count = 0;
        for (int a = 0; a < parent.length; a++) {
            if (parent[a] >= 0 && UnionScan.find(parent, a) == a) {
                rootId[a] = count++;
            }
        }
        boolean[] collector = new boolean[count];
        boolean[] anode = new boolean[count];
        boolean spans = false;
        for (int a = 0; a < parent.length; a++) {
            if (parent[a] >= 0) {
                id[a] = rootId[UnionScan.find(parent, a)];
                Particle p = ps.get(a);
                collector[id[a]] |= p.xM() + p.radiusM() > m.lxM();
                anode[id[a]] |= p.xM() - p.radiusM() < 0;
                spans |= collector[id[a]] && anode[id[a]];
            }
        }
        int cam = 0;
        int camConn = 0;
        double vol = 0;
        double volConn = 0;
        for (int a = 0; a < parent.length; a++) {
            Particle p = ps.get(a);
            if (p.phase() == Phase.CAM) {
                double v = m.is2d() ? p.radiusM() * p.radiusM() : Math.pow(p.radiusM(), 3);
                cam++;
                vol += v;
                if (collector[id[a]]) {
                    camConn++;
                    volConn += v;
                }
            }
        }
        return new ContactGraph(id, count, cam, camConn, vol > 0 ? volConn / vol : 0, spans);
    }
}
