package org.ssbfem.solver.linalg;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Fill-reducing ordering by nested dissection with level-structure separators (George's automatic
 * nested dissection): a connected part is split by one breadth-first level taken from a
 * pseudo-peripheral vertex, the separator is numbered after both halves, and the halves are
 * dissected recursively down to parts of {@value #LEAF_SIZE} vertices. On a k^3 grid the separators
 * are planes of about k^2 vertices, which gives O(N^2) factorization work instead of the O(N^(7/3))
 * of a banded (RCM) factorization. Package-private.
 */
final class NestedDissection {
    static final int LEAF_SIZE = 48;
    /** The separator level is the smallest one whose lower side holds between these shares of the part. */
    private static final double BALANCE_LOW = 0.3;
    private static final double BALANCE_HIGH = 0.7;

    private final AdjacencyGraph g;
    private final int[] part;
    private final LevelStructure ls;
    private final int[] perm;
    private int nextPart = 1;

    private record Task(int[] vertices, int lo) {
    }

    private NestedDissection(AdjacencyGraph g) {
        this.g = g;
        this.part = new int[g.n];
        this.ls = new LevelStructure(g, part);
        this.perm = new int[g.n];
    }

    /** The ordering as new-to-old: {@code perm[newIndex] = vertex}. */
    static int[] order(AdjacencyGraph g) {
        NestedDissection nd = new NestedDissection(g);
        int[] all = new int[g.n];
        for (int i = 0; i < g.n; i++) {
            all[i] = i;
        }
        Deque<Task> tasks = new ArrayDeque<>();
        tasks.push(new Task(all, 0));
        while (!tasks.isEmpty()) {
            nd.split(tasks.pop(), tasks);
        }
        return nd.perm;
    }

    /** Numbers a part or splits it into pieces pushed back onto {@code tasks}. */
    private void split(Task t, Deque<Task> tasks) {
        int[] v = t.vertices();
        if (v.length <= LEAF_SIZE) {
            System.arraycopy(v, 0, perm, t.lo(), v.length);
            return;
        }
        ls.pseudoPeripheral(v[0]);
        if (ls.size < v.length) {
            int[] component = java.util.Arrays.copyOf(ls.order, ls.size);
            int[] rest = remainder(v, component.length);
            tasks.push(new Task(relabel(component), t.lo()));
            tasks.push(new Task(relabel(rest), t.lo() + component.length));
            return;
        }
        int level = separatorLevel();
        if (level < 0) {
            System.arraycopy(ls.order, 0, perm, t.lo(), ls.size);
            return;
        }
        dissect(level, t.lo(), tasks);
    }

    /** Vertices of v not reached by the last level structure (which holds {@code reached} of them). */
    private int[] remainder(int[] v, int reached) {
        int[] rest = new int[v.length - reached];
        int m = 0;
        for (int x : v) {
            if (ls.level[x] < 0) {
                rest[m++] = x;
            }
        }
        return rest;
    }

    /** Gives the vertices a fresh part id; returns them. */
    private int[] relabel(int[] vertices) {
        int id = nextPart++;
        for (int x : vertices) {
            part[x] = id;
        }
        return vertices;
    }

    /** The level to cut at (smallest in the balanced window), or -1 when the part is too shallow. */
    private int separatorLevel() {
        if (ls.levels < 3) {
            return -1;
        }
        int best = -1;
        for (int l = 1; l < ls.levels - 1; l++) {
            double below = ls.levelStart[l] / (double) ls.size;
            boolean inWindow = below >= BALANCE_LOW && ls.levelStart[l + 1] / (double) ls.size <= BALANCE_HIGH + 1e-12;
            if (inWindow && (best < 0 || width(l) < width(best))) {
                best = l;
            }
        }
        if (best < 0) {
            best = 1;
            while (best < ls.levels - 2 && ls.levelStart[best + 1] < ls.size / 2) {
                best++;
            }
        }
        return best;
    }

    private int width(int l) {
        return ls.levelStart[l + 1] - ls.levelStart[l];
    }

    /**
     * Cuts at {@code level}: vertices of that level with a neighbour above it form the separator,
     * numbered last; the part below and the part above become new tasks.
     */
    private void dissect(int level, int lo, Deque<Task> tasks) {
        int n = ls.size;
        int[] below = new int[n];
        int[] above = new int[n];
        int[] separator = new int[n];
        int nb = 0;
        int na = 0;
        int ns = 0;
        for (int k = 0; k < n; k++) {
            int x = ls.order[k];
            int lx = ls.level[x];
            if (lx < level || (lx == level && !touchesLevel(x, level + 1))) {
                below[nb++] = x;
            } else if (lx > level) {
                above[na++] = x;
            } else {
                separator[ns++] = x;
            }
        }
        for (int k = 0; k < ns; k++) {
            part[separator[k]] = -1;
            perm[lo + n - ns + k] = separator[k];
        }
        tasks.push(new Task(relabel(java.util.Arrays.copyOf(below, nb)), lo));
        tasks.push(new Task(relabel(java.util.Arrays.copyOf(above, na)), lo + nb));
    }

    private boolean touchesLevel(int x, int level) {
        for (int k = g.ptr[x]; k < g.ptr[x + 1]; k++) {
            if (ls.level[g.adj[k]] == level) {
                return true;
            }
        }
        return false;
    }
}
