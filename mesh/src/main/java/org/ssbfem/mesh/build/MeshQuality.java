package org.ssbfem.mesh.build;

import org.ssbfem.mesh.CellType;
import org.ssbfem.mesh.FacetGroup;
import org.ssbfem.mesh.Mesh;

/**
 * Geometry and shape-quality measures of Lagrange simplex cells in Gmsh's node order and reference
 * coordinates (tetrahedron (0,0,0),(1,0,0),(0,1,0),(0,0,1); triangle (0,0),(1,0),(0,1); line [0,1]).
 *
 * <p>Cell coordinates are passed as one array, three per node ({@code x0,y0,z0,x1,...}), in any
 * length unit; results are in that unit. Triangles used as cells are taken in the xy plane (z
 * ignored) and their Jacobian determinant is signed (positive for counter-clockwise); triangles and
 * lines used as facets are measured in 3D. Inputs are not modified.
 */
public final class MeshQuality {
    private MeshQuality() { }

    /** Jacobian determinant of a 4-node tetrahedron (6 times its signed volume). */
    public static double tet4DetJ(double[] x) {
        return detJ(CellType.TET4, x, 0.25, 0.25, 0.25);
    }

    /** Jacobian determinant of a 10-node tetrahedron at reference point (xi, eta, zeta). */
    public static double tet10DetJ(double[] x, double xi, double eta, double zeta) {
        return detJ(CellType.TET10, x, xi, eta, zeta);
    }

    /** Signed Jacobian determinant of a 3-node triangle in the xy plane (twice its signed area). */
    public static double tri3DetJ(double[] x) {
        return detJ(CellType.TRI3, x, 1.0 / 3, 1.0 / 3);
    }

    /** Signed Jacobian determinant of a 6-node triangle in the xy plane at (xi, eta). */
    public static double tri6DetJ(double[] x, double xi, double eta) {
        return detJ(CellType.TRI6, x, xi, eta);
    }

    /**
     * Jacobian determinant of a cell (tetrahedron, or triangle in the xy plane) at a reference point.
     *
     * @param ref reference coordinates, {@code type.dim()} of them
     */
    public static double detJ(CellType type, double[] x, double... ref) {
        double[] j = jacobian(type, x, ref);
        if (type.dim() == 3) {
            return j[0] * (j[4] * j[8] - j[5] * j[7]) - j[1] * (j[3] * j[8] - j[5] * j[6])
                    + j[2] * (j[3] * j[7] - j[4] * j[6]);
        }
        if (type.dim() == 2) {
            return j[0] * j[4] - j[1] * j[3];
        }
        throw new IllegalArgumentException(type + " is not a cell type");
    }

    /**
     * Measure of a cell or facet by quadrature (exact for straight cells and for curved P2 cells):
     * signed volume of a tetrahedron, signed area of a triangle cell in the xy plane.
     */
    public static double cellMeasure(CellType type, double[] x) {
        Quadrature q = Quadrature.forDim(type.dim());
        double sum = 0;
        for (int k = 0; k < q.size(); k++) {
            sum += q.weights()[k] * detJ(type, x, refPoint(q, k));
        }
        return sum;
    }

    /** Area of a triangle facet or length of a line facet in 3D, by quadrature (curved P2 too). */
    public static double facetMeasure(CellType type, double[] x) {
        Quadrature q = Quadrature.forDim(type.dim());
        double sum = 0;
        for (int k = 0; k < q.size(); k++) {
            double[] j = jacobian(type, x, refPoint(q, k));
            sum += q.weights()[k] * gramDensity(j, type.dim());
        }
        return sum;
    }

    /**
     * Smallest scaled Jacobian of a cell: min over the quadrature points and the vertices of
     * {@code detJ(xi) / |detJ of the straight cell through its vertices|}. 1 for straight cells;
     * at most 0 for an inverted or degenerate cell.
     */
    public static double minScaledJacobian(CellType type, double[] x) {
        double linear = Math.abs(detJ(CellType.simplex(type.dim(), 1), x, center(type.dim())));
        if (linear == 0) {
            return 0;
        }
        double min = Double.MAX_VALUE;
        Quadrature q = Quadrature.forDim(type.dim());
        for (int k = 0; k < q.size(); k++) {
            min = Math.min(min, detJ(type, x, refPoint(q, k)) / linear);
        }
        for (int v = 0; v <= type.dim(); v++) {
            min = Math.min(min, detJ(type, x, vertex(type.dim(), v)) / linear);
        }
        return min;
    }

    /**
     * Shape quality of the straight cell through the vertices: the normalized inradius to
     * circumradius ratio ({@code 3 r/R} for tetrahedra, {@code 2 r/R} for triangles), 1 for the
     * regular simplex, 0 for a degenerate one, negative (same magnitude) for an inverted cell.
     */
    public static double quality(CellType type, double[] x) {
        if (type.dim() == 3) {
            return Math.signum(tet4DetJ(x)) * gammaTet(x);
        }
        if (type.dim() == 2) {
            return Math.signum(tri3DetJ(x)) * gammaTri(x);
        }
        throw new IllegalArgumentException(type + " is not a cell type");
    }

