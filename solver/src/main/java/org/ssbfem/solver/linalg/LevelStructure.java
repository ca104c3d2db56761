package org.ssbfem.solver.linalg;

import java.util.Arrays;

/**
 * Breadth-first level structures of an {@link AdjacencyGraph} restricted to one part of a
 * partition ({@code part[v] == part[root]}), and George and Liu's pseudo-peripheral node search
 * (SIAM J. Numer. Anal. 16, 1979). Work arrays are allocated once and reused, so a search costs
 * time proportional to the part, not to the whole graph. Package-private, not thread-safe.
 */
final class LevelStructure {
    private final AdjacencyGraph g;
    private final int[] part;
    /** Vertices reached by the last {@link #build}, level by level. */
    final int[] order;
    /** Level of each vertex in the last build, -1 when not reached. */
    final int[] level;
    /** order[levelStart[l] .. levelStart[l + 1]) is level l. */
    int[] levelStart = new int[64];
    int levels;
    int size;

    /** @param part part id of each vertex (owned by the caller; read during builds) */
    LevelStructure(AdjacencyGraph g, int[] part) {
        this.g = g;
        this.part = part;
        this.order = new int[g.n];
        this.level = new int[g.n];
        Arrays.fill(level, -1);
    }

    /** Breadth-first search from {@code root} over the vertices of its part. */
    void build(int root) {
        for (int k = 0; k < size; k++) {
            level[order[k]] = -1;
        }
        int id = part[root];
        order[0] = root;
        level[root] = 0;
        size = 1;
        levels = 0;
        int head = 0;
        while (head < size) {
            startLevel(head);
            int end = size;
            for (; head < end; head++) {
                int v = order[head];
                for (int k = g.ptr[v]; k < g.ptr[v + 1]; k++) {
                    int w = g.adj[k];
                    if (level[w] < 0 && part[w] == id) {
                        level[w] = levels;
                        order[size++] = w;
                    }
                }
            }
        }
        levelStart[levels] = size;
    }

    private void startLevel(int at) {
        if (levels + 1 >= levelStart.length) {
            levelStart = Arrays.copyOf(levelStart, levelStart.length * 2);
        }
        levelStart[levels++] = at;
    }

    /**
     * A vertex of (nearly) maximal eccentricity in the part of {@code start}: breadth-first searches
     * from a vertex of least degree in the last level until the depth stops growing. On return the
     * level structure is built from the returned vertex.
     */
    int pseudoPeripheral(int start) {
        build(start);
        while (true) {
            int depth = levels;
            int candidate = minDegreeInLastLevel();
            build(candidate);
            if (levels <= depth) {
                return candidate;   // as eccentric as the previous root: its structure is the one built
            }
        }
    }

    private int minDegreeInLastLevel() {
        int best = -1;
        for (int k = levelStart[levels - 1]; k < size; k++) {
            int v = order[k];
            if (best < 0 || g.degree(v) < g.degree(best)) {
                best = v;
            }
        }
        return best;
    }
}
