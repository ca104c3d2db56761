package org.ssbfem.mesh.build;

import org.ssbfem.mesh.gmsh.GmshSession;
import org.ssbfem.mesh.micro.Microstructure;
import org.ssbfem.mesh.micro.Particle;

/**
 * Mesh size: {@code MeshOptions.sizeM} everywhere, refined to {@code minSizeM} at particle surfaces
 * (interfaces, CAM/CBD and CBD/SE faces, faces towards voids), which also refines the SE gaps where
 * particles nearly touch. Realized with Gmsh size fields: a Distance field from those surfaces
 * (curves in 2D), a Threshold giving {@code minSize} within {@code minSize} of them and growing
 * linearly to {@code size} at {@code minSize + 2 (size - minSize)}, wrapped in a Min field as the
 * background mesh. Sizes from points, curvature and boundary extension are switched off.
 */
final class SizeFields {
    /** Bounds of the Distance field's sampling (points per parametric direction). */
    static final int MIN_SAMPLING = 20;
    static final int MAX_SAMPLING = 200;

    private SizeFields() { }

    /** Sets the size options and fields on the synchronized model (sizes in model units). */
    static void apply(GmshSession s, MeshOptions o, BoundaryGroups.Groups g, Microstructure m) {
        double size = o.sizeM() * OccModel.UNITS_PER_M;
        double min = o.minSizeM() * OccModel.UNITS_PER_M;
        s.setNumber("Mesh.MeshSizeMax", size);
        s.setNumber("Mesh.MeshSizeFromPoints", 0);
        s.setNumber("Mesh.MeshSizeFromCurvature", 0);
        s.setNumber("Mesh.MeshSizeExtendFromBoundary", 0);
        int[] surfaces = g.facetTags(BoundaryGroups.PARTICLE_SURFACES);
        if (min >= size || surfaces.length == 0) {
            return;
        }
        int sampling = sampling(m, o.minSizeM());
        int distance = m.is2d() ? s.fields().distance(new int[0], surfaces, sampling)
                : s.fields().distance(surfaces, new int[0], sampling);
        int threshold = s.fields().threshold(distance, min, size, min, min + 2 * (size - min));
        s.fields().setAsBackgroundMesh(s.fields().min(threshold));
    }

    /**
     * Sampling points per parametric direction of each surface, so that the sampled points on the
     * largest particle's equator are about {@code minSize} apart, bounded to
     * [{@value #MIN_SAMPLING}, {@value #MAX_SAMPLING}].
     */
    static int sampling(Microstructure m, double minSizeM) {
        double rMax = m.particles().stream().mapToDouble(Particle::radiusM).max().orElse(0);
        double n = Math.ceil(2 * Math.PI * rMax / minSizeM) + 1;
        return (int) Math.max(MIN_SAMPLING, Math.min(MAX_SAMPLING, n));
    }
}
