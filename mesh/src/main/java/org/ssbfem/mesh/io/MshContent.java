package org.ssbfem.mesh.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the format parsers collect from a .msh file before the {@link org.ssbfem.mesh.Mesh} is built: named
 * physical groups, entity memberships (MSH 4), all nodes, and the elements of named groups per
 * dimension.
 */
final class MshContent {
    /** A named physical group. */
    record Group(int dim, int tag, String name) {
    }

    /** An element of dimension {@code dim} found in two named groups, first seen at {@code where}. */
    record Overlap(int dim, String first, String second, String where) {
    }

    final List<Group> groups = new ArrayList<>();
    final DoubleList coords = new DoubleList(3 * 1024);
    final TagIndex nodeIndex = new TagIndex();
    final ElementStore[] stores = new ElementStore[4];
    final List<Overlap> overlaps = new ArrayList<>();
    private final Map<Long, Integer> groupByKey = new HashMap<>();
    private final Map<Long, int[]> entityPhysicals = new HashMap<>();
    boolean sawElements;

    /**
     * Registers the name of physical group ({@code dim}, {@code tag}).
     *
     * @throws org.ssbfem.mesh.InputError if that group was named before
     */
    void addPhysicalName(int dim, int tag, String name, MshInput in) {
        if (dim < 0 || dim > 3) {
            throw in.error("physical group '" + name + "' has dimension " + dim,
                    "dimensions are 0 to 3; fix the $PhysicalNames section");
        }
        Integer old = groupByKey.putIfAbsent(key(dim, tag), groups.size());
        if (old != null) {
            throw in.error("physical group " + tag + " of dimension " + dim + " is named twice ('"
                    + groups.get(old).name() + "' and '" + name + "')", "give each group one name");
        }
        groups.add(new Group(dim, tag, name));
    }

    /** Index of the named group ({@code dim}, {@code tag}) in {@link #groups}, or -1. */
    int namedGroup(int dim, int tag) {
        Integer g = groupByKey.get(key(dim, tag));
        return g == null ? -1 : g;
    }

    /** Records the physical tags of MSH 4 entity ({@code dim}, {@code tag}). */
    void setEntityPhysicals(int dim, int tag, int[] physicalTags) {
        entityPhysicals.put(key(dim, tag), physicalTags);
    }

    /** Indices of the named groups that entity ({@code dim}, {@code tag}) belongs to (maybe empty). */
    int[] namedGroupsOfEntity(int dim, int tag) {
        int[] phys = entityPhysicals.get(key(dim, tag));
        if (phys == null) {
            return new int[0];
        }
        int[] named = new int[phys.length];
        int n = 0;
        for (int p : phys) {
            int g = namedGroup(dim, Math.abs(p));
            if (g >= 0) {
                named[n++] = g;
            }
        }
        return Arrays.copyOf(named, n);
    }

    /** The element store of dimension {@code dim}, created on first use. */
    ElementStore store(int dim) {
        if (stores[dim] == null) {
            stores[dim] = new ElementStore(dim);
        }
        return stores[dim];
    }

    /** Number of nodes read so far. */
    int nodeCount() { return coords.size() / 3; }

    /**
     * Adds a node.
     *
     * @throws org.ssbfem.mesh.InputError for a negative or repeated tag
     */
    void addNode(long tag, double x, double y, double z, MshInput in) {
        if (tag < 0 || nodeIndex.put(tag, nodeCount()) >= 0) {
            throw in.error("node tag " + tag + (tag < 0 ? " is negative" : " is defined twice"),
                    "node tags must be unique positive numbers; re-export the mesh from Gmsh");
        }
        coords.add(x);
        coords.add(y);
        coords.add(z);
    }

    /**
     * Index of the node with {@code tag}.
     *
     * @throws org.ssbfem.mesh.InputError if no node has that tag
     */
    int node(long tag, MshInput in) {
        int i = nodeIndex.get(tag);
        if (i < 0) {
            throw in.error("an element refers to node " + tag + ", which $Nodes does not define",
                    "the file is inconsistent; re-export the mesh from Gmsh");
        }
        return i;
    }

    /** Name of group {@code g} (index into {@link #groups}). */
    String groupName(int g) { return groups.get(g).name(); }

    /** Records an element found in two named groups of the same dimension. */
    void overlap(int dim, int groupA, int groupB, String where) {
        if (groupA == groupB) {
            return;
        }
        String a = groupName(groupA);
        String b = groupName(groupB);
        for (Overlap o : overlaps) {
            if (o.dim() == dim && o.first().equals(a) && o.second().equals(b)) {
                return;
            }
        }
        overlaps.add(new Overlap(dim, a, b, where));
    }

    private static long key(int dim, int tag) {
        return ((long) dim << 32) | (tag & 0xffffffffL);
    }
}
