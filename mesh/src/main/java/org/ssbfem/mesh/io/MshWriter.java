package org.ssbfem.mesh.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ssbfem.mesh.CellType;
import org.ssbfem.mesh.Mesh;

/**
 * Writes a {@link Mesh} as a Gmsh MSH 4.1 ASCII file that Gmsh 4.8 and {@link MshReader} read.
 *
 * <p>Layout: physical group {@code r + 1} of the mesh dimension names region {@code r} and has one
 * entity of the same tag; physical group {@code g + 1} one dimension lower names facet group
 * {@code g}. Each distinct facet is written once, on an entity per set of groups it belongs to (as
 * Gmsh does), so a group's facets keep their order unless its facets are shared with other groups
 * in an interleaved way. All nodes form one block on the entity of the first region (Gmsh
 * accepts nodes classified anywhere); node tags are node index + 1, element tags run from 1 over
 * the cells (in mesh order, one block per run of cells of one region), then over the facets of each
 * group. Coordinates are written so that they read back
 * exactly (with scale 1).
 */
public final class MshWriter {
    private MshWriter() {
    }

    /** Writes {@code mesh} with coordinates in metres. */
    public static void write(Mesh mesh, Path file) throws IOException {
        write(mesh, file, 1.0);
    }

    /**
     * Writes {@code mesh} with coordinates divided by {@code lengthScaleToMetres} (1e-6 writes
     * micrometres; read back with the same scale).
     *
     * @throws IllegalArgumentException if the mesh has no region, a name contains a double quote,
     *     a coordinate is not finite or the scale is not positive
     * @throws IOException if the file cannot be written
     */
    public static void write(Mesh mesh, Path file, double lengthScaleToMetres) throws IOException {
        if (!(lengthScaleToMetres > 0) || Double.isInfinite(lengthScaleToMetres)) {
            throw new IllegalArgumentException("length scale must be positive: " + lengthScaleToMetres);
        }
        if (mesh.regionNames().isEmpty()) {
            throw new IllegalArgumentException("a mesh without regions cannot be written");
        }
        try (OutputStream stream = Files.newOutputStream(file); AsciiOut out = new AsciiOut(stream)) {
            out.text("$MeshFormat\n4.1 0 8\n$EndMeshFormat\n");
            FacetEntities facets = FacetEntities.of(mesh);
            physicalNames(mesh, out);
            entities(mesh, facets, out, lengthScaleToMetres);
            nodes(mesh, out, lengthScaleToMetres);
            elements(mesh, facets, out);
        }
    }

    private static void physicalNames(Mesh mesh, AsciiOut out) throws IOException {
        out.text("$PhysicalNames\n").integer(mesh.regionNames().size() + mesh.facetGroups().size())
                .newline();
        int tag = 1;
        for (String name : mesh.regionNames()) {
            out.integer(mesh.dim()).space().integer(tag++).space().text(quoted(name)).newline();
        }
        tag = 1;
        for (String name : mesh.facetGroups().keySet()) {
            out.integer(mesh.dim() - 1).space().integer(tag++).space().text(quoted(name)).newline();
        }
        out.text("$EndPhysicalNames\n");
    }

    private static String quoted(String name) {
        if (name.indexOf('"') >= 0 || name.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("group name cannot be written to .msh: " + name);
        }
        return '"' + name + '"';
    }

    /** The facet entities (dimension - 1), then one entity per region. */
    private static void entities(Mesh mesh, FacetEntities facets, AsciiOut out, double scale)
            throws IOException {
        int regions = mesh.regionNames().size();
        out.text("$Entities\n");
        out.text(mesh.dim() == 3 ? "0 0 " : "0 ").integer(facets.count()).space().integer(regions)
                .text(mesh.dim() == 3 ? "\n" : " 0\n");
        for (int e = 0; e < facets.count(); e++) {
            entity(out, e + 1, box(mesh, facets.nodes(e)), facets.physicalTags(e), scale);
        }
        double[][] regionBoxes = regionBoxes(mesh);
        for (int r = 0; r < regions; r++) {
            entity(out, r + 1, regionBoxes[r], new int[] {r + 1}, scale);
        }
        out.text("$EndEntities\n");
    }

    /** An entity line: tag, bounding box, physical tags, no bounding entities. */
    private static void entity(AsciiOut out, int tag, double[] box, int[] physicals, double scale)
            throws IOException {
        out.integer(tag);
        for (double v : box) {
            out.space().number(v / scale);
        }
        out.space().integer(physicals.length);
        for (int p : physicals) {
            out.space().integer(p);
        }
        out.text(" 0\n");
    }

