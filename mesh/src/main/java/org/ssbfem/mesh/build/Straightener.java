package org.ssbfem.mesh.build;

import org.ssbfem.mesh.Mesh;

/**
 * Last resort for curved cells that stay inverted: moves their edge nodes back to the midpoints of
 * their edges, making them straight (a straight cell with positively oriented vertices has a
 * positive Jacobian everywhere). A cell counts as inverted when its Jacobian determinant is not
 * positive at one of the points where the solver evaluates it ({@link CellValidity}: nodes, volume
 * and facet quadrature points), not only at the points of {@link MeshQuality#minScaledJacobian}. Shared edge nodes move for the neighbours too, so the check is
 * repeated until no cell is inverted; it ends at the latest when every cell is straight. The
 * geometry there loses its curvature (the cell no longer follows the curved surface), which the
 * report states.
 */
final class Straightener {
    private Straightener() { }

    /**
     * Straightens the P2 cells that are not valid at the solver's points, in place (node
     * coordinates of {@code mesh} are modified).
     *
     * @return number of cells straightened (0 for order-1 meshes)
     */
    static int straightenInverted(Mesh mesh) {
        if (mesh.order() == 1) {
            return 0;
        }
        int total = 0;
        for (int pass = 0; pass <= mesh.cellCount(); pass++) {
            int fixed = 0;
            for (int c = 0; c < mesh.cellCount(); c++) {
                double[] x = MeshQuality.cellCoords(mesh, c);
                if (!CellValidity.positiveAtSolverPoints(mesh.cellType(), x) && !isStraight(mesh, c, x)) {
                    straighten(mesh, c, x);
                    fixed++;
                }
            }
            total += fixed;
            if (fixed == 0) {
                break;
            }
        }
        return total;
    }

    private static boolean isStraight(Mesh mesh, int c, double[] x) {
        int[][] edges = LagrangeShape.edges(mesh.dim());
        for (int e = 0; e < edges.length; e++) {
            int k = mesh.dim() + 1 + e;
            for (int d = 0; d < 3; d++) {
                double mid = 0.5 * (x[3 * edges[e][0] + d] + x[3 * edges[e][1] + d]);
                if (x[3 * k + d] != mid) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void straighten(Mesh mesh, int c, double[] x) {
        int[][] edges = LagrangeShape.edges(mesh.dim());
        double[] coords = mesh.coords();
        for (int e = 0; e < edges.length; e++) {
            int node = mesh.cellNode(c, mesh.dim() + 1 + e);
            for (int d = 0; d < 3; d++) {
                coords[3 * node + d] = 0.5 * (x[3 * edges[e][0] + d] + x[3 * edges[e][1] + d]);
            }
        }
    }
}
