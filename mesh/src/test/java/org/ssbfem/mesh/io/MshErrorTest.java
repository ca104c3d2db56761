package org.ssbfem.mesh.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssbfem.mesh.CellType;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.Mesh;

/** Every kind of bad input gives an InputError naming the file (and line) and a fix. */
class MshErrorTest {
    /** Two tetrahedra (entities 1 and 2) and one triangle (entity 1), MSH 4.1. */
    static final String TWO_TETS = """
            $MeshFormat
            4.1 0 8
            $EndMeshFormat
            $PhysicalNames
            3
            3 1 "se"
            3 2 "cam"
            2 1 "anode"
            $EndPhysicalNames
            $Entities
            0 0 1 2
            1 0 0 0 1 1 1 1 1 0
            1 0 0 0 1 1 1 1 1 0
            2 0 0 0 1 1 1 1 2 0
            $EndEntities
            $Nodes
            1 5 1 5
            3 1 0 5
            1
            2
            3
            4
            5
            0 0 0
            1 0 0
            0 1 0
            0 0 1
            1 1 1
            $EndNodes
            $Elements
            3 3 1 3
            3 1 4 1
            1 1 2 3 4
            3 2 4 1
            2 2 3 4 5
            2 1 2 1
            3 1 3 2
            $EndElements
            """;

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private InputError readFails(Path p, String... fragments) {
        InputError e = assertThrows(InputError.class, () -> MshReader.read(p));
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "'" + f + "' missing in: " + e.getMessage());
        }
        assertTrue(e.where().startsWith(p.toString()), e.where());
        assertTrue(e.fix() != null && !e.fix().isEmpty(), "no fix in " + e.getMessage());
        return e;
    }

    @Test
    void templateIsValid() throws IOException {
        Mesh m = MshReader.read(file("ok.msh", TWO_TETS));
        assertEquals(CellType.TET4, m.cellType());
        assertEquals(2, m.cellCount());
        assertEquals(1, m.facets("anode").count());
    }

    @Test
    void windowsLineEndsAndUnknownSectionsAreFine() throws IOException {
        String crlf = TWO_TETS.replace("$EndElements\n", "$EndElements\n$NodeData\n1\n\"T\"\n$EndNodeData\n")
                .replace("\n", "\r\n");
        Mesh m = MshReader.read(file("crlf.msh", crlf));
        assertEquals(2, m.cellCount());
        assertEquals(java.util.List.of("se", "cam"), m.regionNames());
    }

    @Test
    void headerCountsBeyondTheSectionAreRefused() throws IOException {
        readFails(file("big.msh", TWO_TETS.replace("3 1 0 5\n", "3 1 0 99999999999\n")),
                "number of nodes in a block 99999999999");
    }

    @Test
    void missingFile() {
        readFails(dir.resolve("nope.msh"), "no such file");
    }

    @Test
    void notAMeshFile() throws IOException {
        InputError e = readFails(file("a.msh", "\nsolid cube\n facet normal 0 0 1\n"), "not a Gmsh mesh file",
                "solid cube");
        assertTrue(e.where().endsWith(":2"), e.where());
        readFails(file("empty.msh", ""), "not a Gmsh mesh file", "an empty file");
    }

    @Test
    void unsupportedVersionListsSupportedOnes() throws IOException {
        readFails(file("v4.msh", TWO_TETS.replace("4.1 0 8", "4 0 8")), "version 4 is not supported",
                "[4.1, 2.2]");
        InputError e = readFails(file("v3.msh", TWO_TETS.replace("4.1 0 8", "3.0 0 8")), "3.0");
        assertTrue(e.fix().contains("-format msh41"), e.fix());
    }

    @Test
    void truncatedSectionsNameTheSection() throws IOException {
        String cutInNodes = TWO_TETS.substring(0, TWO_TETS.indexOf("0 0 1\n1 1 1"));
        readFails(file("t1.msh", cutInNodes), "ends", "$Nodes");
        String cutInElements = TWO_TETS.substring(0, TWO_TETS.indexOf("2 2 3 4 5"));
        readFails(file("t2.msh", cutInElements), "ends", "$Elements");
        String noEnd = TWO_TETS.substring(0, TWO_TETS.indexOf("$EndElements"));
        readFails(file("t3.msh", noEnd), "ends inside section $Elements");
        String noElements = TWO_TETS.substring(0, TWO_TETS.indexOf("$Elements"));
        readFails(file("t4.msh", noElements), "no $Elements section");
    }

    @Test
    void truncatedBinaryFile() throws IOException {
        Path whole = dir.resolve("b.msh");
        Mesh mesh = TestMeshes.box(2, 1, 1);
        MshWriter.write(mesh, whole);
        GmshCli.assumeAvailable();
        Path binary = dir.resolve("bin.msh");
        GmshCli.Result r = GmshCli.run(List.of(whole.toString(), "-0", "-bin", "-o", binary.toString()));
        assertEquals(0, r.exitCode(), r.output());
        byte[] bytes = Files.readAllBytes(binary);
        Path cut = dir.resolve("cut.msh");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length * 2 / 3));
        readFails(cut, "ends inside section $Elements", "(byte ");
    }

    @Test
    void withoutNamedGroupsTellsHowToNameThem() throws IOException {
        String unnamed = TWO_TETS.replaceAll("(?s)\\$PhysicalNames.*\\$EndPhysicalNames\n", "");
        InputError e = readFails(file("u.msh", unnamed), "no named physical groups");
        assertTrue(e.fix().contains("Physical Volume(\"se\")"), e.fix());
        String onlyPoints = TWO_TETS.replace("3 1 \"se\"", "0 7 \"se\"").replace("3 2 \"cam\"", "0 8 \"cam\"")
                .replace("2 1 \"anode\"", "1 9 \"anode\"");
        readFails(file("p.msh", onlyPoints), "no named physical group holds triangles or tetrahedra", "se (dimension 0)");
    }

    @Test
    void requireGroupsListsTheGroupsFound() throws IOException {
        Path p = file("ok.msh", TWO_TETS);
        Mesh m = MshReader.read(p);
        MshReader.requireGroups(m, p, "se", "cam", "anode");
        InputError e = assertThrows(InputError.class, () -> MshReader.requireGroups(m, p, "se", "interface"));
        assertTrue(e.getMessage().contains("'interface'"), e.getMessage());
        assertTrue(e.getMessage().contains("regions [se, cam] and facet groups [anode]"), e.getMessage());
        assertTrue(e.fix().contains("Physical Volume or Physical Surface(\"interface\")"), e.fix());
    }

    @Test
    void unsupportedElementTypeGivesLine() throws IOException {
        String hexes = TWO_TETS.replace("3 1 4 1\n1 1 2 3 4\n", "3 1 5 1\n1 1 2 3 4 5 1 2 3\n");
        InputError e = readFails(file("h.msh", hexes), "8-node hexahedron (Gmsh type 5)", "'se'");
        assertTrue(e.where().endsWith(":32"), e.where());
    }

    @Test
    void mixedOrdersAreRefusedWithLine() throws IOException {
        String mixed = TWO_TETS.replace("3 2 4 1\n2 2 3 4 5\n", "3 2 11 1\n2 2 3 4 5 1 2 3 4 5 1\n");
        InputError e = readFails(file("m.msh", mixed), "TET10", "TET4", "mixed orders");
        assertTrue(e.where().endsWith(":34"), e.where());
        String mixedFacets = TWO_TETS.replace("2 1 2 1\n3 1 3 2\n", "2 1 9 1\n3 1 3 2 1 2 3\n");
        readFails(file("mf.msh", mixedFacets.replace("3 1 4 1\n1 1 2 3 4\n", "3 1 4 1\n1 1 2 3 4\n")),
                "TET4", "TRI6");
    }

    @Test
    void malformedNumbersAndCounts() throws IOException {
        InputError e = readFails(file("n.msh", TWO_TETS.replace("0 0 1\n1 1 1", "0 0 1e\n1 1 1")),
                "expected z coordinate, found '1e'");
        assertTrue(e.where().endsWith(":27"), e.where());
        readFails(file("nan.msh", TWO_TETS.replace("0 0 1\n1 1 1", "0 0 nan\n1 1 1")), "found 'nan'");
        readFails(file("c.msh", TWO_TETS.replace("1 5 1 5\n3 1 0 5\n1\n2\n3\n4\n5\n",
                "1 5 1 5\n3 1 0 5\n1\n2\n3\n4\n5\n6\n")), "expected $EndNodes, found '1'");
        readFails(file("extra.msh", TWO_TETS.replace("1 1 2 3 4\n", "1 1 2 3 4 5\n")), "unexpected '5'");
    }

    @Test
    void undefinedAndDuplicateNodes() throws IOException {
        readFails(file("undef.msh", TWO_TETS.replace("2 2 3 4 5", "2 2 3 4 9")), "node 9", "does not define");
        readFails(file("dup.msh", TWO_TETS.replace("1\n2\n3\n4\n5\n", "1\n2\n3\n4\n4\n")), "node tag 4 is defined twice");
    }

    @Test
    void cellsInTwoRegionsAreRefused() throws IOException {
        String overlap = TWO_TETS.replace("2 0 0 0 1 1 1 1 2 0", "2 0 0 0 1 1 1 2 1 2 0");
        readFails(file("o.msh", overlap), "both physical groups 'se' and 'cam'");
    }

    @Test
    void twoDimensionalMeshMustLieInXyPlane() throws IOException {
        String tilted = """
                $MeshFormat
                2.2 0 8
                $EndMeshFormat
                $PhysicalNames
                1
                2 1 "se"
                $EndPhysicalNames
                $Nodes
                3
                1 0 0 0
                2 1 0 0
                3 0 1 0.5
                $EndNodes
                $Elements
                1
                1 2 2 1 1 1 2 3
                $EndElements
                """;
        readFails(file("z.msh", tilted), "z up to 0.5", "2D");
        Mesh flat = MshReader.read(file("flat.msh", tilted.replace("0 1 0.5", "0 1 -0")));
        assertEquals(CellType.TRI3, flat.cellType());
        assertEquals(0.0, flat.coord(2, 2));
    }

    @Test
    void badScaleAndPartitionedMeshes() throws IOException {
        Path p = file("ok.msh", TWO_TETS);
        InputError e = assertThrows(InputError.class, () -> MshReader.read(p, 0));
        assertTrue(e.where().contains("lengthScaleToMetres"), e.where());
        assertThrows(InputError.class, () -> MshReader.read(p, Double.NaN));
        String partitioned = TWO_TETS.replace("$Nodes\n", "$PartitionedEntities\n1\n0\n$EndPartitionedEntities\n$Nodes\n");
        readFails(file("part.msh", partitioned), "partitioned meshes are not supported");
    }
}
