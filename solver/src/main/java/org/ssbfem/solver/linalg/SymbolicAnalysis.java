package org.ssbfem.solver.linalg;

import java.util.Locale;

/**
 * Everything the multifrontal LU needs that depends on the sparsity pattern only, computed once per
 * pattern: the fill-reducing ordering (nested dissection, then etree postorder), the supernodes
 * with their tree and row structures, the transposed pattern for assembling fronts, and the memory
 * the factorization will take. Package-private, immutable.
 */
final class SymbolicAnalysis {
    final SparsityPattern pattern;
    final int n;
    /** New-to-old ordering and its inverse. */
    final int[] perm;
    final int[] inv;
    /** Supernode s holds columns superStart[s] .. superStart[s + 1] - 1 (new numbering). */
    final int[] superStart;
    final int[] superParent;
    final int[] childCount;
    /** Row structure below each supernode: sorted new indices after its last column. */
    final int[][] below;
    /** Transpose of the pattern in old numbering: rows of column j at tIdx[tPtr[j]..], value positions tPos. */
    final int[] tPtr;
    final int[] tIdx;
    final int[] tPos;
    final long factorEntries;
    final long peakStackEntries;
    final int maxFront;

    private SymbolicAnalysis(SparsityPattern p, int[] perm, int[] superStart, int[] superParent, int[][] below) {
        this.pattern = p;
        this.n = p.size();
        this.perm = perm;
        this.inv = Permutation.inverse(perm);
        this.superStart = superStart;
        this.superParent = superParent;
        this.below = below;
        this.childCount = new int[superParent.length];
        for (int parent : superParent) {
            if (parent >= 0) {
                childCount[parent]++;
            }
        }
        this.tPtr = new int[n + 1];
        this.tIdx = AdjacencyGraph.transpose(n, p.rowPtr(), p.colIdx(), tPtr);
        this.tPos = positions(p, tPtr);
        long[] sizes = sizes();
        this.factorEntries = sizes[0];
        this.peakStackEntries = sizes[1];
        this.maxFront = (int) sizes[2];
    }

    /**
     * Analyses {@code p}.
     *
     * @param maxBytes memory the numeric factorization may take
     * @throws SolverException when the factorization would need more than {@code maxBytes}
     */
    static SymbolicAnalysis of(SparsityPattern p, long maxBytes) {
        AdjacencyGraph g = AdjacencyGraph.of(p);
        return of(g, p, NestedDissection.order(g), maxBytes);
    }

    /** Same with a given fill-reducing ordering {@code nd} (new-to-old), refined by an etree postorder. */
    static SymbolicAnalysis of(AdjacencyGraph g, SparsityPattern p, int[] nd, long maxBytes) {
        int[] post = EliminationTree.postorder(EliminationTree.parents(g, nd, Permutation.inverse(nd)));
        int[] perm = new int[p.size()];
        for (int k = 0; k < perm.length; k++) {
            perm[k] = nd[post[k]];
        }
        int[] inv = Permutation.inverse(perm);
        int[] parent = EliminationTree.parents(g, perm, inv);
        int[] colCount = EliminationTree.columnCounts(g, perm, inv, parent, maxBytes / 16);
        if (colCount == null) {
            throw tooBig(p.size(), "more than " + gigabytes(maxBytes), maxBytes);
        }
        int[] starts = SupernodePartition.starts(parent, colCount);
        int[] superParent = superParents(starts, parent);
        SymbolicAnalysis a = new SymbolicAnalysis(p, perm, starts, superParent, structures(g, perm, inv, starts, superParent));
        if (a.estimatedBytes() > maxBytes) {
            throw tooBig(p.size(), "about " + gigabytes(a.estimatedBytes()), maxBytes);
        }
        return a;
    }

    int supernodes() { return superParent.length; }

    /** Memory of the numeric factorization: factors, the stack of contribution blocks, the front, indices. */
    long estimatedBytes() {
        long fronts = (long) maxFront * maxFront;
        return 8 * (factorEntries + peakStackEntries + fronts) + 8L * n * 4;
    }

