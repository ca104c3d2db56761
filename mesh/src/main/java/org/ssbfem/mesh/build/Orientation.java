package org.ssbfem.mesh.build;

import org.ssbfem.mesh.CellType;

/**
 * Reorders the nodes of cells with a negative straight-cell Jacobian so that every cell is
 * positively oriented (tetrahedra right-handed, triangles counter-clockwise in the xy plane),
 * keeping Gmsh's node-order convention for the edge nodes.
 */
final class Orientation {
    /** Swap of vertices 0 and 1 of a tetrahedron, with the edge nodes that follow. */
    private static final int[] TET_FLIP = {1, 0, 2, 3, 4, 6, 5, 9, 8, 7};
    /** Swap of vertices 1 and 2 of a triangle, with the edge nodes that follow. */
    private static final int[] TRI_FLIP = {0, 2, 1, 5, 4, 3};

    private Orientation() { }

    /**
     * Flips negatively oriented cells in place.
     *
     * @param cells connectivity, modified
     * @param coords node coordinates, 3 per node
     * @return number of cells flipped
     */
    static int makePositive(CellType type, int[] cells, double[] coords) {
        int nodes = type.nodes();
        int[] perm = type.dim() == 3 ? TET_FLIP : TRI_FLIP;
        double[] x = new double[3 * nodes];
        int[] tmp = new int[nodes];
        int flipped = 0;
        for (int c = 0; c < cells.length / nodes; c++) {
            for (int k = 0; k < nodes; k++) {
                System.arraycopy(coords, 3 * cells[c * nodes + k], x, 3 * k, 3);
            }
            if (MeshQuality.detJ(CellType.simplex(type.dim(), 1), x, center(type.dim())) < 0) {
                for (int k = 0; k < nodes; k++) {
                    tmp[k] = cells[c * nodes + perm[k]];
                }
                System.arraycopy(tmp, 0, cells, c * nodes, nodes);
                flipped++;
            }
        }
        return flipped;
    }

    private static double[] center(int dim) {
        double[] p = new double[dim];
        java.util.Arrays.fill(p, 1.0 / (dim + 1));
        return p;
    }
}
