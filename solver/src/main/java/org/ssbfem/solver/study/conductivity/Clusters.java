package org.ssbfem.solver.study.conductivity;

import org.ssbfem.solver.space.FunctionSpace;

/**
 * The connected components of the conducting cells of a space: two cells belong to one cluster
 * when they share a dof (a node of the same space), so touching particles that share mesh nodes
 * conduct into each other. Found once per space by union-find over the dofs; {@link #classify}
 * then sorts the clusters by which plates they touch. Immutable.
 */
public final class Clusters {
    /** How a cluster relates to the two plates of one direction. */
    public enum Kind {
        /** Touches both plates: carries the current. */
        SPANNING,
        /** Touches one plate only: floats at that plate's potential and carries no current. */
        DEAD_END,
        /** Touches neither plate: its potential is undetermined, so its dofs are fixed to 0. */
        ISOLATED
    }

    private final FunctionSpace space;
    private final int[] componentOfDof;
    private final int count;

    private Clusters(FunctionSpace space, int[] componentOfDof, int count) {
        this.space = space;
        this.componentOfDof = componentOfDof;
        this.count = count;
    }

    /** The clusters of {@code space}: O(cells * dofs per cell) time, O(dofs) memory. */
    public static Clusters of(FunctionSpace space) {
        int[] parent = new int[space.dofCount()];
        for (int d = 0; d < parent.length; d++) {
            parent[d] = d;
        }
        for (int c : space.cells()) {
            int first = find(parent, space.cellDof(c, 0));
            for (int k = 1; k < space.dofsPerCell(); k++) {
                int r = find(parent, space.cellDof(c, k));
                if (r != first) {
                    parent[Math.max(r, first)] = Math.min(r, first);
                    first = Math.min(r, first);
                }
            }
        }
        int[] id = new int[parent.length];
        int n = 0;
        for (int d = 0; d < parent.length; d++) {
            int r = find(parent, d);
            id[d] = r == d ? n++ : id[r];
        }
        return new Clusters(space, id, n);
    }

    private static int find(int[] parent, int d) {
        int r = d;
        while (parent[r] != r) {
            r = parent[r];
        }
        while (parent[d] != r) {
            int next = parent[d];
            parent[d] = r;
            d = next;
        }
        return r;
    }

    /** Number of clusters. */
    public int count() { return count; }

    /** Cluster of dof {@code d}, in 0..count-1. */
    public int of(int d) { return componentOfDof[d]; }

    /**
     * The kind of every cluster for the plates of one direction, with the volume of each kind.
     *
     * @param plates the plates (dofs of the same space)
     * @param m cell volumes
     */
    public Classification classify(Plates plates, MeshMeasures m) {
        boolean[] low = new boolean[count];
        boolean[] high = new boolean[count];
        for (int d : plates.low()) {
            low[componentOfDof[d]] = true;
        }
        for (int d : plates.high()) {
            high[componentOfDof[d]] = true;
        }
        Kind[] kind = new Kind[count];
        for (int k = 0; k < count; k++) {
            kind[k] = low[k] && high[k] ? Kind.SPANNING : low[k] || high[k] ? Kind.DEAD_END : Kind.ISOLATED;
        }
        double[] volume = new double[Kind.values().length];
        int[] clusters = new int[volume.length];
        for (Kind k : kind) {
            clusters[k.ordinal()]++;
        }
        for (int c : space.cells()) {
            volume[kind[componentOfDof[space.cellDof(c, 0)]].ordinal()] += m.cellVolume(c);
        }
        return new Classification(this, kind, low, volume, clusters);
    }

    /**
     * Clusters sorted for one direction.
     *
     * @param clusters the clusters
     * @param kind kind of each cluster
     * @param touchesLow whether each cluster touches the low plate
     * @param volume volume of each {@link Kind} (by ordinal), m^3
     * @param counts number of clusters of each kind (by ordinal)
     */
    public record Classification(Clusters clusters, Kind[] kind, boolean[] touchesLow, double[] volume, int[] counts) {
        /** Kind of the cluster of dof {@code d}. */
        public Kind ofDof(int d) { return kind[clusters.of(d)]; }

        /** True when cluster of dof {@code d} touches the low plate. */
        public boolean lowDof(int d) { return touchesLow[clusters.of(d)]; }

        /** Volume of the clusters of kind {@code k}, m^3 (2D: m^2). */
        public double volume(Kind k) { return volume[k.ordinal()]; }

        /** Number of clusters of kind {@code k}. */
        public int count(Kind k) { return counts[k.ordinal()]; }
    }
}
