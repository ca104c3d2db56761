package org.ssbfem.solver.space;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.fem.LagrangeSimplex;
import org.ssbfem.solver.fem.ReferenceElement;

/**
 * A continuous Lagrange space of degree 1 or 2 on the cells of a set of named regions. Its degrees
 * of freedom are mesh nodes: the vertices of the region's cells (P1) or all their nodes (P2, which
 * needs a second-order mesh). Two spaces on different regions have separate dofs on the nodes they
 * share, so a CAM/SE interface node carries one dof per side; regions inside one space share dofs.
 *
 * <p>Dofs are numbered by ascending node index. Immutable; internal arrays must not be modified.
 */
public final class FunctionSpace {
    private final Mesh mesh;
    private final int degree;
    private final List<String> regions;
    private final boolean[] regionMask;
    private final ReferenceElement element;
    private final int[] dofOfNode;
    private final int[] nodeOfDof;
    private final int[] cells;

    /**
     * @param mesh the mesh
     * @param degree 1 (P1) or 2 (P2)
     * @param regionNames names of the regions the space lives on, at least one
     * @throws InputError for an unknown region (listing those that exist), a degree other than 1 or
     *                    2, or degree 2 on a first-order mesh
     */
    public FunctionSpace(Mesh mesh, int degree, Collection<String> regionNames) {
        this.mesh = mesh;
        this.degree = checkDegree(mesh, degree);
        this.regions = List.copyOf(regionNames);
        if (regions.isEmpty()) {
            throw new InputError("function space", "no region given", "name at least one of " + mesh.regionNames());
        }
        this.regionMask = new boolean[mesh.regionNames().size()];
        for (String r : regions) {
            regionMask[mesh.region(r)] = true;
        }
        this.element = LagrangeSimplex.of(mesh.dim(), degree);
        this.cells = selectCells();
        this.dofOfNode = new int[mesh.nodeCount()];
        this.nodeOfDof = numberDofs();
    }

    /** A space of {@code degree} on {@code regionNames} (see the constructor). */
    public static FunctionSpace on(Mesh mesh, int degree, String... regionNames) {
        return new FunctionSpace(mesh, degree, List.of(regionNames));
    }

    /** A space of {@code degree} on every region of the mesh. */
    public static FunctionSpace everywhere(Mesh mesh, int degree) {
        return new FunctionSpace(mesh, degree, mesh.regionNames());
    }

    private static int checkDegree(Mesh mesh, int degree) {
        if (degree != 1 && degree != 2) {
            throw new InputError("element degree", "degree " + degree + " is not supported",
                    "use degree 1 (P1) or 2 (P2)");
        }
        if (degree > mesh.order()) {
            throw new InputError("mesh.order", "P" + degree + " elements need a mesh of order " + degree
                    + " but the mesh has order " + mesh.order(), "set `mesh.order: 2` in the case file");
        }
        return degree;
    }

    private int[] selectCells() {
        int[] cr = mesh.cellRegions();
        int n = 0;
        for (int r : cr) {
            n += regionMask[r] ? 1 : 0;
        }
        int[] out = new int[n];
        n = 0;
        for (int c = 0; c < cr.length; c++) {
            if (regionMask[cr[c]]) {
                out[n++] = c;
            }
        }
        return out;
    }

    private int[] numberDofs() {
        Arrays.fill(dofOfNode, -1);
        int nloc = element.nodeCount();
        for (int c : cells) {
            for (int k = 0; k < nloc; k++) {
                dofOfNode[mesh.cellNode(c, k)] = 0;
            }
        }
        int count = 0;
        for (int n = 0; n < dofOfNode.length; n++) {
            if (dofOfNode[n] == 0) {
                count++;
            }
        }
        int[] nodes = new int[count];
        count = 0;
        for (int n = 0; n < dofOfNode.length; n++) {
            if (dofOfNode[n] == 0) {
                nodes[count] = n;
                dofOfNode[n] = count++;
            }
        }
        return nodes;
    }

    public Mesh mesh() { return mesh; }

    /** Polynomial degree (1 or 2). */
    public int degree() { return degree; }

    /** The reference element (Lagrange of this degree on the mesh's simplex). */
    public ReferenceElement element() { return element; }

    /** Region names the space lives on. */
    public List<String> regions() { return regions; }

    /** True when cells of region index {@code region} belong to the space. */
    public boolean hasRegion(int region) { return regionMask[region]; }

    /** True when {@code cell} belongs to the space. */
    public boolean hasCell(int cell) { return regionMask[mesh.cellRegions()[cell]]; }

    /** The cells of the space, ascending (internal: do not modify). */
    public int[] cells() { return cells; }

    /** Number of dofs. */
    public int dofCount() { return nodeOfDof.length; }

    /** Dofs per cell (3/4 for P1, 6/10 for P2). */
    public int dofsPerCell() { return element.nodeCount(); }

    /** Dof {@code k} of {@code cell}, which must belong to the space. */
    public int cellDof(int cell, int k) { return dofOfNode[mesh.cellNode(cell, k)]; }

    /** The dof at mesh node {@code node}, or -1 when the node carries none. */
    public int dofOfNode(int node) { return dofOfNode[node]; }

    /** The mesh node of dof {@code dof}. */
    public int nodeOfDof(int dof) { return nodeOfDof[dof]; }

    /** Coordinate {@code d} of dof {@code dof}, m. */
    public double dofCoord(int dof, int d) { return mesh.coord(nodeOfDof[dof], d); }

    /**
     * The dofs at the nodes of the facets of group {@code group}, ascending and unique (nodes of
     * the group that carry no dof of this space are skipped).
     *
     * @throws InputError if the group does not exist
     */
    public int[] dofsOnFacets(String group) {
        int[] nodes = mesh.facets(group).nodes();
        boolean[] seen = new boolean[dofCount()];
        for (int n : nodes) {
            int d = dofOfNode[n];
            if (d >= 0) {
                seen[d] = true;
            }
        }
        int count = 0;
        for (boolean s : seen) {
            count += s ? 1 : 0;
        }
        int[] out = new int[count];
        count = 0;
        for (int d = 0; d < seen.length; d++) {
            if (seen[d]) {
                out[count++] = d;
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "P" + degree + " on " + regions + " (" + dofCount() + " dofs)";
    }
}
