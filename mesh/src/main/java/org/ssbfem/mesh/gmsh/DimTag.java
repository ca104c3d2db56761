package org.ssbfem.mesh.gmsh;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A Gmsh model entity: its dimension (0 point, 1 curve, 2 surface, 3 volume) and its tag.
 *
 * @param dim entity dimension, 0 to 3
 * @param tag entity tag (positive; Gmsh uses a negative tag for a reversed orientation in
 *            oriented boundaries)
 */
public record DimTag(int dim, int tag) {
    public DimTag {
        if (dim < 0 || dim > 3) {
            throw new IllegalArgumentException("entity dimension must be 0..3: " + dim);
        }
    }

    @Override
    public String toString() { return "(" + dim + "," + tag + ")"; }

    /** Flattens to Gmsh's {@code [dim0, tag0, dim1, tag1, ...]} layout. */
    static int[] flatten(List<DimTag> dimTags) {
        int[] out = new int[2 * dimTags.size()];
        for (int i = 0; i < dimTags.size(); i++) {
            out[2 * i] = dimTags.get(i).dim();
            out[2 * i + 1] = dimTags.get(i).tag();
        }
        return out;
    }

    /** Reads Gmsh's flat {@code [dim, tag, ...]} layout into an unmodifiable list. */
    static List<DimTag> unflatten(int[] flat) {
        if (flat.length % 2 != 0) {
            throw new IllegalArgumentException("odd length " + flat.length + " for (dim, tag) pairs");
        }
        List<DimTag> out = new ArrayList<>(flat.length / 2);
        for (int i = 0; i < flat.length; i += 2) {
            out.add(new DimTag(flat[i], flat[i + 1]));
        }
        return Collections.unmodifiableList(out);
    }
}
