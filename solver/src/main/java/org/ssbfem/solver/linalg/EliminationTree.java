package org.ssbfem.solver.linalg;

/**
 * Elimination tree, postorder and column counts of the Cholesky factor of a symmetric pattern
 * (the graph of A + A^T) under a given ordering; the symbolic basis of the multifrontal LU.
 * Liu's algorithm with path compression for the tree, row-subtree traversal for the counts
 * (time proportional to the number of entries of L). Package-private.
 */
final class EliminationTree {
    private EliminationTree() {
    }

    /**
     * Parent of each column in the elimination tree (-1 for a root).
     *
     * @param perm new-to-old ordering; {@code inv} its inverse
     */
    static int[] parents(AdjacencyGraph g, int[] perm, int[] inv) {
        int n = g.n;
        int[] parent = new int[n];
        int[] ancestor = new int[n];
        for (int j = 0; j < n; j++) {
            parent[j] = -1;
            ancestor[j] = -1;
            int v = perm[j];
            for (int k = g.ptr[v]; k < g.ptr[v + 1]; k++) {
                int i = inv[g.adj[k]];
                while (i >= 0 && i < j) {
                    int next = ancestor[i];
                    ancestor[i] = j;
                    if (next < 0) {
                        parent[i] = j;
                    }
                    i = next;
                }
            }
        }
        return parent;
    }

    /** A postorder of the forest: {@code post[k]} is the k-th node visited (children before parents). */
    static int[] postorder(int[] parent) {
        int n = parent.length;
        int[] head = new int[n];
        int[] next = new int[n];
        java.util.Arrays.fill(head, -1);
        for (int j = n - 1; j >= 0; j--) {
            if (parent[j] >= 0) {
                next[j] = head[parent[j]];
                head[parent[j]] = j;
            }
        }
        int[] post = new int[n];
        int[] stack = new int[n];
        int k = 0;
        for (int root = 0; root < n; root++) {
            if (parent[root] < 0) {
                k = depthFirst(root, head, next, stack, post, k);
            }
        }
        return post;
    }

    private static int depthFirst(int root, int[] head, int[] next, int[] stack, int[] post, int k) {
        int top = 0;
        stack[0] = root;
        while (top >= 0) {
            int p = stack[top];
            int child = head[p];
            if (child < 0) {
                top--;
                post[k++] = p;
            } else {
                head[p] = next[child];
                stack[++top] = child;
            }
        }
        return k;
    }

    /**
     * Entries in each column of L, diagonal included (columns in new numbering, etree postordered
     * or not), or null as soon as their sum exceeds {@code limit}.
     */
    static int[] columnCounts(AdjacencyGraph g, int[] perm, int[] inv, int[] parent, long limit) {
        int n = g.n;
        int[] count = new int[n];
        int[] mark = new int[n];
        java.util.Arrays.fill(mark, -1);
        long total = n;
        for (int i = 0; i < n; i++) {
            count[i] = 1;
            mark[i] = i;
            int v = perm[i];
            for (int k = g.ptr[v]; k < g.ptr[v + 1]; k++) {
                for (int j = inv[g.adj[k]]; j < i && mark[j] != i; j = parent[j]) {
                    mark[j] = i;
                    count[j]++;
                    total++;
                }
            }
            if (total > limit) {
                return null;
            }
        }
        return count;
    }
}
