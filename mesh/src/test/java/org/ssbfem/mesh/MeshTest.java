package org.ssbfem.mesh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeshTest {
    /** Two triangles of the unit square, one per region, with a named bottom edge. */
    private static Mesh square() {
        double[] xyz = {0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0};
        int[] cells = {0, 1, 2, 0, 2, 3};
        return new Mesh(xyz, CellType.TRI3, cells, new int[] {0, 1}, List.of("se", "cam"),
                List.of(new FacetGroup("anode", CellType.LINE2, new int[] {0, 1})));
    }

    @Test
    void looksUpRegionsAndFacetsByName() {
        Mesh m = square();
        assertEquals(2, m.dim());
        assertEquals(1, m.region("cam"));
        assertArrayEquals(new int[] {1}, m.cellsOf("cam"));
        assertEquals(1, m.facets("anode").count());
        assertArrayEquals(new double[] {0, 0, 0, 1, 1, 0}, m.boundingBox());
    }

    @Test
    void unknownNamesListWhatExists() {
        Mesh m = square();
        InputError e = assertThrows(InputError.class, () -> m.region("cbd"));
        assertTrue(e.getMessage().contains("[se, cam]"), e.getMessage());
        InputError f = assertThrows(InputError.class, () -> m.facets("interface"));
        assertTrue(f.getMessage().contains("[anode]"), f.getMessage());
    }

    @Test
    void rejectsWrongFacetType() {
        assertThrows(IllegalArgumentException.class, () -> new Mesh(new double[9], CellType.TRI3,
                new int[] {0, 1, 2}, new int[] {0}, List.of("se"),
                List.of(new FacetGroup("x", CellType.TRI3, new int[] {0, 1, 2}))));
    }
}
