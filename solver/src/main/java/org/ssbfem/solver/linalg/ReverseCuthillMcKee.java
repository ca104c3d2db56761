package org.ssbfem.solver.linalg;

/**
 * Reverse Cuthill-McKee ordering (George's reversal of Cuthill and McKee 1969) of the graph of
 * A + A^T: breadth-first from a pseudo-peripheral vertex of each connected component (George-Liu
 * search), neighbours in increasing degree, then the whole order reversed. It shrinks the
 * bandwidth and profile, which makes ILU(0) more accurate and matrix products cache-friendly.
 */
public final class ReverseCuthillMcKee {
    private ReverseCuthillMcKee() {
    }

    /**
     * The ordering, as a new-to-old map: {@code perm[newIndex] = oldIndex}. Use with
     * {@link Permutation#permute(SparsityPattern, int[])}; {@link Permutation#inverse} gives
     * old-to-new. O(nnz) time apart from sorting small neighbour lists.
     */
    public static int[] permutation(SparsityPattern pattern) {
        AdjacencyGraph g = AdjacencyGraph.of(pattern);
        int n = g.n;
        LevelStructure ls = new LevelStructure(g, new int[n]);
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
    private static int cuthillMcKee(AdjacencyGraph g, int root, boolean[] numbered, int[] perm, int count) {
        int head = count;
        perm[count++] = root;
        numbered[root] = true;
        while (head < count) {
            int v = perm[head++];
            int first = count;
            for (int k = g.ptr[v]; k < g.ptr[v + 1]; k++) {
                int w = g.adj[k];
                if (!numbered[w]) {
                    numbered[w] = true;
                    perm[count++] = w;
                }
            }
            sortByDegree(g, perm, first, count);
        }
        return count;
    }

    /** Insertion sort of perm[from, to) by (degree, index); the lists are short. */
    private static void sortByDegree(AdjacencyGraph g, int[] perm, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int v = perm[i];
            int j = i - 1;
            while (j >= from && before(g, v, perm[j])) {
                perm[j + 1] = perm[j];
                j--;
            }
            perm[j + 1] = v;
        }
    }

    private static boolean before(AdjacencyGraph g, int v, int w) {
        int dv = g.degree(v);
        int dw = g.degree(w);
        return dv < dw || (dv == dw && v < w);
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
