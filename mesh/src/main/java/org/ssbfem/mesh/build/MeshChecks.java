package org.ssbfem.mesh.build;

import org.ssbfem.mesh.Mesh;

/** Whole-mesh minima of the {@link MeshQuality} measures. */
final class MeshChecks {
    private MeshChecks() { }

    /** Smallest {@link MeshQuality#minScaledJacobian} over all cells. */
    static double minScaledJacobian(Mesh mesh) {
        double min = Double.MAX_VALUE;
        for (int c = 0; c < mesh.cellCount(); c++) {
            min = Math.min(min, MeshQuality.minScaledJacobian(mesh.cellType(), MeshQuality.cellCoords(mesh, c)));
        }
        return min;
    }

    /** Smallest {@link MeshQuality#quality} over all cells. */
    static double worstQuality(Mesh mesh) {
        double min = Double.MAX_VALUE;
        for (int c = 0; c < mesh.cellCount(); c++) {
            min = Math.min(min, MeshQuality.quality(mesh.cellType(), MeshQuality.cellCoords(mesh, c)));
        }
        return min;
    }
}
