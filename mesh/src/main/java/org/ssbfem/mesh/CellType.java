package org.ssbfem.mesh;

/**
 * Lagrange cell types used by ssbfem, with their Gmsh and VTK type numbers.
 *
 * <p>Node order inside a cell is always Gmsh's order. For {@link #TET10} the edge nodes are
 * (0,1), (1,2), (2,0), (3,0), (3,2), (3,1): VTK's quadratic tetrahedron (type 24) swaps the last
 * two, so writers must swap nodes 8 and 9 (0-based).
 */
public enum CellType {
    LINE2(1, 1, 2, 1, 3),
    LINE3(1, 2, 3, 8, 21),
    TRI3(2, 1, 3, 2, 5),
    TRI6(2, 2, 6, 9, 22),
    TET4(3, 1, 4, 4, 10),
    TET10(3, 2, 10, 11, 24);

    private final int dim;
    private final int order;
    private final int nodes;
    private final int gmshType;
    private final int vtkType;

    CellType(int dim, int order, int nodes, int gmshType, int vtkType) {
        this.dim = dim;
        this.order = order;
        this.nodes = nodes;
        this.gmshType = gmshType;
        this.vtkType = vtkType;
    }

    /** Topological dimension (1 line, 2 triangle, 3 tetrahedron). */
    public int dim() { return dim; }

    /** Polynomial order of the geometry (1 straight, 2 curved). */
    public int order() { return order; }

    /** Number of nodes per cell. */
    public int nodes() { return nodes; }

    /** Number of corner vertices (simplex: dim + 1). */
    public int vertices() { return dim + 1; }

    /** Gmsh element type number (as in the .msh format and the Gmsh API). */
    public int gmshType() { return gmshType; }

    /** VTK cell type number (as in .vtu files). */
    public int vtkType() { return vtkType; }

    /** The simplex type of the same order one dimension lower (facets); LINE types have none. */
    public CellType facetType() {
        return switch (this) {
            case TET4 -> TRI3;
            case TET10 -> TRI6;
            case TRI3 -> LINE2;
            case TRI6 -> LINE3;
            default -> throw new IllegalStateException(this + " has no facet type");
        };
    }

    /** The simplex of dimension {@code dim} and order {@code order}. */
    public static CellType simplex(int dim, int order) {
        for (CellType t : values()) {
            if (t.dim == dim && t.order == order) {
                return t;
            }
        }
        throw new IllegalArgumentException("no simplex of dimension " + dim + " and order " + order);
    }

    /** The type with Gmsh type number {@code gmshType}, or null if ssbfem does not use it. */
    public static CellType fromGmsh(int gmshType) {
        for (CellType t : values()) {
            if (t.gmshType == gmshType) {
                return t;
            }
        }
        return null;
    }
}
