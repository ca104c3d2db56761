package org.ssbfem.mesh.io;

import org.ssbfem.mesh.CellType;
import org.ssbfem.mesh.InputError;

/**
 * The elements of one dimension that belong to named physical groups, as read: node indices
 * (file order of nodes, not yet renumbered) and the named group of each element. An element in
 * several named groups is stored once per group.
 *
 * <p>Problems found while reading (an unsupported element type, two element types in one
 * dimension) are recorded, not thrown: they only matter if this dimension ends up being the
 * mesh's cells or facets, which is known only at the end of the file.
 */
final class ElementStore {
    final int dim;
    final IntList nodes = new IntList(1024);
    final IntList groups = new IntList(256);
    private CellType type;
    private String typeWhere;
    private InputError problem;

    ElementStore(int dim) {
        this.dim = dim;
    }

    /** The single element type seen so far, or null. */
    CellType type() { return type; }

    /** Number of stored elements (counting an element once per group). */
    int count() { return groups.size(); }

    /** The recorded problem, or null. */
    InputError problem() { return problem; }

    /**
     * Declares that elements of {@code gmshType} in named groups start at {@code where}.
     *
     * @return the type to store them as, or null if they must be skipped (problem recorded)
     */
    CellType accept(int gmshType, String where, String groupName) {
        CellType t = CellType.fromGmsh(gmshType);
        if (problem != null) {
            return null;
        }
        if (t == null) {
            problem = new InputError(where, "physical group '" + groupName + "' holds elements of type "
                    + GmshElementTypes.describe(gmshType) + "; ssbfem supports 2- and 3-node lines, "
                    + "3- and 6-node triangles, 4- and 10-node tetrahedra",
                    "mesh with simplices only (no Recombine, no quads or hexahedra) and -order 1 or 2");
            return null;
        }
        if (type == null) {
            type = t;
            typeWhere = where;
        } else if (type != t) {
            problem = new InputError(where, "elements of type " + t + " but " + typeWhere
                    + " has elements of type " + type + "; one mesh must use one element type "
                    + "per dimension (mixed orders are not supported)",
                    "mesh the whole geometry with the same order (gmsh -order 1 or -order 2)");
            return null;
        }
        return t;
    }

    /** Appends a copy of the last stored element for one more group. */
    void duplicateLast(int group) {
        int n = type.nodes();
        int start = nodes.size() - n;
        nodes.ensureExtra(n);
        for (int k = 0; k < n; k++) {
            nodes.add(nodes.get(start + k));
        }
        groups.add(group);
    }
}
