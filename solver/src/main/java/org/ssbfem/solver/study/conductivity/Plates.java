package org.ssbfem.solver.study.conductivity;

import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.space.FunctionSpace;

/**
 * The two electrodes ("plates") of one conduction problem: the dofs of a space on the faces of its
 * cells that lie in the box planes at the minimum and the maximum coordinate of one axis. Found
 * geometrically, whatever the mesh's facet groups are called, so user meshes work: a cell face
 * lies on a plane when all its vertices do (within {@link MeshMeasures#faceTolerance}); a cell
 * that touches a plane only with an edge or a vertex contributes nothing (a point contact would
 * carry a mesh-dependent current).
 *
 * @param low dofs on the plane at the minimum coordinate (potential 0), ascending
 * @param high dofs on the plane at the maximum coordinate (potential applied_V), ascending
 */
public record Plates(int[] low, int[] high) {
    private static final byte LOW = 1;
    private static final byte HIGH = 2;

    /** The plates of {@code space} normal to {@code axis} (0, 1, 2) of the box of {@code m}. */
    public static Plates find(FunctionSpace space, MeshMeasures m, int axis) {
        byte[] plane = planeOfNodes(space.mesh(), m, axis);
        boolean[] low = new boolean[space.dofCount()];
        boolean[] high = new boolean[space.dofCount()];
        Mesh mesh = space.mesh();
        int nv = mesh.cellType().vertices();
        for (int c : space.cells()) {
            int onLow = 0;
            int onHigh = 0;
            for (int k = 0; k < nv; k++) {
                byte p = plane[mesh.cellNode(c, k)];
                onLow += p == LOW ? 1 : 0;
                onHigh += p == HIGH ? 1 : 0;
            }
            markFace(space, c, plane, onLow >= mesh.dim() ? LOW : 0, low);
            markFace(space, c, plane, onHigh >= mesh.dim() ? HIGH : 0, high);
        }
        return new Plates(indicesOf(low), indicesOf(high));
    }

    /** LOW or HIGH for nodes on the two planes (within the tolerance), else 0. */
    private static byte[] planeOfNodes(Mesh mesh, MeshMeasures m, int axis) {
        double tol = m.faceTolerance(axis);
        byte[] out = new byte[mesh.nodeCount()];
        for (int n = 0; n < out.length; n++) {
            double x = mesh.coord(n, axis);
            out[n] = Math.abs(x - m.lo(axis)) <= tol ? LOW : Math.abs(x - m.hi(axis)) <= tol ? HIGH : 0;
        }
        return out;
    }

    /** Marks the dofs of cell c on plane {@code which} (nothing when 0). */
    private static void markFace(FunctionSpace space, int c, byte[] plane, byte which, boolean[] mark) {
        if (which == 0) {
            return;
        }
        for (int k = 0; k < space.dofsPerCell(); k++) {
            if (plane[space.mesh().cellNode(c, k)] == which) {
                mark[space.cellDof(c, k)] = true;
            }
        }
    }

    static int[] indicesOf(boolean[] mark) {
        int n = 0;
        for (boolean b : mark) {
            n += b ? 1 : 0;
        }
        int[] out = new int[n];
        n = 0;
        for (int i = 0; i < mark.length; i++) {
            if (mark[i]) {
                out[n++] = i;
            }
        }
        return out;
    }
}
