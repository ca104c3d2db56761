package org.ssbfem.solver.assembly;

import org.ssbfem.solver.fem.ReferenceElement;
import org.ssbfem.solver.space.FieldLayout;

/**
 * Coupling labels ({@link CellPositions#merge}) of the active entries of an interface facet whose
 * terms are all {@linkplain InterfaceTerm#traceOnly() trace-only}: 0 for a local dof on the facet,
 * -1 for one off it (its shape function vanishes on the facet). Which local dofs lie on the facet
 * depends only on the local vertex opposite to it in the cell on each side: one label array per
 * pair of opposite vertices, built once from the reference nodes. Immutable.
 */
final class TraceLabels {
    private static final double ON_FACET = 1e-12;

    private final int vertices;
    private final int[][] byOpposite;

    /** @param needed per side (0 minus, 1 plus), the fields the facet's terms read there */
    TraceLabels(FieldLayout layout, boolean[][] needed) {
        int dim = layout.mesh().dim();
        this.vertices = dim + 1;
        this.byOpposite = new int[vertices * vertices][];
        for (int v0 = 0; v0 < vertices; v0++) {
            for (int v1 = 0; v1 < vertices; v1++) {
                byOpposite[v0 * vertices + v1] = build(layout, needed, new int[] {v0, v1});
            }
        }
    }

    private static int[] build(FieldLayout layout, boolean[][] needed, int[] opposite) {
        int width = 0;
        for (int s = 0; s < 2; s++) {
            for (int k = 0; k < needed[s].length; k++) {
                width += needed[s][k] ? layout.space(k).dofsPerCell() : 0;
            }
        }
        int[] labels = new int[width];
        int t = 0;
        for (int s = 0; s < 2; s++) {
            for (int k = 0; k < needed[s].length; k++) {
                if (needed[s][k]) {
                    ReferenceElement e = layout.space(k).element();
                    for (int a = 0; a < e.nodeCount(); a++) {
                        labels[t++] = onFacet(e.node(a), opposite[s]) ? 0 : -1;
                    }
                }
            }
        }
        return labels;
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

    /** The labels of a facet whose opposite local vertices are {@code minus} and {@code plus} (shared: read only). */
    int[] of(int minus, int plus) { return byOpposite[minus * vertices + plus]; }

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
