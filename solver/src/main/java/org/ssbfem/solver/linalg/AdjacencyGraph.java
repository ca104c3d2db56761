package org.ssbfem.solver.linalg;

/**
 * The undirected graph of a sparsity pattern: vertex i is adjacent to j when (i, j) or (j, i) is
 * stored and i != j (the pattern of A + A^T without its diagonal), in CSR form with sorted,
 * unique neighbour lists. Used by the orderings. Package-private, immutable.
 */
final class AdjacencyGraph {
    final int n;
    final int[] ptr;
    final int[] adj;

    private AdjacencyGraph(int n, int[] ptr, int[] adj) {
        this.n = n;
        this.ptr = ptr;
        this.adj = adj;
    }

    int degree(int v) {
        return ptr[v + 1] - ptr[v];
    }

    /**
     * The graph of A + A^T; O(nnz) time and memory. A structurally symmetric pattern (every
     * finite-element pattern; found by comparing it with its transpose) is its own graph: only the
     * diagonal is dropped, without merging and sorting.
     */
    static AdjacencyGraph of(SparsityPattern p) {
        int n = p.size();
        int[] rp = p.rowPtr();
        int[] ci = p.colIdx();
        int[] tPtr = new int[n + 1];
        int[] tIdx = transpose(n, rp, ci, tPtr);
        if (java.util.Arrays.equals(tPtr, rp) && java.util.Arrays.equals(tIdx, 0, rp[n], ci, 0, rp[n])) {
            return withoutDiagonal(n, rp, ci);
        }
        int[] mark = new int[n];
        java.util.Arrays.fill(mark, -1);
        int[] ptr = new int[n + 1];
        for (int i = 0; i < n; i++) {
            ptr[i + 1] = ptr[i] + merge(i, rp, ci, tPtr, tIdx, mark, null, 0);
        }
        int[] adj = new int[ptr[n]];
        java.util.Arrays.fill(mark, -1);
        for (int i = 0; i < n; i++) {
            merge(i, rp, ci, tPtr, tIdx, mark, adj, ptr[i]);
            java.util.Arrays.sort(adj, ptr[i], ptr[i + 1]);
        }
        return new AdjacencyGraph(n, ptr, adj);
    }

    /** The pattern's rows without their diagonal entries (rows stay sorted). */
    private static AdjacencyGraph withoutDiagonal(int n, int[] rp, int[] ci) {
        int[] ptr = new int[n + 1];
        int[] adj = new int[rp[n]];
        int m = 0;
        for (int i = 0; i < n; i++) {
            for (int k = rp[i]; k < rp[i + 1]; k++) {
                if (ci[k] != i) {
                    adj[m++] = ci[k];
                }
            }
            ptr[i + 1] = m;
        }
        return new AdjacencyGraph(n, ptr, java.util.Arrays.copyOf(adj, m));
    }

    /** Column lists of the transpose (row indices per column, ascending); fills tPtr. */
    static int[] transpose(int n, int[] rp, int[] ci, int[] tPtr) {
        for (int k = 0; k < rp[n]; k++) {
            tPtr[ci[k] + 1]++;
        }
        for (int j = 0; j < n; j++) {
            tPtr[j + 1] += tPtr[j];
        }
        int[] next = java.util.Arrays.copyOf(tPtr, n);
        int[] tIdx = new int[rp[n]];
        for (int i = 0; i < n; i++) {
            for (int k = rp[i]; k < rp[i + 1]; k++) {
                tIdx[next[ci[k]]++] = i;
            }
        }
        return tIdx;
    }

    /** Neighbours of i from row i and column i, each once; writes them to out (when not null); returns the count. */
    private static int merge(int i, int[] rp, int[] ci, int[] tPtr, int[] tIdx, int[] mark, int[] out, int at) {
        int count = 0;
        mark[i] = i;
        for (int k = rp[i]; k < rp[i + 1]; k++) {
            count = visit(ci[k], i, mark, out, at, count);
        }
        for (int k = tPtr[i]; k < tPtr[i + 1]; k++) {
            count = visit(tIdx[k], i, mark, out, at, count);
        }
        return count;
    }

    private static int visit(int j, int i, int[] mark, int[] out, int at, int count) {
        if (mark[j] == i) {
            return count;
        }
        mark[j] = i;
        if (out != null) {
            out[at + count] = j;
        }
        return count + 1;
    }
}
