package org.ssbfem.solver.fem;

import org.ssbfem.mesh.FacetGroup;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.Mesh;

/**
 * The cells on either side of every facet of a facet group: one cell for a boundary facet, two for
 * an interior (interface) facet, with the local cell vertices that carry the facet's vertices in
 * the group's order (feed them to {@link FacetPoints#points}).
 *
 * <p>Found through a vertex-to-cell map in primitive arrays, once per group. Immutable.
 */
public final class FacetSides {
    private final FacetGroup group;
    private final int dim;
    private final int[] cells;
    private final int[] localVertices;

    private FacetSides(FacetGroup group, int dim, int[] cells, int[] localVertices) {
        this.group = group;
        this.dim = dim;
        this.cells = cells;
        this.localVertices = localVertices;
    }

    /**
     * Finds the cells adjacent to each facet of group {@code name}.
     *
     * @throws InputError if the group does not exist, or a facet is no face of any cell or of more
     *                    than two cells
     */
    public static FacetSides of(Mesh mesh, String name) {
        return of(mesh, mesh.facets(name), VertexCells.of(mesh));
    }

    /** Same, reusing a vertex-to-cell map of {@code mesh}. */
    public static FacetSides of(Mesh mesh, FacetGroup group, VertexCells vertexCells) {
        int dim = mesh.dim();
        int count = group.count();
        int[] cells = new int[2 * count];
        int[] lv = new int[2 * count * dim];
        java.util.Arrays.fill(cells, -1);
        int[] local = new int[dim];
        for (int f = 0; f < count; f++) {
            int found = 0;
            int v0 = group.node(f, 0);
            for (int k = vertexCells.start(v0); k < vertexCells.start(v0 + 1); k++) {
                int c = vertexCells.cell(k);
                if (matches(mesh, c, group, f, local)) {
                    if (found == 2) {
                        throw new InputError("mesh boundary '" + group.name() + "'", "facet " + f
                                + " is a face of more than two cells", "check the mesh for duplicated cells");
                    }
                    cells[2 * f + found] = c;
                    System.arraycopy(local, 0, lv, (2 * f + found) * dim, dim);
                    found++;
                }
            }
            if (found == 0) {
                throw new InputError("mesh boundary '" + group.name() + "'", "facet " + f + " (first node "
                        + v0 + ") is not a face of any cell", "mesh boundaries conformingly with the volumes");
            }
        }
        return new FacetSides(group, dim, cells, lv);
    }

    private static boolean matches(Mesh mesh, int cell, FacetGroup group, int f, int[] local) {
        int dim = mesh.dim();
        for (int k = 0; k < dim; k++) {
            int node = group.node(f, k);
            local[k] = -1;
            for (int v = 0; v <= dim; v++) {
                if (mesh.cellNode(cell, v) == node) {
                    local[k] = v;
                }
            }
            if (local[k] < 0) {
                return false;
            }
        }
        return true;
    }

    public FacetGroup group() { return group; }

    /** Number of facets. */
    public int count() { return group.count(); }

    /** Cell on side {@code side} (0 or 1) of facet {@code f}, or -1 when side 1 is outside the mesh. */
    public int cell(int f, int side) { return cells[2 * f + side]; }

    /** Local vertex array for {@link FacetPoints#points(int[], int)}: offset of facet f, side s. */
    public int localVertexOffset(int f, int side) { return (2 * f + side) * dim; }

    /** The local vertex arrays (internal: do not modify). */
    public int[] localVertices() { return localVertices; }
}
