package org.ssbfem.mesh.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.CellType;
import org.ssbfem.mesh.Mesh;

class CellValidityTest {
    private static final double[] UNIT = {0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1};

    /**
     * The unit tetrahedron with edge nodes (3,0) and (3,1) pushed off their midpoints: the Jacobian
     * determinant is positive at the 14 quadrature points and the vertices, but negative on a face
     * where the solver's facet and flux points lie (the kind of cell the bench P2 mesh kept).
     */
    private static double[] badlyCurved() {
        double[] x = MeshQualityTest.straightTet10(UNIT);
        double[] d7 = {0.85, 0.25, 0.0};
        double[] d9 = {0.1, 0.7, 0.5};
        for (int i = 0; i < 3; i++) {
            x[3 * 7 + i] += d7[i];
            x[3 * 9 + i] += d9[i];
        }
        return x;
    }

    @Test
    void aCellValidAtTheOldCheckPointsFoldsAtSolverPoints() {
        double[] x = badlyCurved();
        assertTrue(MeshQuality.minScaledJacobian(CellType.TET10, x) > 0.3);
        assertTrue(CellValidity.minDetAtPoints(CellType.TET10, x) < -0.1);
        assertFalse(CellValidity.positiveAtSolverPoints(CellType.TET10, x));
    }

    @Test
    void theStraightenerStraightensIt() {
        Mesh m = new Mesh(badlyCurved(), CellType.TET10, new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
                new int[] {0}, List.of("cam"), List.of());
        assertEquals(1, Straightener.straightenInverted(m));
        double[] x = MeshQuality.cellCoords(m, 0);
        assertTrue(CellValidity.positiveAtSolverPoints(CellType.TET10, x));
        assertEquals(1.0, CellValidity.minDetAtPoints(CellType.TET10, x), 1e-12);
    }

    @Test
    void mildlyCurvedCellsPassAndAreKept() {
        double[] x = MeshQualityTest.straightTet10(UNIT);
        x[3 * 5] += 0.05;
        x[3 * 5 + 1] += 0.05;
        assertTrue(CellValidity.positiveAtSolverPoints(CellType.TET10, x));
        Mesh m = new Mesh(x.clone(), CellType.TET10, new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
                new int[] {0}, List.of("cam"), List.of());
        assertEquals(0, Straightener.straightenInverted(m));
        assertTrue(CellValidity.minDetAtPoints(CellType.TET10, x) > 0);
    }

    @Test
    void pointsHoldTheNodesAndLieInTheClosedCell() {
        SolverPoints p = SolverPoints.forDim(3);
        int vertices = 0;
        for (int q = 0; q < p.size(); q++) {
            double[] xi = p.point(q);
            double s = xi[0] + xi[1] + xi[2];
            assertTrue(xi[0] >= -1e-15 && xi[1] >= -1e-15 && xi[2] >= -1e-15 && s <= 1 + 1e-15);
            vertices += s == 0 || (s == 1 && (xi[0] == 1 || xi[1] == 1 || xi[2] == 1)) ? 1 : 0;
        }
        assertEquals(4, vertices);
        assertTrue(p.size() > 100);
    }
}
