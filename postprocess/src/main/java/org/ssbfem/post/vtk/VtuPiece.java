package org.ssbfem.post.vtk;

import java.util.Arrays;
import org.ssbfem.mesh.CellType;

/**
 * The cells chosen for one .vtu piece and the points they use: points renumbered 0-based in
 * increasing source-node order, connectivity in VTK node order.
 */
final class VtuPiece {
    final CellType type;
    /** Source cell index of each written cell. */
    final int[] cellIds;
    /** Source node index of each written point. */
    final int[] pointIds;
    /** Written point index of each source node, -1 when unused. */
    private final int[] pointOfNode;
    private final int[] connectivity;

    /**
     * @param nodeCount number of source nodes
     * @param type cell type (node order Gmsh's)
     * @param connectivity source connectivity, {@code type.nodes()} per source cell
     * @param cellIds the source cells to write, no duplicates
     */
    VtuPiece(int nodeCount, CellType type, int[] connectivity, int[] cellIds) {
        this.type = type;
        this.connectivity = connectivity;
        this.cellIds = cellIds;
        this.pointOfNode = new int[nodeCount];
        Arrays.fill(pointOfNode, -1);
        int per = type.nodes();
        for (int c : cellIds) {
            for (int k = 0; k < per; k++) {
                pointOfNode[connectivity[c * per + k]] = 0;
            }
        }
        int n = 0;
        for (int i = 0; i < nodeCount; i++) {
            if (pointOfNode[i] == 0) {
                pointOfNode[i] = n++;
            }
        }
        pointIds = new int[n];
        for (int i = 0; i < nodeCount; i++) {
            if (pointOfNode[i] >= 0) {
                pointIds[pointOfNode[i]] = i;
            }
        }
    }

    int pointCount() { return pointIds.length; }

    int cellCount() { return cellIds.length; }

    /** Written point index of node {@code k} (VTK order) of written cell {@code c}. */
    int vtkCellPoint(int c, int k) {
        int per = type.nodes();
        return pointOfNode[connectivity[cellIds[c] * per + vtkToGmsh(type, k)]];
    }

    /**
     * Gmsh node index for VTK node {@code k}. Only the 10-node tetrahedron differs: Gmsh's edge
     * nodes 8 and 9 (edges 3-2 and 3-1) are VTK's 9 and 8 (edges 1-3 and 2-3).
     */
    static int vtkToGmsh(CellType type, int k) {
        if (type == CellType.TET10 && (k == 8 || k == 9)) {
            return 17 - k;
        }
        return k;
    }
}
