package org.ssbfem.mesh;

import java.util.Objects;

/**
 * A named set of boundary or interface facets (triangles in 3D, lines in 2D), stored flat.
 *
 * @param name physical group name, e.g. {@code "interface"} or {@code "current_collector"}
 * @param type facet cell type (TRI3/TRI6 in 3D, LINE2/LINE3 in 2D)
 * @param nodes facet connectivity, {@code type.nodes()} 0-based mesh node indices per facet, Gmsh order
 */
public record FacetGroup(String name, CellType type, int[] nodes) {
    public FacetGroup {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        if (nodes.length % type.nodes() != 0) {
            throw new IllegalArgumentException("facet group " + name + ": " + nodes.length
                    + " node indices is not a multiple of " + type.nodes());
        }
    }

    /** Number of facets. */
    public int count() { return nodes.length / type.nodes(); }

    /** Node {@code k} of facet {@code f}. */
    public int node(int f, int k) { return nodes[f * type.nodes() + k]; }
}
