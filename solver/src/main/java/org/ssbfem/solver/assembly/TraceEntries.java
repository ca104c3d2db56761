package org.ssbfem.solver.assembly;

import org.ssbfem.solver.fem.ReferenceElement;
import org.ssbfem.solver.space.FieldLayout;

/**
 * The active entries of an interface facet whose terms are all {@linkplain InterfaceTerm#traceOnly()
 * trace-only}: only the local dofs on the facet (the others' shape functions vanish on it), as
 * indices into the loop's full active list. Which local dofs lie on the facet depends only on the
 * local vertex opposite to it in the cell on each side: one index array per pair of opposite
 * vertices, built once from the reference nodes; all have the same length (a simplex facet holds
 * the same number of nodes of every field whichever vertex it faces). Immutable.
 */
final class TraceEntries {
    private static final double ON_FACET = 1e-12;

    private final int[][] byOpposite;

    /** @param needed per side (0 minus, 1 plus), the fields the facet's terms read there */
    TraceEntries(FieldLayout layout, boolean[][] needed) {
        int dim = layout.mesh().dim();
        int vertices = dim + 1;
        this.byOpposite = new int[vertices * vertices][];
        for (int v0 = 0; v0 < vertices; v0++) {
            for (int v1 = 0; v1 < vertices; v1++) {
                byOpposite[v0 * vertices + v1] = build(layout, needed, new int[] {v0, v1});
            }
        }
        for (int[] e : byOpposite) {
            if (e.length != byOpposite[0].length) {
                throw new IllegalStateException("facets hold different numbers of nodes");
            }
        }
    }

    private static int[] build(FieldLayout layout, boolean[][] needed, int[] opposite) {
        int[] out = new int[64];
        int n = 0;
        int t = 0;
        for (int s = 0; s < 2; s++) {
            for (int k = 0; k < needed[s].length; k++) {
                if (needed[s][k]) {
                    ReferenceElement e = layout.space(k).element();
                    for (int a = 0; a < e.nodeCount(); a++, t++) {
                        if (onFacet(e.node(a), opposite[s])) {
                            out = n == out.length ? java.util.Arrays.copyOf(out, 2 * n) : out;
                            out[n++] = t;
                        }
                    }
                }
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Whether the reference point {@code xi} lies on the facet opposite vertex {@code v} (lambda_v = 0). */
    static boolean onFacet(double[] xi, int v) {
        double lambda;
        if (v == 0) {
            lambda = 1.0;
            for (double x : xi) {
                lambda -= x;
            }
        } else {
            lambda = xi[v - 1];
        }
        return Math.abs(lambda) < ON_FACET;
    }

    /** Number of entries of every facet. */
    int width() { return byOpposite[0].length; }

    /**
     * The indices (into the full active list, increasing) of the entries on a facet whose opposite
     * local vertices are {@code minus} and {@code plus}, given as {@code key = minus * (dim + 1) +
     * plus} (shared: read only).
     */
    int[] at(int key) { return byOpposite[key]; }

    /**
     * The local vertex (0..dim) of a cell that is not among the facet's {@code dim} local vertices
     * {@code local[offset..offset+dim-1]}.
     */
    static int opposite(int[] local, int offset, int dim) {
        int sum = dim * (dim + 1) / 2;
        for (int i = 0; i < dim; i++) {
            sum -= local[offset + i];
        }
        return sum;
    }
}
