package org.ssbfem.mesh.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.FacetGroup;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.mesh.MeshOrdering;

/** {@link MeshOrdering}: same mesh, other numbering, better locality, deterministic. */
class MeshOrderingTest {

    @Test
    void keepsEveryCellRegionAndFacetAndImprovesLocality() {
        for (int order = 1; order <= 2; order++) {
            Mesh shuffled = shuffled(TestMeshes.box(6, 2.0, order), new Random(7));
            Mesh local = MeshOrdering.localized(shuffled);
            assertEquals(shuffled.nodeCount(), local.nodeCount());
            assertEquals(cellsByCoordinates(shuffled), cellsByCoordinates(local), "same cells, node order and regions");
            for (String g : shuffled.facetGroups().keySet()) {
                assertEquals(facetCoordinates(shuffled, g), facetCoordinates(local, g), g);
            }
            double before = medianSpread(shuffled);
            double after = medianSpread(local);
            assertTrue(after < before / 5, "node index spread within cells " + before + " -> " + after);
        }
    }

    @Test
    void isDeterministic() {
        Mesh m = shuffled(TestMeshes.box(4, 1.0, 1), new Random(3));
        Mesh a = MeshOrdering.localized(m);
        Mesh b = MeshOrdering.localized(m);
        assertArrayEquals(a.cells(), b.cells());
        assertArrayEquals(a.coords(), b.coords());
        assertArrayEquals(a.cellRegions(), b.cellRegions());
    }

    @Test
    void worksOnTriangles() {
        Mesh m = shuffled(TestMeshes.square(8, 1.0, 2), new Random(5));
        Mesh local = MeshOrdering.localized(m);
        assertEquals(cellsByCoordinates(m), cellsByCoordinates(local));
        assertTrue(medianSpread(local) < medianSpread(m));
    }

    /** Each cell as "region: x,y,z; x,y,z; ..." in its node order, sorted: numbering-independent. */
    private static List<String> cellsByCoordinates(Mesh m) {
        int npc = m.cellType().nodes();
        List<String> out = new ArrayList<>();
        for (int c = 0; c < m.cellCount(); c++) {
            StringBuilder sb = new StringBuilder(m.regionNames().get(m.cellRegions()[c])).append(':');
            for (int k = 0; k < npc; k++) {
                appendNode(sb, m, m.cells()[c * npc + k]);
            }
            out.add(sb.toString());
        }
        out.sort(null);
        return out;
    }

    /** The group's facets as coordinate strings, in the group's order (the ordering keeps it). */
    private static List<String> facetCoordinates(Mesh m, String group) {
        FacetGroup g = m.facets(group);
        int npf = g.type().nodes();
        List<String> out = new ArrayList<>();
        for (int f = 0; f < g.count(); f++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < npf; k++) {
                appendNode(sb, m, g.node(f, k));
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static void appendNode(StringBuilder sb, Mesh m, int n) {
        sb.append(String.format(" %.6f,%.6f,%.6f;", m.coord(n, 0), m.coord(n, 1), m.coord(n, 2)));
    }

    /**
     * Median over cells of (largest - smallest node index of the cell): small when a cell's nodes
     * lie close in memory (the Z curve's jumps make a few cells spread wide, hence not the mean).
     */
    private static double medianSpread(Mesh m) {
        int npc = m.cellType().nodes();
        int[] spread = new int[m.cellCount()];
        for (int c = 0; c < m.cellCount(); c++) {
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            for (int k = 0; k < npc; k++) {
                lo = Math.min(lo, m.cells()[c * npc + k]);
                hi = Math.max(hi, m.cells()[c * npc + k]);
            }
            spread[c] = hi - lo;
        }
        Arrays.sort(spread);
        return spread[spread.length / 2];
    }

    /** {@code m} with nodes and cells randomly renumbered (as scattered as Gmsh's numbering at worst). */
    private static Mesh shuffled(Mesh m, Random rnd) {
        int[] newOfNode = permutation(m.nodeCount(), rnd);
        int[] cellAt = permutation(m.cellCount(), rnd);
        int npc = m.cellType().nodes();
        double[] coords = new double[m.coords().length];
        for (int n = 0; n < m.nodeCount(); n++) {
            System.arraycopy(m.coords(), 3 * n, coords, 3 * newOfNode[n], 3);
        }
        int[] cells = new int[m.cells().length];
        int[] regions = new int[m.cellCount()];
        for (int i = 0; i < cellAt.length; i++) {
            regions[i] = m.cellRegions()[cellAt[i]];
            for (int k = 0; k < npc; k++) {
                cells[i * npc + k] = newOfNode[m.cells()[cellAt[i] * npc + k]];
            }
        }
        List<FacetGroup> groups = new ArrayList<>();
        for (FacetGroup g : m.facetGroups().values()) {
            groups.add(new FacetGroup(g.name(), g.type(), Arrays.stream(g.nodes()).map(n -> newOfNode[n]).toArray()));
        }
        return new Mesh(coords, m.cellType(), cells, regions, m.regionNames(), groups);
    }

    private static int[] permutation(int n, Random rnd) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