    private static SolverException tooBig(int n, String need, long maxBytes) {
        return new SolverException(String.format(Locale.ROOT, "direct solver: the LU factors of this %d-unknown system"
                + " need %s (limit %s). Use an iterative method (solver.linear.method: gmres or cg, with"
                + " solver.linear.preconditioner: ilu0) or a coarser mesh", n, need, gigabytes(maxBytes)));
    }

    private static String gigabytes(long bytes) {
        return bytes >= 1e9 ? String.format(Locale.ROOT, "%.2f GB", bytes / 1e9)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static int[] superParents(int[] starts, int[] parent) {
        int count = starts.length - 1;
        int[] superOf = new int[parent.length];
        for (int s = 0; s < count; s++) {
            for (int j = starts[s]; j < starts[s + 1]; j++) {
                superOf[j] = s;
            }
        }
        int[] sp = new int[count];
        for (int s = 0; s < count; s++) {
            int p = parent[starts[s + 1] - 1];
            sp[s] = p < 0 ? -1 : superOf[p];
        }
        return sp;
    }

    /** Row structure of each supernode: its own columns' neighbours and its children's rows, beyond it. */
    private static int[][] structures(AdjacencyGraph g, int[] perm, int[] inv, int[] starts, int[] superParent) {
        int count = superParent.length;
        int[][] below = new int[count][];
        int[] head = new int[count];
        java.util.Arrays.fill(head, -1);
        int[] next = new int[count];
        for (int s = count - 1; s >= 0; s--) {
            if (superParent[s] >= 0) {
                next[s] = head[superParent[s]];
                head[superParent[s]] = s;
            }
        }
        int[] mark = new int[g.n];
        java.util.Arrays.fill(mark, -1);
        int[] buffer = new int[g.n];
        for (int s = 0; s < count; s++) {
            int last = starts[s + 1] - 1;
            int m = 0;
            for (int j = starts[s]; j <= last; j++) {
                int v = perm[j];
                for (int k = g.ptr[v]; k < g.ptr[v + 1]; k++) {
                    m = addIfNew(inv[g.adj[k]], last, s, mark, buffer, m);
                }
            }
            for (int c = head[s]; c >= 0; c = next[c]) {
                for (int i : below[c]) {
                    m = addIfNew(i, last, s, mark, buffer, m);
                }
            }
            below[s] = java.util.Arrays.copyOf(buffer, m);
            java.util.Arrays.sort(below[s]);
        }
        return below;
    }

    private static int addIfNew(int i, int last, int s, int[] mark, int[] buffer, int m) {
        if (i > last && mark[i] != s) {
            mark[i] = s;
            buffer[m++] = i;
        }
        return m;
    }

    /** Position in the value array (CSR) of each entry of the transposed pattern. */
    private static int[] positions(SparsityPattern p, int[] tPtr) {
        int n = p.size();
        int[] next = java.util.Arrays.copyOf(tPtr, n);
        int[] pos = new int[p.nonZeros()];
        int[] rp = p.rowPtr();
        int[] ci = p.colIdx();
        for (int i = 0; i < n; i++) {
            for (int k = rp[i]; k < rp[i + 1]; k++) {
                pos[next[ci[k]]++] = k;
            }
        }
        return pos;
    }

    /** {factor entries, peak entries of the contribution-block stack, largest front order}. */
    private long[] sizes() {
        long factor = 0;
        long stack = 0;
        long peak = 0;
        long maxF = 0;
        long[] pending = new long[supernodes()];
        for (int s = 0; s < supernodes(); s++) {
            long ns = superStart[s + 1] - superStart[s];
            long m = below[s].length;
            factor += ns * ns + 2 * ns * m;
            maxF = Math.max(maxF, ns + m);
            stack -= pending[s];
            if (superParent[s] >= 0) {
                pending[superParent[s]] += m * m;
                stack += m * m;
            }
            peak = Math.max(peak, stack + pending[s]);
        }
        return new long[] {factor, peak, maxF};
    }
}
