package org.ssbfem.mesh.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ssbfem.mesh.CellType;
import org.ssbfem.mesh.FacetGroup;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.mesh.gmsh.ElementBlock;
import org.ssbfem.mesh.gmsh.GmshException;
import org.ssbfem.mesh.gmsh.GmshSession;
import org.ssbfem.mesh.gmsh.NodeSet;

/**
 * Copies the mesh of the current Gmsh model into a {@link Mesh}: the nodes used by the region
 * cells, renumbered 0-based in increasing Gmsh tag order, coordinates converted from model units
 * (micrometres) to metres; cells per region and facets per group in Gmsh node order. Triangle cells
 * of 2D meshes are made counter-clockwise and tetrahedra positively oriented (Gmsh already is, so
 * this rarely changes anything).
 */
final class MeshExtractor {
    private final GmshSession s;
    private final long[] sortedTags;
    private final int[] rowOfSorted;
    private final NodeSet nodes;

    private MeshExtractor(GmshSession s) {
        this.s = s;
        this.nodes = s.mesh().getNodes();
        long[] tags = nodes.tags();
        Integer[] order = new Integer[tags.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(tags[a], tags[b]));
        sortedTags = new long[tags.length];
        rowOfSorted = new int[tags.length];
        for (int i = 0; i < order.length; i++) {
            sortedTags[i] = tags[order[i]];
            rowOfSorted[i] = order[i];
        }
    }

    /**
     * Extracts the mesh.
     *
     * @param dim cell dimension (2 or 3)
     * @param order geometric order (1 or 2)
     * @param groups region and facet entity tags by name
     * @throws GmshException when an entity holds elements of an unexpected type or no cells at all
     */
    static Mesh extract(GmshSession s, int dim, int order, BoundaryGroups.Groups groups) {
        return new MeshExtractor(s).build(dim, order, groups);
    }

    private Mesh build(int dim, int order, BoundaryGroups.Groups groups) {
        CellType cellType = CellType.simplex(dim, order);
        List<String> regionNames = new ArrayList<>(groups.regions().keySet());
        IntList cells = new IntList();
        IntList cellRegion = new IntList();
        for (int r = 0; r < regionNames.size(); r++) {
            int before = cells.size();
            collect(dim, groups.regions().get(regionNames.get(r)), cellType, cells);
            for (int c = before / cellType.nodes(); c < cells.size() / cellType.nodes(); c++) {
                cellRegion.add(r);
            }
        }
        if (cellRegion.size() == 0) {
            throw new GmshException("mesh extraction", "Gmsh produced no " + cellType + " cells");
        }
        List<int[]> facetRows = new ArrayList<>();
        for (Map.Entry<String, int[]> e : groups.facets().entrySet()) {
            IntList f = new IntList();
            collect(dim - 1, e.getValue(), cellType.facetType(), f);
            facetRows.add(f.toArray());
        }
        return renumber(cellType, cells.toArray(), cellRegion.toArray(), regionNames, groups, facetRows);
    }

    /** Appends the node rows (into {@link #nodes}) of the elements of the given entities. */
    private void collect(int dim, int[] entities, CellType type, IntList out) {
        for (int tag : entities) {
            for (ElementBlock b : s.mesh().getElements(dim, tag)) {
                if (b.type() != type.gmshType()) {
                    throw new GmshException("mesh extraction", "entity (" + dim + "," + tag
                            + ") holds elements of Gmsh type " + b.type() + ", expected " + type);
                }
                for (long t : b.nodeTags()) {
                    out.add(row(t));
                }
            }
        }
    }

    private int row(long tag) {
        int i = Arrays.binarySearch(sortedTags, tag);
        if (i < 0) {
            throw new GmshException("mesh extraction", "element refers to unknown node tag " + tag);
        }
        return rowOfSorted[i];
    }

    private Mesh renumber(CellType cellType, int[] cells, int[] cellRegion, List<String> regionNames,
                          BoundaryGroups.Groups groups, List<int[]> facetRows) {
        int[] newIndex = new int[nodes.size()];
        Arrays.fill(newIndex, -1);
        for (int row : cells) {
            newIndex[row] = 0;
        }
        int n = 0;
        for (int row : rowOfSorted) {
            if (newIndex[row] == 0) {
                newIndex[row] = ++n;
            }
        }
        double[] coords = new double[3 * n];
        for (int row = 0; row < newIndex.length; row++) {
            if (newIndex[row] > 0) {
                for (int d = 0; d < 3; d++) {
                    coords[3 * (newIndex[row] - 1) + d] = nodes.coords()[3 * row + d] / OccModel.UNITS_PER_M;
                }
            }
        }
        mapRows(cells, newIndex);
        List<FacetGroup> facets = new ArrayList<>();
        List<String> facetNames = new ArrayList<>(groups.facets().keySet());
        for (int g = 0; g < facetNames.size(); g++) {
            int[] f = facetRows.get(g);
            mapRows(f, newIndex);
            facets.add(new FacetGroup(facetNames.get(g), cellType.facetType(), f));
        }
        Orientation.makePositive(cellType, cells, coords);
        return new Mesh(coords, cellType, cells, cellRegion, regionNames, facets);
    }

    private static void mapRows(int[] rows, int[] newIndex) {
        for (int i = 0; i < rows.length; i++) {
            int k = newIndex[rows[i]];
            if (k <= 0) {
                throw new GmshException("mesh extraction", "a boundary facet uses a node of no cell");
            }
            rows[i] = k - 1;
        }
    }

    /** A growable int array. */
    static final class IntList {
        private int[] a = new int[1024];
        private int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, 2 * n);
            }
            a[n++] = v;
        }

        int size() { return n; }

        int[] toArray() { return Arrays.copyOf(a, n); }
    }
}
