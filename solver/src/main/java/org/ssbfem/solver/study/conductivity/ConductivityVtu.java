package org.ssbfem.solver.study.conductivity;

import java.io.IOException;
import java.nio.file.Path;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.post.vtk.VtuWriter;
import org.ssbfem.solver.space.FunctionSpace;

/**
 * Writes one solved direction as {@code .vtu}: the cells of the transport's regions with the point
 * array {@code potential_V} (V, at every written node: P2 values at second-order nodes; a P1
 * potential on a curved mesh is interpolated linearly to the edge nodes), the cell arrays
 * {@code current_density_A_per_m2} (3 components, the cell average of -sigma grad u), {@code cluster}
 * (0 spanning, 1 dead-end, 2 isolated, {@link Clusters.Kind}) and {@code region} (mesh region index,
 * with {@code region_<name>} field data).
 */
final class ConductivityVtu {
    private static final int[][] TRI_EDGES = {{0, 1}, {1, 2}, {2, 0}};
    private static final int[][] TET_EDGES = {{0, 1}, {1, 2}, {2, 0}, {3, 0}, {3, 2}, {3, 1}};

    private ConductivityVtu() {
    }

    static void write(TransportResult t, DirectionResult r, Path file) throws IOException {
        FunctionSpace space = t.space();
        Mesh mesh = space.mesh();
        VtuWriter.of(mesh).cells(space.cells())
                .pointData("potential_V", nodeValues(space, r.potentialV()))
                .cellVectors("current_density_A_per_m2", r.field().cellAverage())
                .cellData("cluster", clusterOfCells(space, r.clusters()))
                .regionIds()
                .write(file);
    }

    /** Values per mesh node (0 where the space has none); edge nodes of a P1 space get the edge mean. */
    static double[] nodeValues(FunctionSpace space, double[] dofValues) {
        Mesh mesh = space.mesh();
        double[] out = new double[mesh.nodeCount()];
        for (int d = 0; d < space.dofCount(); d++) {
            out[space.nodeOfDof(d)] = dofValues[d];
        }
        if (space.degree() < mesh.order()) {
            int nv = mesh.cellType().vertices();
            int[][] edges = mesh.dim() == 2 ? TRI_EDGES : TET_EDGES;
            for (int c : space.cells()) {
                for (int e = 0; e < edges.length; e++) {
                    out[mesh.cellNode(c, nv + e)] = 0.5 * (out[mesh.cellNode(c, edges[e][0])]
                            + out[mesh.cellNode(c, edges[e][1])]);
                }
            }
        }
        return out;
    }

    private static int[] clusterOfCells(FunctionSpace space, Clusters.Classification cls) {
        int[] out = new int[space.mesh().cellCount()];
        for (int c : space.cells()) {
            out[c] = cls.ofDof(space.cellDof(c, 0)).ordinal();
        }
        return out;
    }
}
