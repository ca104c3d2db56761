package org.ssbfem.mesh.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.Mesh;

/**
 * Reads Gmsh meshes: MSH 4.1 (ASCII and binary) and MSH 2.2 (ASCII and binary), as written by Gmsh
 * 4.x and by users.
 *
 * <p>Named physical groups become the mesh's regions (groups of the highest dimension that holds
 * elements, 3 or 2) and facet groups (one dimension lower). Elements outside named groups are
 * dropped; an element in several named facet groups appears in each. Nodes not used by a kept
 * element are dropped and the others renumbered 0-based in file order. Gmsh's node order inside
 * elements is kept. Supported elements: 4- and 10-node tetrahedra, 3- and 6-node triangles, 2- and
 * 3-node lines, one order per mesh. A 2D mesh must lie in the plane z = 0.
 *
 * <p>Reading streams the file once through a 1 MB buffer, with hand-written number parsing and
 * primitive arrays, at about disk speed.
 */
public final class MshReader {
    /** Format versions this reader understands, as in the $MeshFormat line. */
    public static final List<String> SUPPORTED_VERSIONS = List.of("4.1", "2.2");

    private MshReader() {
    }

    /**
     * Reads a mesh whose coordinates are in metres.
     *
     * @see #read(Path, double)
     */
    public static Mesh read(Path file) {
        return read(file, 1.0);
    }

    /**
     * Reads a mesh and converts its coordinates to metres.
     *
     * @param file the .msh file
     * @param lengthScaleToMetres metres per length unit of the file (1e-6 for a mesh drawn in
     *     micrometres); positive and finite
     * @return a new mesh, coordinates in metres
     * @throws InputError if the file is missing or unreadable, is not a Gmsh mesh, has an
     *     unsupported version, is truncated, has no named physical groups with elements, holds
     *     unsupported or mixed element types in named groups, or if the scale is invalid
     */
    public static Mesh read(Path file, double lengthScaleToMetres) {
        if (!(lengthScaleToMetres > 0) || Double.isInfinite(lengthScaleToMetres)) {
            throw new InputError("lengthScaleToMetres (mesh " + file + ")", "must be a positive finite "
                    + "number, got " + lengthScaleToMetres, "use 1 for a mesh in metres, 1e-6 for micrometres");
        }
        try (InputStream stream = Files.newInputStream(file);
             MshInput in = new MshInput(stream, file)) {
            MshContent content = new MshContent();
            String version = readFormat(in);
            if (version.equals("4.1")) {
                new Msh41Parser(in, content).parseSections();
            } else {
                new Msh22Parser(in, content).parseSections();
            }
            return MeshBuilder.build(content, file.toString(), lengthScaleToMetres);
        } catch (NoSuchFileException e) {
            throw new InputError(file.toString(), "no such file", "check the mesh path", e);
        } catch (IOException e) {
            throw new InputError(file.toString(), "cannot read the file: " + e.getMessage(),
                    "check that the file exists and is readable", e);
        }
    }

    /**
     * Checks that the mesh read from {@code file} has every named group, as a region or as a facet
     * group.
     *
     * @throws InputError naming the first missing group and listing the groups the mesh has
     */
    public static void requireGroups(Mesh mesh, Path file, String... names) {
        for (String name : names) {
            if (!mesh.hasRegion(name) && !mesh.hasFacets(name)) {
                String kind = mesh.dim() == 3 ? "Physical Volume or Physical Surface"
                        : "Physical Surface or Physical Curve";
                throw new InputError(file.toString(), "the mesh has no physical group '" + name
                        + "'; it has regions " + mesh.regionNames() + " and facet groups "
                        + new ArrayList<>(mesh.facetGroups().keySet()),
                        "add " + kind + "(\"" + name + "\") = {...}; to the .geo file and mesh again");
            }
        }
    }

    /** Reads $MeshFormat; switches the input to binary if needed; returns the version. */
    private static String readFormat(MshInput in) {
        String first = in.nextLine();
        if (first == null || !first.trim().equals("$MeshFormat")) {
            String found = first == null ? "an empty file" : "'" + MshInput.clip(first.trim()) + "'";
            throw in.error("not a Gmsh mesh file: it should start with $MeshFormat, found " + found,
                    "give a .msh file written by Gmsh (gmsh file.geo -3 -o file.msh)");
        }
        in.section("$MeshFormat");
        String[] fields = nonNull(in.nextLine(), in).trim().split("\\s+");
        String version = fields[0];
        if (!SUPPORTED_VERSIONS.contains(version)) {
            throw in.error("MSH format version " + version + " is not supported; supported versions: "
                    + SUPPORTED_VERSIONS, "convert it with: gmsh file.msh -0 -format msh41 -o new.msh");
        }
        if (fields.length < 3 || !(fields[1].equals("0") || fields[1].equals("1"))
                || !(fields[2].equals("8") || fields[2].equals("4"))) {
            throw in.error("malformed $MeshFormat line; expected 'version file-type data-size' such as "
                    + "'4.1 0 8'", "re-export the mesh from Gmsh");
        }
        if (fields[1].equals("1")) {
            in.consumeLineBreak();
            in.setBinary(ByteOrder.LITTLE_ENDIAN, Integer.parseInt(fields[2]));
            detectByteOrder(in, Integer.parseInt(fields[2]));
        }
        in.expectLine("$EndMeshFormat");
        in.section("");
        return version;
    }

    /** Binary files store the int 1 after the format line, in the writer's byte order. */
    private static void detectByteOrder(MshInput in, int dataSize) {
        int one = in.readInt32();
        if (one == Integer.reverseBytes(1)) {
            in.setBinary(ByteOrder.BIG_ENDIAN, dataSize);
        } else if (one != 1) {
            throw in.error("bad byte-order mark in a binary mesh", "re-export the mesh from Gmsh");
        }
    }

    private static String nonNull(String line, MshInput in) {
        if (line == null) {
            throw in.truncated();
        }
        return line;
    }
}
