package org.ssbfem.solver.fem;

import org.ssbfem.mesh.Mesh;

/**
 * Which cells of a mesh have an affine reference map (constant Jacobian): every cell of a
 * first-order mesh, and the second-order cells whose edge nodes sit at their edge midpoints within
 * round-off. Gmsh places interior edge nodes at midpoints and moves only those on curved
 * geometry, so most cells of a curved mesh are straight. The tolerance on the midpoint offset is
 * {@value #RELATIVE_TOLERANCE} times the cell's longest edge plus its largest coordinate: far above
 * the round-off of a written midpoint, far below any curvature worth meshing.
 */
public final class StraightCells {
    /** Relative tolerance on the distance of an edge node from its edge midpoint. */
    public static final double RELATIVE_TOLERANCE = 1e-13;

    private StraightCells() {
    }

    /** One flag per cell: true when the cell is straight (a new array). */
    public static boolean[] of(Mesh mesh) {
        boolean[] straight = new boolean[mesh.cellCount()];
        for (int c = 0; c < straight.length; c++) {
            straight[c] = mesh.order() == 1 || isStraight(mesh, c);
        }
        return straight;
    }

    /** True when every edge node of second-order cell {@code c} is at its edge midpoint. */
    static boolean isStraight(Mesh mesh, int c) {
        int dim = mesh.dim();
        double[] x = mesh.coords();
        double scale = 0;
        double offset = 0;
        for (int e = 0; e < LagrangeSimplex.edgeCount(dim); e++) {
            int a = 3 * mesh.cellNode(c, LagrangeSimplex.edgeVertex(dim, e, 0));
            int b = 3 * mesh.cellNode(c, LagrangeSimplex.edgeVertex(dim, e, 1));
            int m = 3 * mesh.cellNode(c, dim + 1 + e);
            for (int i = 0; i < 3; i++) {
                scale = Math.max(scale, Math.abs(x[a + i] - x[b + i]) + Math.abs(x[a + i]));
                offset = Math.max(offset, Math.abs(x[m + i] - 0.5 * (x[a + i] + x[b + i])));
            }
        }
        return offset <= RELATIVE_TOLERANCE * scale;
    }
}
