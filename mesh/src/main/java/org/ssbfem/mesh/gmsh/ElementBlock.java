package org.ssbfem.mesh.gmsh;

/**
 * Elements of one Gmsh element type.
 *
 * @param type Gmsh element type (2 triangle, 4 tetrahedron, 9 6-node triangle, 11 10-node
 *             tetrahedron, ...; see {@link org.ssbfem.mesh.CellType#fromGmsh})
 * @param elementTags element tags
 * @param nodeTags node tags, {@code nodesPerElement()} per element in Gmsh's node order
 */
public record ElementBlock(int type, long[] elementTags, long[] nodeTags) {
    public ElementBlock {
        if (elementTags.length == 0 ? nodeTags.length != 0 : nodeTags.length % elementTags.length != 0) {
            throw new IllegalArgumentException("element type " + type + ": " + nodeTags.length
                    + " node tags for " + elementTags.length + " elements");
        }
    }

    /** Number of elements. */
    public int size() { return elementTags.length; }

    /** Nodes per element. */
    public int nodesPerElement() {
        return elementTags.length == 0 ? 0 : nodeTags.length / elementTags.length;
    }
}
