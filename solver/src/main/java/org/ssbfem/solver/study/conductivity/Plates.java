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

    /** The plates of {@code space} normal to {@code axis} (0, 1, 2) of the box of {@code m}. */
    public static Plates find(FunctionSpace space, MeshMeasures m, int axis) {
        return new Plates(onPlane(space, m, axis, m.lo(axis)), onPlane(space, m, axis, m.hi(axis)));
    }

    private static int[] onPlane(FunctionSpace space, MeshMeasures m, int axis, double plane) {
        Mesh mesh = space.mesh();
        double tol = m.faceTolerance(axis);
        int nv = mesh.cellType().vertices();
        boolean[] mark = new boolean[space.dofCount()];
        for (int c : space.cells()) {
            int on = 0;
            for (int k = 0; k < nv; k++) {
                on += Math.abs(mesh.coord(mesh.cellNode(c, k), axis) - plane) <= tol ? 1 : 0;
            }
            if (on < mesh.dim()) {
                continue;
            }
            for (int k = 0; k < space.dofsPerCell(); k++) {
                if (Math.abs(mesh.coord(mesh.cellNode(c, k), axis) - plane) <= tol) {
                    mark[space.cellDof(c, k)] = true;
                }
            }
        }
        return indicesOf(mark);
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
