package org.ssbfem.mesh.build;

import java.util.Objects;
import org.ssbfem.mesh.Mesh;

/**
 * A meshed microstructure.
 *
 * @param mesh the mesh, coordinates in metres, regions {@code se}, {@code cam}, {@code cbd} and the
 *             facet groups of {@link MicrostructureMesher}
 * @param report sizes, volumes, areas, quality and timings
 */
public record MeshResult(Mesh mesh, MeshReport report) {
    public MeshResult {
        Objects.requireNonNull(mesh);
        Objects.requireNonNull(report);
    }
}
