package org.ssbfem.mesh.io;

import org.ssbfem.mesh.FacetGroup;
import org.ssbfem.mesh.Mesh;

/** Straight-sided (corner-based) volumes and areas of test meshes. */
final class MeshMeasures {
    private MeshMeasures() {
    }

    /** Signed volume (3D) or signed xy area (2D) of cell {@code c} from its corners, m^3 or m^2. */
    static double signedMeasure(Mesh m, int c) {
        double[] e = new double[9];
        for (int r = 0; r < m.dim(); r++) {
            for (int d = 0; d < 3; d++) {
                e[3 * r + d] = m.coord(m.cellNode(c, r + 1), d) - m.coord(m.cellNode(c, 0), d);
            }
        }
        if (m.dim() == 2) {
            return 0.5 * (e[0] * e[4] - e[1] * e[3]);
        }
        return (e[0] * (e[4] * e[8] - e[5] * e[7]) - e[1] * (e[3] * e[8] - e[5] * e[6])
                + e[2] * (e[3] * e[7] - e[4] * e[6])) / 6;
    }

    /** Sum of corner-based measures of the cells of region {@code name}. */
    static double regionMeasure(Mesh m, String name) {
        double sum = 0;
        for (int c : m.cellsOf(name)) {
            sum += signedMeasure(m, c);
        }
        return sum;
    }

    /** Smallest corner-based cell measure. */
    static double minMeasure(Mesh m) {
        double min = Double.MAX_VALUE;
        for (int c = 0; c < m.cellCount(); c++) {
            min = Math.min(min, signedMeasure(m, c));
        }
        return min;
    }

    /** Total area of the flat triangles through the corners of a 3D facet group, m^2. */
    static double facetArea(Mesh m, FacetGroup g) {
        double area = 0;
        for (int f = 0; f < g.count(); f++) {
            double[] u = new double[3];
            double[] v = new double[3];
            for (int d = 0; d < 3; d++) {
                u[d] = m.coord(g.node(f, 1), d) - m.coord(g.node(f, 0), d);
                v[d] = m.coord(g.node(f, 2), d) - m.coord(g.node(f, 0), d);
            }
            double cx = u[1] * v[2] - u[2] * v[1];
            double cy = u[2] * v[0] - u[0] * v[2];
            double cz = u[0] * v[1] - u[1] * v[0];
            area += 0.5 * Math.sqrt(cx * cx + cy * cy + cz * cz);
        }
        return area;
    }
}
