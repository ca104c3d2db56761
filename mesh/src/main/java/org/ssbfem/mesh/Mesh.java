package org.ssbfem.mesh;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An unstructured simplex mesh with named regions (volume physical groups) and named facet groups
 * (boundary and interface physical groups), stored in flat primitive arrays.
 *
 * <p>Contract: node indices are 0-based and contiguous; coordinates are in metres, three per node
 * (z = 0 for 2D meshes); every cell has the same {@link CellType}; every cell belongs to exactly one
 * region; cell node order is Gmsh's. Arrays handed to the constructor are kept, not copied, and
 * must not be modified afterwards; getters return the internal arrays for speed and callers must
 * not modify them either.
 *
 * <p>Regions and facet groups are looked up by name ({@link #region(String)},
 * {@link #facets(String)}); an unknown name raises an {@link InputError} listing the names that
 * exist.
 */
public final class Mesh {
    private final double[] coords;
    private final CellType cellType;
    private final int[] cells;
    private final int[] cellRegion;
    private final List<String> regionNames;
    private final Map<String, FacetGroup> facetGroups;

    /**
     * @param coords node coordinates in metres, x0,y0,z0,x1,... (length 3 * nodes)
     * @param cellType type of every cell
     * @param cells connectivity, {@code cellType.nodes()} node indices per cell
     * @param cellRegion region index (into {@code regionNames}) of each cell
     * @param regionNames region names, e.g. {@code ["se", "cam"]}; unique
     * @param facetGroups named facet groups; their type must be {@code cellType.facetType()}
     */
    public Mesh(double[] coords, CellType cellType, int[] cells, int[] cellRegion,
                List<String> regionNames, List<FacetGroup> facetGroups) {
        this.coords = Objects.requireNonNull(coords);
        this.cellType = Objects.requireNonNull(cellType);
        this.cells = Objects.requireNonNull(cells);
        this.cellRegion = Objects.requireNonNull(cellRegion);
        this.regionNames = List.copyOf(regionNames);
        if (coords.length % 3 != 0) {
            throw new IllegalArgumentException("coords length " + coords.length + " is not 3 * nodes");
        }
        if (cells.length != cellRegion.length * cellType.nodes()) {
            throw new IllegalArgumentException("cells/cellRegion length mismatch");
        }
        if (cellType.dim() < 2) {
            throw new IllegalArgumentException("mesh cells must be triangles or tetrahedra");
        }
        Map<String, FacetGroup> groups = new LinkedHashMap<>();
        for (FacetGroup g : facetGroups) {
            if (g.type() != cellType.facetType()) {
                throw new IllegalArgumentException("facet group " + g.name() + " has type " + g.type()
                        + ", expected " + cellType.facetType());
            }
            if (groups.put(g.name(), g) != null) {
                throw new IllegalArgumentException("duplicate facet group " + g.name());
            }
        }
        this.facetGroups = Collections.unmodifiableMap(groups);
    }

    /** Spatial dimension of the cells: 2 (triangles) or 3 (tetrahedra). */
    public int dim() { return cellType.dim(); }

    /** Geometric order: 1 (straight) or 2 (curved, isoparametric). */
    public int order() { return cellType.order(); }

    public int nodeCount() { return coords.length / 3; }

    public int cellCount() { return cellRegion.length; }

    public CellType cellType() { return cellType; }

    /** Node coordinates in metres, 3 per node (internal array: do not modify). */
    public double[] coords() { return coords; }

    /** Coordinate {@code d} (0 = x, 1 = y, 2 = z) of node {@code n}, metres. */
    public double coord(int n, int d) { return coords[3 * n + d]; }

    /** Cell connectivity, {@code cellType().nodes()} per cell (internal array: do not modify). */
    public int[] cells() { return cells; }

    /** Node {@code k} of cell {@code c}. */
    public int cellNode(int c, int k) { return cells[c * cellType.nodes() + k]; }

    /** Region index of each cell (internal array: do not modify). */
    public int[] cellRegions() { return cellRegion; }

    /** Region names in index order. */
    public List<String> regionNames() { return regionNames; }

    /** True when a region of that name exists. */
    public boolean hasRegion(String name) { return regionNames.contains(name); }

    /**
     * Index of the region named {@code name}.
     *
     * @throws InputError if there is none; the message lists the regions that exist
     */
    public int region(String name) {
        int i = regionNames.indexOf(name);
        if (i < 0) {
            throw new InputError("mesh region '" + name + "'", "no such region; the mesh has "
                    + regionNames, "name the volume physical group '" + name + "' in the mesh");
        }
        return i;
    }

    /** Indices of the cells of region {@code name} (a new array). */
    public int[] cellsOf(String name) {
        int r = region(name);
        int n = 0;
        for (int cr : cellRegion) {
            if (cr == r) {
                n++;
            }
        }
        int[] out = new int[n];
        n = 0;
        for (int c = 0; c < cellRegion.length; c++) {
            if (cellRegion[c] == r) {
                out[n++] = c;
            }
        }
        return out;
    }

    /** All facet groups by name, in insertion order. */
    public Map<String, FacetGroup> facetGroups() { return facetGroups; }

    /** True when a facet group of that name exists. */
    public boolean hasFacets(String name) { return facetGroups.containsKey(name); }

    /**
     * The facet group named {@code name}.
     *
     * @throws InputError if there is none; the message lists the groups that exist
     */
    public FacetGroup facets(String name) {
        FacetGroup g = facetGroups.get(name);
        if (g == null) {
            throw new InputError("mesh boundary '" + name + "'", "no such facet group; the mesh has "
                    + new ArrayList<>(facetGroups.keySet()),
                    "name the boundary physical group '" + name + "' in the mesh");
        }
        return g;
    }

    /** Axis-aligned bounding box {xmin, ymin, zmin, xmax, ymax, zmax} in metres. */
    public double[] boundingBox() {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE,
            -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int n = 0; n < nodeCount(); n++) {
            for (int d = 0; d < 3; d++) {
                double v = coords[3 * n + d];
                b[d] = Math.min(b[d], v);
                b[3 + d] = Math.max(b[3 + d], v);
            }
        }
        return b;
    }

    @Override
    public String toString() {
        return "Mesh[" + cellType + ", " + nodeCount() + " nodes, " + cellCount() + " cells, regions "
                + regionNames + ", facet groups " + facetGroups.keySet() + "]";
    }
}
