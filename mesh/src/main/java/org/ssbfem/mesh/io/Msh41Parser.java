package org.ssbfem.mesh.io;

import org.ssbfem.mesh.CellType;

/**
 * Reads the sections of a Gmsh MSH 4.1 file (ASCII or binary, after $MeshFormat) into a
 * {@link MshContent}. Binary files have exactly the layout of ASCII ones with fixed-size values
 * (ints, data-size sizes, doubles), so one parser reads both through {@link MshInput}'s typed
 * reads.
 */
final class Msh41Parser {
    private final MshInput in;
    private final MshContent content;

    Msh41Parser(MshInput in, MshContent content) {
        this.in = in;
        this.content = content;
    }

    /** Reads every section up to the end of the file. */
    void parseSections() {
        for (String header = in.nextLine(); header != null; header = in.nextLine()) {
            String name = header.trim();
            in.section(name);
            switch (name) {
                case "$PhysicalNames" -> PhysicalNames.read(in, content);
                case "$Entities" -> {
                    startBinary();
                    entities();
                }
                case "$Nodes" -> {
                    startBinary();
                    nodes();
                }
                case "$Elements" -> {
                    startBinary();
                    elements();
                }
                case "$PartitionedEntities" -> throw in.error("partitioned meshes are not supported",
                        "save the mesh without partitions (no -part, Mesh.NbPartitions = 0)");
                default -> skipSection(name);
            }
            in.section("");
        }
    }

    /** In binary files, the data starts right after the line break of the section header. */
    private void startBinary() {
        if (in.isBinary()) {
            in.consumeLineBreak();
        }
    }

    private void skipSection(String name) {
        if (!name.startsWith("$")) {
            throw in.error("expected a section header such as $Nodes, found '" + MshInput.clip(name) + "'",
                    "check that the file is a complete Gmsh mesh");
        }
        in.skipUntilLine("$End" + name.substring(1));
    }

    private void entities() {
        long[] counts = new long[4];
        for (int d = 0; d < 4; d++) {
            counts[d] = in.size("number of entities");
        }
        for (int d = 0; d < 4; d++) {
            for (long e = 0; e < counts[d]; e++) {
                int tag = in.int32("entity tag");
                for (int k = 0; k < (d == 0 ? 3 : 6); k++) {
                    in.real("entity bounding box");
                }
                content.setEntityPhysicals(d, tag, tags("number of physical tags"));
                if (d > 0) {
                    tags("number of bounding entities");
                }
            }
        }
        in.expectLine("$EndEntities");
    }

    /** Reads a count followed by that many int tags. */
    private int[] tags(String what) {
        long n = in.size(what);
        if (n < 0 || n > 1_000_000) {
            throw in.error(what + " " + n + " is out of range", "check that the file is a Gmsh mesh");
        }
        int[] t = new int[(int) n];
        for (int i = 0; i < t.length; i++) {
            t[i] = in.int32("tag");
        }
        return t;
    }

    private void nodes() {
        long blocks = in.size("number of node blocks");
        long total = in.size("number of nodes");
        in.size("smallest node tag");
        long maxTag = in.size("largest node tag");
        checkCount(total, Integer.MAX_VALUE / 3, "number of nodes");
        content.nodeIndex.reserve(maxTag, total);
        content.coords.ensureExtra(3 * (int) Math.min(total, MshInput.MAX_RESERVE));
        long read = 0;
        for (long b = 0; b < blocks; b++) {
            int dim = in.int32("entity dimension");
            in.int32("entity tag");
            int parametric = in.int32("parametric flag");
            long n = in.size("number of nodes in block");
            checkCount(n, total - read, "number of nodes in a block");
            nodeBlock((int) n, parametric != 0 ? dim : 0);
            read += n;
        }
        in.expectLine("$EndNodes");
    }

    /** Fails unless 0 &lt;= n &lt;= max (counts from a corrupt header must not allocate memory). */
    private void checkCount(long n, long max, String what) {
        if (n < 0 || n > max) {
            throw in.error(what + " " + n + " is negative or exceeds what the section header "
                    + "announces (" + max + ")", "check that the file is a complete Gmsh mesh");
        }
    }

    /** Reads {@code n} tags, then {@code n} coordinate rows with {@code params} extra values. */
    private void nodeBlock(int n, int params) {
        long[] tags = new long[n];
        for (int i = 0; i < n; i++) {
            tags[i] = in.size("node tag");
        }
        for (int i = 0; i < n; i++) {
            double x = in.real("x coordinate");
            double y = in.real("y coordinate");
            double z = in.real("z coordinate");
            for (int k = 0; k < params; k++) {
                in.real("parametric coordinate");
            }
            content.addNode(tags[i], x, y, z, in);
        }
    }

    private void elements() {
        if (content.nodeCount() == 0) {
            throw in.error("$Elements comes before $Nodes (or $Nodes is empty)",
                    "re-export the mesh from Gmsh");
        }
        content.sawElements = true;
        long blocks = in.size("number of element blocks");
        long total = in.size("number of elements");
        in.size("smallest element tag");
        in.size("largest element tag");
        long read = 0;
        for (long b = 0; b < blocks; b++) {
            int dim = in.int32("entity dimension");
            int entity = in.int32("entity tag");
            int type = in.int32("element type");
            long n = in.size("number of elements in block");
            checkCount(n, total - read, "number of elements in a block");
            elementBlock(dim, entity, type, n);
            read += n;
        }
        in.expectLine("$EndElements");
    }

    private void elementBlock(int dim, int entity, int gmshType, long n) {
        String where = in.where();
        int[] named = dim >= 1 && dim <= 3 ? content.namedGroupsOfEntity(dim, entity) : new int[0];
        int nodes = GmshElementTypes.nodes(gmshType);
        if (nodes < 0 && (in.isBinary() || named.length > 0)) {
            throw in.error("unknown element type " + gmshType, "mesh with simplices only "
                    + "(lines, triangles, tetrahedra) of order 1 or 2");
        }
        CellType type = named.length == 0 ? null
                : content.store(dim).accept(gmshType, where, content.groupName(named[0]));
        if (type == null) {
            skipElements(n, nodes);
            return;
        }
        for (int k = 1; k < named.length; k++) {
            content.overlap(dim, named[0], named[k], where);
        }
        readElements(content.store(dim), type, n, named);
    }

    private void readElements(ElementStore store, CellType type, long n, int[] named) {
        int nodes = type.nodes();
        store.nodes.ensureExtra(nodes * (int) Math.min(n, MshInput.MAX_RESERVE));
        store.groups.ensureExtra((int) Math.min(n, MshInput.MAX_RESERVE));
        boolean text = !in.isBinary();
        for (long e = 0; e < n; e++) {
            in.size("element tag");
            for (int k = 0; k < nodes; k++) {
                store.nodes.add(content.node(in.size("node tag"), in));
            }
            if (text) {
                in.endOfLine("the " + nodes + " nodes of a " + type + " element");
            }
            store.groups.add(named[0]);
            for (int g = 1; g < named.length; g++) {
                store.duplicateLast(named[g]);
            }
        }
    }

    private void skipElements(long n, int nodesPerElement) {
        if (in.isBinary()) {
            in.skipBytes(n * (1L + nodesPerElement) * in.dataSize());
        } else {
            in.skipLines(n + 1);
        }
    }

}
