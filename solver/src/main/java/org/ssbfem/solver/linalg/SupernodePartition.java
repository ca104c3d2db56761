package org.ssbfem.solver.linalg;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Supernodes of a postordered elimination tree: fundamental supernodes (chains of columns with
 * nested structure), then relaxed amalgamation of each supernode with its last child when the
 * explicit zeros that adds stay small (the rules of CHOLMOD's defaults: always up to 4 columns,
 * up to 16 with under 80 % zeros, up to 48 with under 10 %, beyond that under 5 %). Bigger
 * supernodes mean bigger dense kernels in the multifrontal factorization. Package-private.
 */
final class SupernodePartition {
    private SupernodePartition() {
    }

    private record Block(int first, int size, int below, long zeros) {
    }

    /**
     * @param parent postordered elimination tree
     * @param colCount entries per column of L (diagonal included)
     * @return supernode starts, length supernodes + 1 (the last entry is n)
     */
    static int[] starts(int[] parent, int[] colCount) {
        int n = parent.length;
        int[] children = new int[n];
        for (int j = 0; j < n; j++) {
            if (parent[j] >= 0) {
                children[parent[j]]++;
            }
        }
        Deque<Block> done = new ArrayDeque<>();
        int first = 0;
        for (int j = 1; j <= n; j++) {
            boolean continues = j < n && parent[j - 1] == j && colCount[j - 1] == colCount[j] + 1 && children[j] == 1;
            if (!continues) {
                int size = j - first;
                push(done, new Block(first, size, colCount[first] - size, 0), parent);
                first = j;
            }
        }
        int[] starts = new int[done.size() + 1];
        int s = done.size();
        starts[s] = n;
        while (!done.isEmpty()) {
            starts[--s] = done.pop().first();
        }
        return starts;
    }

    /** Pushes {@code cur} after merging into it every last child that the relaxation rules accept. */
    private static void push(Deque<Block> done, Block cur, int[] parent) {
        while (!done.isEmpty()) {
            Block top = done.peek();
            int topLast = top.first() + top.size() - 1;
            boolean isLastChild = topLast + 1 == cur.first() && parent[topLast] >= cur.first()
                    && parent[topLast] < cur.first() + cur.size();
            if (!isLastChild) {
                break;
            }
            int size = top.size() + cur.size();
            long zeros = top.zeros() + cur.zeros() + (long) top.size() * (cur.size() + cur.below() - top.below());
            if (!accept(size, zeros, (long) size * (size + 1) / 2 + (long) size * cur.below())) {
                break;
            }
            done.pop();
            cur = new Block(top.first(), size, cur.below(), zeros);
        }
        done.push(cur);
    }

    private static boolean accept(int size, long zeros, long entries) {
        double fraction = zeros / (double) entries;
        return size <= 4 || (size <= 16 && fraction < 0.8) || (size <= 48 && fraction < 0.1) || fraction < 0.05;
    }
}
