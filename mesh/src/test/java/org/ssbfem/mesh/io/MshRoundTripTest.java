package org.ssbfem.mesh.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ssbfem.mesh.FacetGroup;
import org.ssbfem.mesh.Mesh;

class MshRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "dim {0}, order {1}")
    @CsvSource({"2, 1", "2, 2", "3, 1", "3, 2"})
    void writtenMeshReadsBackIdentical(int dim, int order) throws IOException {
        Mesh mesh = dim == 3 ? TestMeshes.box(2, 0.7, order) : TestMeshes.square(4, 0.7, order);
        Path file = dir.resolve("m.msh");
        MshWriter.write(mesh, file);
        Mesh back = MshReader.read(file);
        assertSame(mesh, back, 0.0);
    }

    @ParameterizedTest(name = "dim {0}")
    @CsvSource({"2", "3"})
    void lengthScaleConvertsUnits(int dim) throws IOException {
        Mesh mesh = dim == 3 ? TestMeshes.box(2, 0.7, 2) : TestMeshes.square(2, 0.7, 1);
        Path file = dir.resolve("um.msh");
        MshWriter.write(mesh, file, 1e-6);
        Mesh back = MshReader.read(file, 1e-6);
        assertEquals(mesh.nodeCount(), back.nodeCount());
        for (int i = 0; i < mesh.coords().length; i++) {
            assertEquals(mesh.coords()[i], back.coords()[i], 1e-15);
        }
        Mesh inMicrometres = MshReader.read(file);
        assertEquals(0.7e6, inMicrometres.boundingBox()[3], 1e-6);
    }

    /** Same node order, coordinates (to {@code toleranceM}), cells, regions and groups. */
    static void assertSame(Mesh expected, Mesh actual, double toleranceM) {
        assertEquals(expected.cellType(), actual.cellType());
        assertEquals(expected.regionNames(), actual.regionNames());
        assertEquals(expected.facetGroups().keySet(), actual.facetGroups().keySet());
        assertArrayEquals(expected.coords(), actual.coords(), toleranceM);
        assertArrayEquals(expected.cells(), actual.cells());
        assertArrayEquals(expected.cellRegions(), actual.cellRegions());
        for (FacetGroup g : expected.facetGroups().values()) {
            assertArrayEquals(g.nodes(), actual.facets(g.name()).nodes(), g.name());
            assertEquals(g.type(), actual.facets(g.name()).type());
        }
    }
}
