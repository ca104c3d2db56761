package org.ssbfem.mesh.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.CellType;
import org.ssbfem.mesh.Mesh;

class MeshQualityTest {
    /** Vertices of a skewed tetrahedron. */
    private static final double[] TET4 = {0.1, 0.2, 0.0, 2.0, 0.1, 0.3, 0.4, 1.5, -0.2, 0.3, 0.4, 1.2};

    /** A straight 10-node tetrahedron: Gmsh edge nodes at the edge midpoints. */
    static double[] straightTet10(double[] v) {
        int[][] edges = LagrangeShape.edges(3);
        double[] x = new double[30];
        System.arraycopy(v, 0, x, 0, 12);
        for (int e = 0; e < 6; e++) {
            for (int d = 0; d < 3; d++) {
                x[3 * (4 + e) + d] = 0.5 * (v[3 * edges[e][0] + d] + v[3 * edges[e][1] + d]);
            }
        }
        return x;
    }

    @Test
    void quadratureIsExactToDegreeFive() {
        for (int a = 0; a <= 5; a++) {
            for (int b = 0; a + b <= 5; b++) {
                for (int c = 0; a + b + c <= 5; c++) {
                    double exact = fact(a) * fact(b) * fact(c) / fact(a + b + c + 3);
                    assertEquals(exact, integrate(Quadrature.TETRAHEDRON, a, b, c), 1e-14, a + "," + b + "," + c);
                }
                assertEquals(fact(a) * fact(b) / fact(a + b + 2), integrate(Quadrature.TRIANGLE, a, b, 0), 1e-14);
            }
            assertEquals(1.0 / (a + 1), integrate(Quadrature.LINE, a, 0, 0), 1e-14);
        }
    }

    private static double integrate(Quadrature q, int a, int b, int c) {
        double s = 0;
        for (int k = 0; k < q.size(); k++) {
            double v = Math.pow(q.point(k, 0), a);
            v *= q.dim() > 1 ? Math.pow(q.point(k, 1), b) : 1;
            v *= q.dim() > 2 ? Math.pow(q.point(k, 2), c) : 1;
            s += q.weights()[k] * v;
        }
        return s;
    }

    private static double fact(int n) {
        return n <= 1 ? 1 : n * fact(n - 1);
    }

    @Test
    void straightTet10HasTheConstantJacobianOfItsVertices() {
        double[] x = straightTet10(TET4);
        double det = MeshQuality.tet4DetJ(TET4);
        Random rnd = new Random(1);
        for (int i = 0; i < 20; i++) {
            double a = rnd.nextDouble() / 3;
            double b = rnd.nextDouble() / 3;
            double c = rnd.nextDouble() / 3;
            assertEquals(det, MeshQuality.tet10DetJ(x, a, b, c), 1e-12);
        }
        assertEquals(det / 6, MeshQuality.cellMeasure(CellType.TET10, x), 1e-12);
        assertEquals(det / 6, MeshQuality.cellMeasure(CellType.TET4, TET4), 1e-12);
        assertEquals(1.0, MeshQuality.minScaledJacobian(CellType.TET10, x), 1e-12);
    }

    @Test
    void unitReferenceCellsHaveUnitJacobian() {
        double[] ref = {0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1};
        assertEquals(1.0, MeshQuality.tet4DetJ(ref), 1e-15);
        assertEquals(1.0, MeshQuality.tri3DetJ(new double[] {0, 0, 0, 1, 0, 0, 0, 1, 0}), 1e-15);
        assertEquals(-1.0, MeshQuality.tri3DetJ(new double[] {0, 0, 0, 0, 1, 0, 1, 0, 0}), 1e-15);
    }