    /** The coordinates of cell {@code c} of {@code mesh}, three per node (a new array). */
    public static double[] cellCoords(Mesh mesh, int c) {
        int n = mesh.cellType().nodes();
        double[] out = new double[3 * n];
        for (int k = 0; k < n; k++) {
            System.arraycopy(mesh.coords(), 3 * mesh.cellNode(c, k), out, 3 * k, 3);
        }
        return out;
    }

    /** The coordinates of facet {@code f} of group {@code g}, three per node (a new array). */
    public static double[] facetCoords(Mesh mesh, FacetGroup g, int f) {
        int n = g.type().nodes();
        double[] out = new double[3 * n];
        for (int k = 0; k < n; k++) {
            System.arraycopy(mesh.coords(), 3 * g.node(f, k), out, 3 * k, 3);
        }
        return out;
    }

    private static double gammaTet(double[] x) {
        double vol = Math.abs(tet4DetJ(x)) / 6;
        if (vol == 0) {
            return 0;
        }
        double faces = triArea3d(x, 0, 1, 2) + triArea3d(x, 0, 1, 3) + triArea3d(x, 0, 2, 3)
                + triArea3d(x, 1, 2, 3);
        double inradius = 3 * vol / faces;
        double p = dist(x, 0, 1) * dist(x, 2, 3);
        double q = dist(x, 0, 2) * dist(x, 1, 3);
        double r = dist(x, 0, 3) * dist(x, 1, 2);
        double prod = (p + q + r) * (p + q - r) * (p - q + r) * (-p + q + r);
        double circumradius = Math.sqrt(Math.max(prod, 0)) / (24 * vol);
        return 3 * inradius / circumradius;
    }

    private static double gammaTri(double[] x) {
        double area = Math.abs(tri3DetJ(x)) / 2;
        if (area == 0) {
            return 0;
        }
        double a = dist2d(x, 1, 2);
        double b = dist2d(x, 0, 2);
        double c = dist2d(x, 0, 1);
        double inradius = 2 * area / (a + b + c);
        double circumradius = a * b * c / (4 * area);
        return 2 * inradius / circumradius;
    }

    /** Jacobian {@code dx_i/dxi_k}, 3 rows by {@code type.dim()} columns, row-major in a 3x3 array. */
    static double[] jacobian(CellType type, double[] x, double[] ref) {
        int dim = type.dim();
        double[] dn = LagrangeShape.gradients(type, ref);
        double[] j = new double[9];
        for (int n = 0; n < type.nodes(); n++) {
            for (int i = 0; i < 3; i++) {
                for (int k = 0; k < dim; k++) {
                    j[3 * i + k] += x[3 * n + i] * dn[n * dim + k];
                }
            }
        }
        return j;
    }

    /** sqrt(det(J^T J)) for a 3 x dim Jacobian: the area (dim 2) or length (dim 1) density. */
    private static double gramDensity(double[] j, int dim) {
        if (dim == 1) {
            return Math.sqrt(j[0] * j[0] + j[3] * j[3] + j[6] * j[6]);
        }
        double cx = j[3] * j[7] - j[6] * j[4];
        double cy = j[6] * j[1] - j[0] * j[7];
        double cz = j[0] * j[4] - j[3] * j[1];
        return Math.sqrt(cx * cx + cy * cy + cz * cz);
    }

    private static double[] refPoint(Quadrature q, int k) {
        double[] p = new double[q.dim()];
        for (int d = 0; d < q.dim(); d++) {
            p[d] = q.point(k, d);
        }
        return p;
    }

    private static double[] vertex(int dim, int v) {
        double[] p = new double[dim];
        if (v > 0) {
            p[v - 1] = 1;
        }
        return p;
    }

    private static double[] center(int dim) {
        double[] p = new double[dim];
        java.util.Arrays.fill(p, 1.0 / (dim + 1));
        return p;
    }

    private static double dist(double[] x, int a, int b) {
        double dx = x[3 * a] - x[3 * b];
        double dy = x[3 * a + 1] - x[3 * b + 1];
        double dz = x[3 * a + 2] - x[3 * b + 2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    private static double dist2d(double[] x, int a, int b) {
        return Math.hypot(x[3 * a] - x[3 * b], x[3 * a + 1] - x[3 * b + 1]);
    }

    private static double triArea3d(double[] x, int a, int b, int c) {
        double ux = x[3 * b] - x[3 * a];
        double uy = x[3 * b + 1] - x[3 * a + 1];
        double uz = x[3 * b + 2] - x[3 * a + 2];
        double vx = x[3 * c] - x[3 * a];
        double vy = x[3 * c + 1] - x[3 * a + 1];
        double vz = x[3 * c + 2] - x[3 * a + 2];
        double cx = uy * vz - uz * vy;
        double cy = uz * vx - ux * vz;
        double cz = ux * vy - uy * vx;
        return 0.5 * Math.sqrt(cx * cx + cy * cy + cz * cz);
    }
}
