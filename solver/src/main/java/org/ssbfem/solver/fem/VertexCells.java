package org.ssbfem.solver.fem;

import org.ssbfem.mesh.Mesh;

/**
 * For each mesh node, the cells that have it as a vertex (compressed rows of primitive arrays).
 * Nodes that are no vertex (edge nodes of second-order cells) have none. Immutable.
 */
public final class VertexCells {
    private final int[] start;
    private final int[] cells;

    private VertexCells(int[] start, int[] cells) {
        this.start = start;
        this.cells = cells;
    }

    /** Builds the map for {@code mesh}: O(cells) time and memory. */
    public static VertexCells of(Mesh mesh) {
        int nv = mesh.cellType().vertices();
        int[] start = new int[mesh.nodeCount() + 1];
        for (int c = 0; c < mesh.cellCount(); c++) {
            for (int v = 0; v < nv; v++) {
                start[mesh.cellNode(c, v) + 1]++;
            }
        }
        for (int n = 0; n < mesh.nodeCount(); n++) {
            start[n + 1] += start[n];
        }
        int[] fill = start.clone();
        int[] cells = new int[start[mesh.nodeCount()]];
        for (int c = 0; c < mesh.cellCount(); c++) {
            for (int v = 0; v < nv; v++) {
                cells[fill[mesh.cellNode(c, v)]++] = c;
            }
        }
        return new VertexCells(start, cells);
    }

    /** Offset of node {@code n}'s cells; they run to {@code start(n + 1)}. */
    public int start(int n) { return start[n]; }

    /** The cell at offset {@code k}. */
    public int cell(int k) { return cells[k]; }
}
