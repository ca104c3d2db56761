package org.ssbfem.solver.linalg;

/**
 * Reverse Cuthill-McKee ordering (George's reversal of Cuthill and McKee 1969) of the graph of
 * A + A^T: breadth-first from a pseudo-peripheral vertex of each connected component (George-Liu
 * search, as {@code LevelStructure}), neighbours in increasing degree, then the whole order
 * reversed. It shrinks the bandwidth and profile, which makes ILU(0) more accurate and matrix
 * products cache-friendly.
 *
 * <p>A {@linkplain SparsityPattern#symmetric known symmetric} pattern is its own graph (rows
 * without the diagonal), so it is searched in place; any other pattern goes through
 * {@code AdjacencyGraph}. Both give the same ordering for the same pattern.
 */
public final class ReverseCuthillMcKee {
    private ReverseCuthillMcKee() {
    }

    /**
     * Neighbours of v: {@code adj[ptr[v] .. ptr[v + 1])}, ascending, except v itself (stored in a
     * symmetric pattern's row); {@code deg[v]} of them.
     */
    private record Graph(int[] ptr, int[] adj, int[] deg) {
        static Graph of(SparsityPattern p) {
            if (!p.knownSymmetric()) {
                AdjacencyGraph g = AdjacencyGraph.of(p);
                return new Graph(g.ptr, g.adj, degrees(g.ptr, g.n, null));
            }
            return new Graph(p.rowPtr(), p.colIdx(), degrees(p.rowPtr(), p.size(), p));
        }

        /** Row lengths, less one where {@code p} (when not null) stores the diagonal. */
        private static int[] degrees(int[] ptr, int n, SparsityPattern p) {
            int[] deg = new int[n];
            for (int v = 0; v < n; v++) {
                deg[v] = ptr[v + 1] - ptr[v] - (p != null && p.find(v, v) >= 0 ? 1 : 0);
            }
            return deg;
        }

        int n() { return deg.length; }
    }

    /**
     * The ordering, as a new-to-old map: {@code perm[newIndex] = oldIndex}. Use with
     * {@link Permutation#permute(SparsityPattern, int[])}; {@link Permutation#inverse} gives
     * old-to-new. O(nnz) time apart from sorting small neighbour lists.
     */
    public static int[] permutation(SparsityPattern pattern) {
        Graph g = Graph.of(pattern);
        int n = g.n();
        Levels ls = new Levels(g);
        boolean[] numbered = new boolean[n];
        int[] perm = new int[n];
        int count = 0;
        for (int s = 0; s < n; s++) {
            if (!numbered[s]) {
                count = cuthillMcKee(g, ls.pseudoPeripheral(s), numbered, perm, count);
            }
        }
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        return perm;
    }

    /** Breadth-first numbering of root's component from position {@code count}; returns the new count. */
    private static int cuthillMcKee(Graph g, int root, boolean[] numbered, int[] perm, int count) {
        int[] ptr = g.ptr();
        int[] adj = g.adj();
        int head = count;
        perm[count++] = root;
        numbered[root] = true;
        while (head < count) {
            int v = perm[head++];
            int first = count;
            for (int k = ptr[v]; k < ptr[v + 1]; k++) {
                int w = adj[k];
                if (!numbered[w]) {
                    numbered[w] = true;
                    perm[count++] = w;
                }
            }
            sortByDegree(g.deg(), perm, first, count);
        }
        return count;
    }

    /** Insertion sort of perm[from, to) by (degree, index); the lists are short. */
    private static void sortByDegree(int[] deg, int[] perm, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int v = perm[i];
            int j = i - 1;
            while (j >= from && (deg[v] < deg[perm[j]] || (deg[v] == deg[perm[j]] && v < perm[j]))) {
                perm[j + 1] = perm[j];
                j--;
            }
            perm[j + 1] = v;
        }
    }

    /**
     * Breadth-first level structures of one component and George and Liu's pseudo-peripheral node
     * search, exactly as {@link LevelStructure} does on a single part. Work arrays are reused, so
     * a search costs time proportional to the component.
     */
    private static final class Levels {
        private final Graph g;
        private final int[] order;
        /** Whether a vertex was reached by the last build (a byte array stays in cache). */
        private final boolean[] reached;
        private int levels;
        private int size;
        private int lastLevelStart;

        Levels(Graph g) {
            this.g = g;
            this.order = new int[g.n()];
            this.reached = new boolean[g.n()];
        }

        /**
         * A vertex of (nearly) maximal eccentricity in the component of {@code start}:
         * breadth-first searches from a vertex of least degree in the last level (the first found)
         * until the depth stops growing.
         */
        int pseudoPeripheral(int start) {
            build(start);
            while (true) {
                int depth = levels;
                int candidate = minDegreeInLastLevel();
                build(candidate);
                if (levels <= depth) {
                    return candidate;
                }
            }
        }

        /** Breadth-first search from {@code root}: order, levels, start of the last level. */
        private void build(int root) {
            for (int k = 0; k < size; k++) {
                reached[order[k]] = false;
            }
            int[] ptr = g.ptr();
            int[] adj = g.adj();
            order[0] = root;
            reached[root] = true;
            size = 1;
            levels = 0;
            int head = 0;
            while (head < size) {
                lastLevelStart = head;
                levels++;
                for (int end = size; head < end; head++) {
                    int v = order[head];
                    for (int k = ptr[v]; k < ptr[v + 1]; k++) {
                        int w = adj[k];
                        if (!reached[w]) {
                            reached[w] = true;
                            order[size++] = w;
                        }
                    }
                }
            }
        }

        private int minDegreeInLastLevel() {
            int[] deg = g.deg();
            int best = order[lastLevelStart];
            for (int k = lastLevelStart + 1; k < size; k++) {
                if (deg[order[k]] < deg[best]) {
                    best = order[k];
                }
            }
            return best;
        }
    }

    /** Bandwidth max |i - j| over the stored entries (i, j); 0 for a diagonal matrix. */
    public static int bandwidth(SparsityPattern pattern) {
        int[] rp = pattern.rowPtr();
        int[] ci = pattern.colIdx();
        int b = 0;
        for (int i = 0; i < pattern.size(); i++) {
            for (int k = rp[i]; k < rp[i + 1]; k++) {
                b = Math.max(b, Math.abs(i - ci[k]));
            }
        }
        return b;
    }

    /** Profile: sum over rows of (i - smallest column index in row i, when below the diagonal). */
    public static long profile(SparsityPattern pattern) {
        int[] rp = pattern.rowPtr();
        int[] ci = pattern.colIdx();
        long s = 0;
        for (int i = 0; i < pattern.size(); i++) {
            if (rp[i + 1] > rp[i]) {
                s += Math.max(0, i - ci[rp[i]]);
            }
        }
        return s;
    }
}