    /** Bounding box of the given nodes; zeros when there are none. */
    private static double[] box(Mesh mesh, int[] nodes) {
        double[] b = emptyBox();
        for (int n : nodes) {
            include(b, mesh, n);
        }
        return finish(b);
    }

    private static double[][] regionBoxes(Mesh mesh) {
        double[][] boxes = new double[mesh.regionNames().size()][];
        for (int r = 0; r < boxes.length; r++) {
            boxes[r] = emptyBox();
        }
        int per = mesh.cellType().nodes();
        int[] cells = mesh.cells();
        int[] region = mesh.cellRegions();
        for (int i = 0; i < cells.length; i++) {
            include(boxes[region[i / per]], mesh, cells[i]);
        }
        for (int r = 0; r < boxes.length; r++) {
            boxes[r] = finish(boxes[r]);
        }
        return boxes;
    }

    private static double[] emptyBox() {
        return new double[] {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE,
            -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    }

    private static void include(double[] b, Mesh mesh, int node) {
        for (int d = 0; d < 3; d++) {
            double v = mesh.coord(node, d);
            b[d] = Math.min(b[d], v);
            b[d + 3] = Math.max(b[d + 3], v);
        }
    }

    private static double[] finish(double[] b) {
        return b[0] > b[3] ? new double[6] : b;
    }

    private static void nodes(Mesh mesh, AsciiOut out, double scale) throws IOException {
        int n = mesh.nodeCount();
        out.text("$Nodes\n1 ").integer(n).text(" 1 ").integer(n).newline();
        out.integer(mesh.dim()).text(" 1 0 ").integer(n).newline();
        for (int i = 1; i <= n; i++) {
            out.integer(i).newline();
        }
        double[] xyz = mesh.coords();
        for (int i = 0; i < xyz.length; i++) {
            if (!Double.isFinite(xyz[i])) {
                throw new IllegalArgumentException("node " + i / 3 + " has a non-finite coordinate");
            }
            out.number(xyz[i] / scale);
            out.text(i % 3 == 2 ? "\n" : " ");
        }
        out.text("$EndNodes\n");
    }

    /**
     * One block per run of consecutive cells of one region (so cell order is kept), then one block
     * per facet entity.
     */
    private static void elements(Mesh mesh, FacetEntities facets, AsciiOut out) throws IOException {
        int[] cellRegion = mesh.cellRegions();
        int runs = 0;
        for (int c = 0; c < cellRegion.length; c++) {
            runs += c == 0 || cellRegion[c] != cellRegion[c - 1] ? 1 : 0;
        }
        long total = mesh.cellCount();
        for (int e = 0; e < facets.count(); e++) {
            total += facets.facetCount(e);
        }
        out.text("$Elements\n").integer(runs + facets.count()).space().integer(total)
                .text(" 1 ").integer(total).newline();
        long tag = 1;
        for (int start = 0, end; start < cellRegion.length; start = end) {
            end = start + 1;
            while (end < cellRegion.length && cellRegion[end] == cellRegion[start]) {
                end++;
            }
            blockHeader(out, mesh.dim(), cellRegion[start] + 1, mesh.cellType(), end - start);
            tag = connectivity(mesh.cells(), mesh.cellType(), start, end - start, tag, out);
        }
        for (int e = 0; e < facets.count(); e++) {
            blockHeader(out, mesh.dim() - 1, e + 1, facets.type(), facets.facetCount(e));
            tag = connectivity(facets.nodes(e), facets.type(), 0, facets.facetCount(e), tag, out);
        }
        out.text("$EndElements\n");
    }

    private static void blockHeader(AsciiOut out, int dim, int entity, CellType type, int count)
            throws IOException {
        out.integer(dim).space().integer(entity).space().integer(type.gmshType()).space()
                .integer(count).newline();
    }

    /** Writes {@code count} elements starting at element {@code first}, 1-based node tags. */
    private static long connectivity(int[] nodes, CellType type, int first, int count, long tag,
                                     AsciiOut out) throws IOException {
        int per = type.nodes();
        for (int e = first; e < first + count; e++) {
            out.integer(tag++);
            for (int k = 0; k < per; k++) {
                out.space().integer(nodes[e * per + k] + 1L);
            }
            out.newline();
        }
        return tag;
    }
}
