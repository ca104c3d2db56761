package org.ssbfem.mesh.io;

import org.ssbfem.mesh.CellType;

/**
 * Reads the sections of a Gmsh MSH 2.2 file (ASCII or binary, after $MeshFormat) into a
 * {@link MshContent}. In 2.2 each element line carries its physical tag; an element of several
 * physical groups is written once per group, on consecutive lines with the same element tag.
 */
final class Msh22Parser {
    private final MshInput in;
    private final MshContent content;
    private long lastTag = -1;
    private int lastDim = -1;
    private int lastGroup = -1;

    Msh22Parser(MshInput in, MshContent content) {
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
                case "$Nodes" -> nodes();
                case "$Elements" -> elements();
                default -> {
                    if (!name.startsWith("$")) {
                        throw in.error("expected a section header such as $Nodes, found '"
                                + MshInput.clip(name) + "'", "check that the file is a complete Gmsh mesh");
                    }
                    in.skipUntilLine("$End" + name.substring(1));
                }
            }
            in.section("");
        }
    }

    private void nodes() {
        long n = in.nextLong("number of nodes");
        if (in.isBinary()) {
            in.consumeLineBreak();
        }
        content.coords.ensureExtra(3 * (int) Math.min(n, MshInput.MAX_RESERVE));
        for (long i = 0; i < n; i++) {
            long tag = in.isBinary() ? in.readInt32() : in.nextLong("node tag");
            double x = in.real("x coordinate");
            double y = in.real("y coordinate");
            double z = in.real("z coordinate");
            content.addNode(tag, x, y, z, in);
        }
        in.expectLine("$EndNodes");
    }

    private void elements() {
        if (content.nodeCount() == 0) {
            throw in.error("$Elements comes before $Nodes (or $Nodes is empty)",
                    "re-export the mesh from Gmsh");
        }
        content.sawElements = true;
        long n = in.nextLong("number of elements");
        if (in.isBinary()) {
            in.consumeLineBreak();
            binaryElements(n);
        } else {
            for (long e = 0; e < n; e++) {
                textElement();
            }
        }
        in.expectLine("$EndElements");
    }

    /** One line: tag type numTags tags... nodes... */
    private void textElement() {
        long tag = in.nextLong("element tag");
        int type = in.nextInt("element type");
        int numTags = in.nextInt("number of element tags");
        int physical = 0;
        for (int t = 0; t < numTags; t++) {
            int v = in.nextInt("element tag value");
            physical = t == 0 ? v : physical;
        }
        int dim = GmshElementTypes.dim(type);
        int group = dim < 1 ? -1 : content.namedGroup(dim, physical);
        CellType cellType = group < 0 ? null : accept(type, dim, group);
        if (cellType == null) {
            in.skipLines(1);
            return;
        }
        readNodes(content.store(dim), cellType, false);
        in.endOfLine("the " + cellType.nodes() + " nodes of a " + cellType + " element");
        keep(content.store(dim), tag, dim, group);
    }

    /** Blocks of: type count numTags (ints), then count times (tag, tags..., nodes...) ints. */
    private void binaryElements(long total) {
        long read = 0;
        while (read < total) {
            int type = in.readInt32();
            int count = in.readInt32();
            int numTags = in.readInt32();
            int nodes = GmshElementTypes.nodes(type);
            if (nodes < 0 || count < 0 || numTags < 0) {
                throw in.error("unknown element type " + type + " or bad element block header",
                        "mesh with simplices only (lines, triangles, tetrahedra) of order 1 or 2");
            }
            for (int e = 0; e < count; e++) {
                binaryElement(type, numTags, nodes);
            }
            read += count;
        }
    }

    private void binaryElement(int type, int numTags, int nodes) {
        long tag = in.readInt32();
        int physical = 0;
        for (int t = 0; t < numTags; t++) {
            int v = in.readInt32();
            physical = t == 0 ? v : physical;
        }
        int dim = GmshElementTypes.dim(type);
        int group = dim < 1 ? -1 : content.namedGroup(dim, physical);
        CellType cellType = group < 0 ? null : accept(type, dim, group);
        if (cellType == null) {
            in.skipBytes(4L * nodes);
            return;
        }
        readNodes(content.store(dim), cellType, true);
        keep(content.store(dim), tag, dim, group);
    }

    private CellType accept(int type, int dim, int group) {
        if (dim < 0) {
            throw in.error("unknown element type " + type + " in physical group '"
                    + content.groupName(group) + "'", "mesh with simplices of order 1 or 2");
        }
        return content.store(dim).accept(type, in.where(), content.groupName(group));
    }

    private void readNodes(ElementStore store, CellType type, boolean binary) {
        store.nodes.ensureExtra(type.nodes());
        for (int k = 0; k < type.nodes(); k++) {
            long tag = binary ? in.readInt32() : in.nextLong("node tag");
            store.nodes.add(content.node(tag, in));
        }
    }

    /** Records the group of the element just stored; notes an element repeated in two groups. */
    private void keep(ElementStore store, long tag, int dim, int group) {
        store.groups.add(group);
        if (tag == lastTag && dim == lastDim) {
            content.overlap(dim, lastGroup, group, in.where());
        }
        lastTag = tag;
        lastDim = dim;
        lastGroup = group;
    }
}
