package org.ssbfem.mesh.gmsh;

/**
 * An axis-aligned bounding box in Gmsh model units. Gmsh's OpenCASCADE boxes may be enlarged by a
 * small tolerance, so compare with a tolerance.
 */
public record BoundingBox(double xmin, double ymin, double zmin, double xmax, double ymax, double zmax) {
    /** Lower corner coordinate along axis {@code d} (0 x, 1 y, 2 z). */
    public double min(int d) {
        return d == 0 ? xmin : d == 1 ? ymin : zmin;
    }

    /** Upper corner coordinate along axis {@code d} (0 x, 1 y, 2 z). */
    public double max(int d) {
        return d == 0 ? xmax : d == 1 ? ymax : zmax;
    }
}
