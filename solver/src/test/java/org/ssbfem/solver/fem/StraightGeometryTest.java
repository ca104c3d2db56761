package org.ssbfem.solver.fem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.CellType;
import org.ssbfem.mesh.Mesh;

/**
 * Straight second-order cells are recognised, and the affine geometry path agrees with the
 * isoparametric one to round-off at cell points and at facet points.
 */
class StraightGeometryTest {
    private static final double[] VERTICES = {0.1, 0.2, 0.0, 1.3, 0.1, 0.2, 0.2, 1.1, -0.1, 0.3, 0.4, 0.9};
    private static final int[][] EDGES = {{0, 1}, {1, 2}, {2, 0}, {3, 0}, {3, 2}, {3, 1}};

    /** A TET10 with edge nodes at the midpoints, edge node {@code moved} shifted by {@code d} in z. */
    private static Mesh tet10(int moved, double d) {
        double[] xyz = new double[30];
        System.arraycopy(VERTICES, 0, xyz, 0, 12);
        for (int e = 0; e < 6; e++) {
            for (int i = 0; i < 3; i++) {
                xyz[3 * (4 + e) + i] = 0.5 * (VERTICES[3 * EDGES[e][0] + i] + VERTICES[3 * EDGES[e][1] + i]);
            }
        }
        if (moved >= 0) {
            xyz[3 * (4 + moved) + 2] += d;
        }
        int[] cell = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        return new Mesh(xyz, CellType.TET10, cell, new int[] {0}, List.of("a"), List.of());
    }

    @Test
    void edgeNodesAtMidpointsMakeAStraightCell() {
        assertTrue(StraightCells.of(tet10(-1, 0))[0]);
        assertTrue(StraightCells.of(tet10(2, 1e-16))[0], "round-off is straight");
        for (int e = 0; e < 6; e++) {
            assertFalse(StraightCells.of(tet10(e, 1e-6))[0], "edge " + e + " moved");
        }
    }

    @Test
    void affinePathAgreesWithTheIsoparametricOneAtCellPoints() {
        Mesh m = tet10(-1, 0);
        compare(m, PointSet.of(Quadrature.simplex(3, 5)));
    }

    @Test
    void affinePathAgreesWithTheIsoparametricOneAtFacetPoints() {
        Mesh m = tet10(-1, 0);
        FacetPoints fp = new FacetPoints(3, 4);
        for (int[] f : new int[][] {{1, 2, 3}, {0, 3, 2}, {0, 1, 3}, {0, 2, 1}}) {
            compare(m, fp.points(f, 0));
        }
    }

    private static void compare(Mesh m, PointSet points) {
        CellGeometry general = new CellGeometry(m);
        CellGeometry affine = new CellGeometry(m);
        Tabulation geometry = Tabulation.of(general.element(), points);
        general.compute(0, geometry);
        affine.compute(0, geometry, true);
        assertFalse(general.straight());
        assertTrue(affine.straight());
        for (int q = 0; q < points.size(); q++) {
            assertEquals(general.weight(q), affine.weight(q), 1e-14 * general.weight(q));
            assertEquals(general.detJ(q), affine.detJ(q), 1e-14 * Math.abs(general.detJ(q)));
            for (int i = 0; i < 3; i++) {
                assertEquals(general.x(q, i), affine.x(q, i), 1e-15);
                if (points.onFacet()) {
                    assertEquals(general.normal(q, i), affine.normal(q, i), 1e-14);
                }
                for (int k = 0; k < 3; k++) {
                    assertEquals(general.jacobian(q, i, k), affine.jacobian(q, i, k), 1e-14);
                    assertEquals(general.inverseJacobian(q, k, i), affine.inverseJacobian(q, k, i), 1e-13);
                }
            }
        }
        Tabulation p2 = Tabulation.of(LagrangeSimplex.of(3, 2), points);
        double[] g1 = new double[points.size() * 30];
        double[] g2 = new double[points.size() * 30];
        general.physicalGradients(p2, g1);
        affine.physicalGradients(p2, g2);
        assertArrayEquals(g1, g2, 1e-12);
    }
}
