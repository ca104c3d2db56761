package org.ssbfem.mesh.gmsh;

/**
 * Mesh nodes as Gmsh returns them.
 *
 * @param tags node tags (positive, not necessarily contiguous)
 * @param coords coordinates in model units, x0,y0,z0,x1,... (length 3 * tags.length)
 */
public record NodeSet(long[] tags, double[] coords) {
    public NodeSet {
        if (coords.length != 3 * tags.length) {
            throw new IllegalArgumentException(tags.length + " node tags but " + coords.length
                    + " coordinates");
        }
    }

    /** Number of nodes. */
    public int size() { return tags.length; }
}