    @Test
    void curvedTriangleAddsTheParabolicSegment() {
        // unit right triangle whose hypotenuse bulges outwards by delta at its midpoint
        double delta = 0.1;
        double s = delta / Math.sqrt(2);
        double[] x = {0, 0, 0, 1, 0, 0, 0, 1, 0, 0.5, 0, 0, 0.5 + s, 0.5 + s, 0, 0, 0.5, 0};
        double segment = 2.0 / 3 * Math.sqrt(2) * delta;
        assertEquals(0.5 + segment, MeshQuality.cellMeasure(CellType.TRI6, x), 1e-14);
        assertEquals(0.5 + segment, MeshQuality.facetMeasure(CellType.TRI6, x), 1e-14);
        assertTrue(MeshQuality.tri6DetJ(x, 0.5, 0.5) > MeshQuality.tri6DetJ(x, 0, 0));
        // a parabola y = 4 d t (1 - t) over [0, 1]: arc length by quadrature vs closed form
        double d = 0.2;
        double[] line = {0, 0, 0, 1, 0, 0, 0.5, d, 0};
        double k = 4 * d;
        double exact = (k * Math.sqrt(1 + k * k) + Math.log(k + Math.sqrt(1 + k * k))) / (2 * k);
        // the length integrand is a square root, not a polynomial: 3 Gauss points are not exact
        assertEquals(exact, MeshQuality.facetMeasure(CellType.LINE3, line), 5e-4 * exact);
    }

    @Test
    void gammaIsOneForRegularSimplicesAndSignedForInvertedOnes() {
        double[] regular = {1, 1, 1, 1, -1, -1, -1, 1, -1, -1, -1, 1};
        double q = MeshQuality.quality(CellType.TET4, regular);
        assertEquals(1.0, Math.abs(q), 1e-12);
        double[] swapped = regular.clone();
        System.arraycopy(regular, 0, swapped, 3, 3);
        System.arraycopy(regular, 3, swapped, 0, 3);
        assertEquals(-q, MeshQuality.quality(CellType.TET4, swapped), 1e-12);
        double[] tri = {0, 0, 0, 1, 0, 0, 0.5, Math.sqrt(3) / 2, 0};
        assertEquals(1.0, MeshQuality.quality(CellType.TRI3, tri), 1e-12);
        double[] flat = {0, 0, 0, 1, 0, 0, 0, 1, 0, 0.3, 0.3, 1e-6};
        assertTrue(MeshQuality.quality(CellType.TET4, flat) < 1e-4);
    }

    @Test
    void orientationFlipKeepsEdgeNodesOnTheirEdges() {
        double[] negative = {0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1};
        double[] x = straightTet10(negative);
        int[] cells = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        assertEquals(1, Orientation.makePositive(CellType.TET10, cells, x));
        double[] y = new double[30];
        for (int k = 0; k < 10; k++) {
            System.arraycopy(x, 3 * cells[k], y, 3 * k, 3);
        }
        assertEquals(y.length, straightTet10(java.util.Arrays.copyOf(y, 12)).length);
        assertEquals(java.util.Arrays.toString(straightTet10(java.util.Arrays.copyOf(y, 12))), java.util.Arrays.toString(y));
        assertTrue(MeshQuality.tet4DetJ(y) > 0);
        int[] tri = {0, 1, 2, 3, 4, 5};
        double[] t = {0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0.5, 0, 0.5, 0.5, 0, 0.5, 0, 0};
        assertEquals(1, Orientation.makePositive(CellType.TRI6, tri, t));
        assertEquals(List.of(0, 2, 1, 5, 4, 3), java.util.Arrays.stream(tri).boxed().toList());
    }

    @Test
    void straightenerRepairsAnInvertedCurvedCell() {
        double[] x = straightTet10(new double[] {0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1});
        x[3 * 4 + 1] = 0.9; // edge node (0,1) pulled far across the cell
        Mesh m = new Mesh(x, CellType.TET10, new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, new int[] {0},
                List.of("cam"), List.of());
        assertTrue(MeshQuality.minScaledJacobian(CellType.TET10, MeshQuality.cellCoords(m, 0)) <= 0);
        assertEquals(1, Straightener.straightenInverted(m));
        assertEquals(1.0, MeshQuality.minScaledJacobian(CellType.TET10, MeshQuality.cellCoords(m, 0)), 1e-12);
    }
}
