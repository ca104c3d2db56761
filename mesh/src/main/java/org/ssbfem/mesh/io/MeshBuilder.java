package org.ssbfem.mesh.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.CellType;
import org.ssbfem.mesh.FacetGroup;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.Mesh;

/**
 * Turns what a parser collected into a {@link Mesh}: picks the dimension, checks element types,
 * maps named groups to regions and facet groups (groups of equal name merge), keeps only used nodes
 * (renumbered 0-based in file order) and scales coordinates to metres.
 */
final class MeshBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(MeshBuilder.class);
    private static final String NAME_GROUPS_FIX = "name the groups in the .geo file, e.g. "
            + "Physical Volume(\"se\") = {1}; Physical Volume(\"cam\") = {2, 3}; "
            + "Physical Surface(\"interface\") = {...}; (in 2D: Physical Surface for regions, "
            + "Physical Curve for boundaries)";

    private final MshContent content;
    private final String file;

    private MeshBuilder(MshContent content, String file) {
        this.content = content;
        this.file = file;
    }

    /**
     * Builds the mesh.
     *
     * @param scale factor from file length unit to metres (positive)
     * @throws InputError for missing named groups, unsupported or mixed element types, overlapping
     *     regions, or a 2D mesh outside the xy plane
     */
    static Mesh build(MshContent content, String file, double scale) {
        return new MeshBuilder(content, file).build(scale);
    }

    private Mesh build(double scale) {
        int top = topDimension();
        ElementStore cells = content.stores[top];
        checkTypes(cells, content.stores[top - 1]);
        checkOverlaps(top);
        List<String> regionNames = new ArrayList<>();
        int[] groupToRegion = namesOfDimension(top, regionNames);
        List<String> facetNames = new ArrayList<>();
        int[] groupToFacet = namesOfDimension(top - 1, facetNames);
        ElementStore facets = content.stores[top - 1];
        int[] newIndex = renumberNodes(cells, facets);
        double[] coords = usedCoordinates(newIndex, scale, top);
        int[] cellNodes = remap(cells.nodes, newIndex);
        int[] cellRegion = cells.groups.toArray();
        for (int c = 0; c < cellRegion.length; c++) {
            cellRegion[c] = groupToRegion[cellRegion[c]];
        }
        List<FacetGroup> groups = facetGroups(facets, newIndex, facetNames, groupToFacet,
                cells.type().facetType());
        warnEmpty(regionNames, cellRegion, groups);
        Mesh mesh = new Mesh(coords, cells.type(), cellNodes, cellRegion, regionNames, groups);
        LOG.info("read {}: {}", file, mesh);
        return mesh;
    }

    /** Highest dimension (2 or 3) whose named groups hold elements. */
    private int topDimension() {
        for (int d = 3; d >= 2; d--) {
            ElementStore s = content.stores[d];
            if (s != null && (s.count() > 0 || s.problem() != null)) {
                return d;
            }
        }
        if (!content.sawElements) {
            throw new InputError(file, "the file has no $Elements section",
                    "the file is incomplete; mesh again (gmsh -3 file.geo) and save the mesh");
        }
        if (content.groups.isEmpty()) {
            throw new InputError(file, "the mesh has no named physical groups, so ssbfem cannot "
                    + "tell the regions and boundaries apart", NAME_GROUPS_FIX);
        }
        List<String> named = new ArrayList<>();
        for (MshContent.Group g : content.groups) {
            named.add(g.name() + " (dimension " + g.dim() + ")");
        }
        throw new InputError(file, "no named physical group holds triangles or tetrahedra; named "
                + "groups: " + named, NAME_GROUPS_FIX);
    }

    private void checkTypes(ElementStore cells, ElementStore facets) {
        if (cells.problem() != null) {
            throw cells.problem();
        }
        if (facets == null) {
            return;
        }
        if (facets.problem() != null) {
            throw facets.problem();
        }
        if (facets.type() != null && facets.type() != cells.type().facetType()) {
            throw new InputError(file, "cells are " + cells.type() + " but boundary facets are "
                    + facets.type() + " (mixed orders are not supported)",
                    "mesh the whole geometry with the same order (gmsh -order 1 or -order 2)");
        }
    }

    private void checkOverlaps(int top) {
        for (MshContent.Overlap o : content.overlaps) {
            if (o.dim() == top) {
                throw new InputError(o.where(), "cells belong to both physical groups '" + o.first()
                        + "' and '" + o.second() + "'; every cell must be in exactly one region",
                        "put each volume (2D: surface) into one named physical group only");
            }
        }
    }

    /** Maps group index to the index of its name among the names of dimension {@code dim}. */
    private int[] namesOfDimension(int dim, List<String> names) {
        int[] map = new int[content.groups.size()];
        Arrays.fill(map, -1);
        for (int g = 0; g < map.length; g++) {
            MshContent.Group group = content.groups.get(g);
            if (group.dim() == dim) {
                int i = names.indexOf(group.name());
                if (i < 0) {
                    i = names.size();
                    names.add(group.name());
                }
                map[g] = i;
            }
        }
        return map;
    }

    /** New 0-based index of each node read (-1 if no kept element uses it), in file order. */
    private int[] renumberNodes(ElementStore cells, ElementStore facets) {
        int[] newIndex = new int[content.nodeCount()];
        Arrays.fill(newIndex, -1);
        markUsed(cells.nodes, newIndex);
        int cellNodeCount = countMarked(newIndex);
        if (facets != null) {
            markUsed(facets.nodes, newIndex);
        }
        int n = 0;
        for (int i = 0; i < newIndex.length; i++) {
            if (newIndex[i] != -1) {
                newIndex[i] = n++;
            }
        }
        if (n > cellNodeCount) {
            LOG.warn("{}: {} nodes of named boundary groups lie on no cell of a named region",
                    file, n - cellNodeCount);
        }
        return newIndex;
    }

    private static void markUsed(IntList nodes, int[] newIndex) {
        int[] raw = nodes.raw();
        for (int i = 0; i < nodes.size(); i++) {
            newIndex[raw[i]] = 0;
        }
    }

    private static int countMarked(int[] newIndex) {
        int n = 0;
        for (int v : newIndex) {
            n += v == 0 ? 1 : 0;
        }
        return n;
    }

    private double[] usedCoordinates(int[] newIndex, double scale, int dim) {
        double[] all = content.coords.raw();
        int used = 0;
        for (int v : newIndex) {
            used = Math.max(used, v + 1);
        }
        double[] coords = new double[3 * used];
        for (int i = 0; i < newIndex.length; i++) {
            int j = newIndex[i];
            if (j >= 0) {
                for (int d = 0; d < 3; d++) {
                    coords[3 * j + d] = all[3 * i + d] * scale;
                }
            }
        }
        if (dim == 2) {
            flattenToPlane(coords);
        }
        return coords;
    }

    /** Checks that a 2D mesh lies in z = 0 (to round-off) and sets z to exactly 0. */
    private void flattenToPlane(double[] coords) {
        double extent = 0;
        double maxAbsZ = 0;
        for (int i = 0; i < coords.length; i += 3) {
            extent = Math.max(extent, Math.max(Math.abs(coords[i]), Math.abs(coords[i + 1])));
            maxAbsZ = Math.max(maxAbsZ, Math.abs(coords[i + 2]));
        }
        if (maxAbsZ > 1e-10 * extent) {
            throw new InputError(file, "the highest named dimension is 2, so this is read as a 2D "
                    + "mesh, but nodes have z up to " + maxAbsZ + " (2D meshes must lie in the plane z = 0)",
                    "draw 2D geometry in the xy plane; for a 3D mesh, name its volumes with "
                            + "Physical Volume(\"se\") = {...}");
        }
        for (int i = 2; i < coords.length; i += 3) {
            coords[i] = 0;
        }
    }

    private static int[] remap(IntList nodes, int[] newIndex) {
        int[] raw = nodes.raw();
        for (int i = 0; i < nodes.size(); i++) {
            raw[i] = newIndex[raw[i]];
        }
        return nodes.toArray();
    }

    private List<FacetGroup> facetGroups(ElementStore facets, int[] newIndex, List<String> names,
                                         int[] groupToFacet, CellType type) {
        int n = type.nodes();
        int[] counts = new int[names.size()];
        int count = facets == null ? 0 : facets.count();
        for (int f = 0; f < count; f++) {
            counts[groupToFacet[facets.groups.get(f)]]++;
        }
        int[][] nodes = new int[names.size()][];
        for (int g = 0; g < nodes.length; g++) {
            nodes[g] = new int[counts[g] * n];
        }
        int[] filled = new int[names.size()];
        for (int f = 0; f < count; f++) {
            int g = groupToFacet[facets.groups.get(f)];
            for (int k = 0; k < n; k++) {
                nodes[g][filled[g]++] = newIndex[facets.nodes.get(f * n + k)];
            }
        }
        List<FacetGroup> groups = new ArrayList<>();
        for (int g = 0; g < nodes.length; g++) {
            groups.add(new FacetGroup(names.get(g), type, nodes[g]));
        }
        return groups;
    }

    private void warnEmpty(List<String> regionNames, int[] cellRegion, List<FacetGroup> groups) {
        int[] cellsPerRegion = new int[regionNames.size()];
        for (int r : cellRegion) {
            cellsPerRegion[r]++;
        }
        for (int r = 0; r < cellsPerRegion.length; r++) {
            if (cellsPerRegion[r] == 0) {
                LOG.warn("{}: region '{}' has no cells", file, regionNames.get(r));
            }
        }
        for (FacetGroup g : groups) {
            if (g.count() == 0) {
                LOG.warn("{}: facet group '{}' has no facets", file, g.name());
            }
        }
    }
}
