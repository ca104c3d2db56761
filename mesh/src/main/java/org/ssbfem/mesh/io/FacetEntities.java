package org.ssbfem.mesh.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ssbfem.mesh.CellType;
import org.ssbfem.mesh.FacetGroup;
import org.ssbfem.mesh.Mesh;

/**
 * Splits the facets of all facet groups into Gmsh entities the way Gmsh itself does: each distinct
 * facet is written once, on the entity of its set of groups (a facet in both {@code interface} and
 * {@code sphere} lies on one entity carrying both physical tags). Writing a facet once per group
 * would make duplicate elements, which Gmsh's mesh check reports as an error.
 */
final class FacetEntities {
    /** Facets are identified by their sorted corner nodes (c = -1 for lines). */
    private record Corners(int a, int b, int c) {
    }

    private final CellType type;
    private final List<int[]> physicalTags = new ArrayList<>();
    private final List<IntList> connectivity = new ArrayList<>();

    private FacetEntities(CellType type) {
        this.type = type;
    }

    /** Partitions the facets of {@code mesh}'s groups; group {@code g} has physical tag g + 1. */
    static FacetEntities of(Mesh mesh) {
        FacetEntities out = new FacetEntities(mesh.cellType().facetType());
        Map<Corners, Integer> idOf = new HashMap<>();
        IntList nodes = new IntList(1024);
        List<BitSet> members = new ArrayList<>();
        int g = 0;
        for (FacetGroup group : mesh.facetGroups().values()) {
            for (int f = 0; f < group.count(); f++) {
                Integer id = idOf.putIfAbsent(corners(group, f), members.size());
                if (id == null) {
                    id = members.size();
                    members.add(new BitSet());
                    for (int k = 0; k < out.type.nodes(); k++) {
                        nodes.add(group.node(f, k));
                    }
                }
                members.get(id).set(g);
            }
            g++;
        }
        out.split(nodes, members);
        return out;
    }

    private void split(IntList nodes, List<BitSet> members) {
        Map<BitSet, Integer> entityOf = new LinkedHashMap<>();
        int per = type.nodes();
        for (int id = 0; id < members.size(); id++) {
            BitSet set = members.get(id);
            Integer e = entityOf.get(set);
            if (e == null) {
                e = physicalTags.size();
                entityOf.put(set, e);
                physicalTags.add(set.stream().map(t -> t + 1).toArray());
                connectivity.add(new IntList(64));
            }
            for (int k = 0; k < per; k++) {
                connectivity.get(e).add(nodes.get(id * per + k));
            }
        }
    }

    private static Corners corners(FacetGroup group, int f) {
        int vertices = group.type().vertices();
        int[] v = new int[vertices];
        for (int k = 0; k < vertices; k++) {
            v[k] = group.node(f, k);
        }
        Arrays.sort(v);
        return new Corners(v[0], v[1], vertices > 2 ? v[2] : -1);
    }

    /** Number of entities. */
    int count() { return physicalTags.size(); }

    /** Facet type. */
    CellType type() { return type; }

    /** Physical tags (1-based group numbers) of entity {@code e}. */
    int[] physicalTags(int e) { return physicalTags.get(e); }

    /** Number of facets on entity {@code e}. */
    int facetCount(int e) { return connectivity.get(e).size() / type.nodes(); }

    /** Facet connectivity of entity {@code e} (mesh node indices, internal array: do not modify). */
    int[] nodes(int e) { return connectivity.get(e).toArray(); }
}
