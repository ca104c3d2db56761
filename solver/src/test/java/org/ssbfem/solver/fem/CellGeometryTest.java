package org.ssbfem.solver.fem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.CellType;
import org.ssbfem.mesh.FacetGroup;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.Mesh;

class CellGeometryTest {
    /** One straight tetrahedron with vertices p0..p3 (x, y, z each). */
    private static Mesh tet(double[] xyz) {
        return new Mesh(xyz, CellType.TET4, new int[] {0, 1, 2, 3}, new int[] {0}, List.of("a"),
                List.of(new FacetGroup("f", CellType.TRI3, new int[] {3, 1, 2})));
    }

    private static final double[] TET = {0.1, 0.2, 0.0, 1.3, 0.1, 0.2, 0.2, 1.1, -0.1, 0.3, 0.4, 0.9};

    @Test
    void affineTetrahedronHasExactVolumeJacobianAndInverse() {
        Mesh m = tet(TET);
        CellGeometry g = new CellGeometry(m);
        PointSet ps = PointSet.of(Quadrature.simplex(3, 2));
        g.compute(0, Tabulation.of(g.element(), ps));
        double vol = 0;
        for (int q = 0; q < g.size(); q++) {
            vol += g.weight(q);
        }
        double det = determinant(TET);
        assertEquals(Math.abs(det) / 6, vol, 1e-14);
        for (int q = 0; q < g.size(); q++) {
            assertEquals(det, g.detJ(q), 1e-13);
            for (int i = 0; i < 3; i++) {
                double expect = TET[i];
                for (int k = 0; k < 3; k++) {
                    expect += (TET[3 * (k + 1) + i] - TET[i]) * ps.points()[3 * q + k];
                    double s = 0;
                    for (int j = 0; j < 3; j++) {
                        s += g.inverseJacobian(q, k, j) * g.jacobian(q, j, i);
                    }
                    assertEquals(k == i ? 1.0 : 0.0, s, 1e-13);
                }
                assertEquals(expect, g.x(q, i), 1e-14);
            }
        }
    }

    @Test
    void curvedTriangleHasTheAreaOfItsParabolicEdge() {
        double d = 0.1;
        double[] xyz = {0, 0, 0, 1, 0, 0, 0, 1, 0, 0.5, 0, 0, 0.5 + d, 0.5 + d, 0, 0, 0.5, 0};
        Mesh m = new Mesh(xyz, CellType.TRI6, new int[] {0, 1, 2, 3, 4, 5}, new int[] {0}, List.of("a"), List.of());
        CellGeometry g = new CellGeometry(m);
        g.compute(0, Tabulation.of(g.element(), PointSet.of(Quadrature.simplex(2, 4))));
        double area = 0;
        for (int q = 0; q < g.size(); q++) {
            area += g.weight(q);
        }
        assertEquals(0.5 + 4 * d / 3, area, 1e-14);
    }

    @Test
    void facetAreasAndNormalsCloseTheSurface() {
        Mesh m = tet(TET);
        CellGeometry g = new CellGeometry(m);
        FacetPoints fp = new FacetPoints(3, 2);
        int[][] facets = {{1, 2, 3}, {0, 3, 2}, {0, 1, 3}, {0, 2, 1}};
        double[] total = new double[3];
        for (int[] f : facets) {
            g.compute(0, Tabulation.of(g.element(), fp.points(f, 0)));
            double area = 0;
            for (int q = 0; q < g.size(); q++) {
                area += g.weight(q);
                for (int i = 0; i < 3; i++) {
                    total[i] += g.normal(q, i) * g.weight(q);
                }
            }
            assertEquals(triangleArea(TET, f), area, 1e-14);
            checkOutward(g, f);
        }
        for (double t : total) {
            assertEquals(0.0, t, 1e-14);
        }
    }

    @Test
    void facetSidesFindTheCellAndItsLocalVertices() {
        Mesh m = tet(TET);
        FacetSides s = FacetSides.of(m, "f");
        assertEquals(0, s.cell(0, 0));
        assertEquals(-1, s.cell(0, 1));
        int o = s.localVertexOffset(0, 0);
        assertEquals(List.of(3, 1, 2), List.of(s.localVertices()[o], s.localVertices()[o + 1], s.localVertices()[o + 2]));
    }

    @Test
    void degenerateCellIsAnInputError() {
        double[] flat = {0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0};
        CellGeometry g = new CellGeometry(tet(flat));
        InputError e = assertThrows(InputError.class,
                () -> g.compute(0, Tabulation.of(g.element(), PointSet.of(Quadrature.simplex(3, 1)))));
        assertEquals("mesh cell 0", e.where());
    }

    private static void checkOutward(CellGeometry g, int[] f) {
        int opposite = 6 - f[0] - f[1] - f[2];
        for (int q = 0; q < g.size(); q++) {
            double s = 0;
            for (int i = 0; i < 3; i++) {
                s += g.normal(q, i) * (TET[3 * opposite + i] - g.x(q, i));
            }
            assertEquals(true, s < 0, "normal points away from the opposite vertex");
        }
    }

    private static double triangleArea(double[] p, int[] f) {
        double[] u = new double[3];
        double[] v = new double[3];
        for (int i = 0; i < 3; i++) {
            u[i] = p[3 * f[1] + i] - p[3 * f[0] + i];
            v[i] = p[3 * f[2] + i] - p[3 * f[0] + i];
        }
        double cx = u[1] * v[2] - u[2] * v[1];
        double cy = u[2] * v[0] - u[0] * v[2];
        double cz = u[0] * v[1] - u[1] * v[0];
        return 0.5 * Math.sqrt(cx * cx + cy * cy + cz * cz);
    }

    private static double determinant(double[] p) {
        double[][] a = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                a[i][k] = p[3 * (k + 1) + i] - p[i];
            }
        }
        return a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1]) - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
                + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
    }
}
