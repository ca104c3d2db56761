package org.ssbfem.solver.fem;

import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.Mesh;

/**
 * Isoparametric geometry of one cell at a set of reference points: physical coordinates, Jacobian
 * {@code J = dx/dxi}, its determinant and inverse, integration weights, and on facets the outward
 * unit normal (Nanson's formula). The map uses the cell's own nodes with the Lagrange element of
 * the mesh order, so second-order (curved) Gmsh cells are mapped exactly as meshed.
 *
 * <p>A reusable scratch object: {@link #compute} overwrites the previous cell's data and allocates
 * nothing. Not thread-safe. Lengths in metres.
 */
public final class CellGeometry {
    private final Mesh mesh;
    private final int dim;
    private final int nodes;
    private final ReferenceElement element;
    private final double[] nodeX;
    private double[] x;
    private double[] jac;
    private double[] invJac;
    private double[] det;
    private double[] jxw;
    private double[] normal;
    private int size;
    private int jStride = 9;
    private int cell = -1;

    /** Scratch geometry for the cells of {@code mesh}. */
    public CellGeometry(Mesh mesh) {
        this.mesh = mesh;
        this.dim = mesh.dim();
        this.nodes = mesh.cellType().nodes();
        this.element = LagrangeSimplex.of(dim, mesh.order());
        this.nodeX = new double[nodes * 3];
        resize(16);
    }

    /** The element describing the geometry (Lagrange of the mesh order); tabulate it for {@link #compute}. */
    public ReferenceElement element() { return element; }

    /**
     * Evaluates the geometry of {@code cell} at the points of {@code geometry}, a tabulation of
     * {@link #element()}. Facet point sets (with a reference normal) give surface weights and normals.
     *
     * @throws InputError if the cell is degenerate or folds over (Jacobian determinant zero or
     *                    changing sign), naming the cell
     */
    public void compute(int cell, Tabulation geometry) {
        compute(cell, geometry, false);
    }

    /**
     * As {@link #compute(int, Tabulation)}; with {@code straight} the cell must have an affine map
     * ({@link StraightCells}): J, its inverse and determinant are then computed once from the
     * vertices and shared by every point, and the edge nodes are not read. The results agree with
     * the general path to round-off.
     */
    public void compute(int cell, Tabulation geometry, boolean straight) {
        this.cell = cell;
        size = geometry.size();
        if (det.length < size) {
            resize(size);
        }
        if (straight) {
            computeStraight(geometry.points());
        } else {
            computeCurved(geometry);
        }
    }

    private void computeCurved(Tabulation geometry) {
        jStride = 9;
        double[] coords = mesh.coords();
        for (int a = 0; a < nodes; a++) {
            System.arraycopy(coords, 3 * mesh.cellNode(cell, a), nodeX, 3 * a, 3);
        }
        PointSet ps = geometry.points();
        for (int q = 0; q < size; q++) {
            mapPoint(q, geometry);
            double d = invert(q);
            check(d, q);
            jxw[q] = Math.abs(d) * ps.weights()[q];
            if (ps.onFacet()) {
                jxw[q] *= facetNormal(q, ps.referenceNormal());
            }
        }
    }

    private void computeStraight(PointSet ps) {
        jStride = 0;
        double[] coords = mesh.coords();
        int o = 3 * mesh.cellNode(cell, 0);
        for (int k = 0; k < dim; k++) {
            int v = 3 * mesh.cellNode(cell, k + 1);
            for (int i = 0; i < dim; i++) {
                jac[i * dim + k] = coords[v + i] - coords[o + i];
            }
        }
        double d = invert(0);
        check(d, 0);
        double len = ps.onFacet() ? facetNormal(0, ps.referenceNormal()) : 1.0;
        double[] xi = ps.points();
        double[] w = ps.weights();
        double ad = Math.abs(d);
        if (dim == 3) {
            mapStraight3(coords, o, xi);
        } else {
            for (int q = 0; q < size; q++) {
                for (int i = 0; i < 3; i++) {
                    double s = coords[o + i];
                    for (int k = 0; k < dim && i < dim; k++) {
                        s += jac[i * dim + k] * xi[q * dim + k];
                    }
                    x[3 * q + i] = s;
                }
            }
        }
        for (int q = 0; q < size; q++) {
            det[q] = d;
            jxw[q] = ad * w[q] * len;
        }
        if (ps.onFacet()) {
            for (int q = 1; q < size; q++) {
                System.arraycopy(normal, 0, normal, 3 * q, 3);
            }
        }
    }

    /** Physical points of a straight tetrahedron: {@code x = x_0 + J xi}, sums in registers. */
    private void mapStraight3(double[] coords, int o, double[] xi) {
        double ox = coords[o];
        double oy = coords[o + 1];
        double oz = coords[o + 2];
        double j00 = jac[0], j01 = jac[1], j02 = jac[2];
        double j10 = jac[3], j11 = jac[4], j12 = jac[5];
        double j20 = jac[6], j21 = jac[7], j22 = jac[8];
        for (int q = 0, b = 0; q < size; q++, b += 3) {
            double a0 = xi[b];
            double a1 = xi[b + 1];
            double a2 = xi[b + 2];
            x[b] = ox + j00 * a0 + j01 * a1 + j02 * a2;
            x[b + 1] = oy + j10 * a0 + j11 * a1 + j12 * a2;
            x[b + 2] = oz + j20 * a0 + j21 * a1 + j22 * a2;
        }
    }

    private void check(double d, int q) {
        if (d == 0 || Double.isNaN(d) || d * det[0] < 0) {
            String curved = mesh.order() > 1 ? "; for a second-order mesh (a curved cell folded where its edge nodes"
                    + " were moved onto a curved surface): optimize it in Gmsh (Mesh.HighOrderOptimize = 2) or let ssbfem"
                    + " mesh the microstructure, which straightens such cells" : "";
            throw new InputError("mesh cell " + cell, "degenerate or folded element (Jacobian determinant "
                    + d + " at reference point " + q + ")", "remesh with better element quality or a finer size"
                    + curved);
        }
    }

    private void mapPoint(int q, Tabulation t) {
        if (dim == 3) {
            mapPoint3(q, t);
            return;
        }
        int n = t.nodes();
        double[] v = t.values();
        double[] g = t.gradients();
        int jb = q * 9;
        for (int i = 0; i < 3; i++) {
            double s = 0;
            for (int a = 0; a < n; a++) {
                s += v[q * n + a] * nodeX[3 * a + i];
            }
            x[3 * q + i] = s;
        }
        for (int i = 0; i < dim; i++) {
            for (int k = 0; k < dim; k++) {
                double s = 0;
                for (int a = 0; a < n; a++) {
                    s += nodeX[3 * a + i] * g[(q * n + a) * dim + k];
                }
                jac[jb + i * dim + k] = s;
            }
        }
    }

    /** {@link #mapPoint} for tetrahedra: one pass over the nodes, sums in registers. */
    private void mapPoint3(int q, Tabulation t) {
        int n = t.nodes();
        double[] v = t.values();
        double[] g = t.gradients();
        double x0 = 0, x1 = 0, x2 = 0;
        double j00 = 0, j01 = 0, j02 = 0, j10 = 0, j11 = 0, j12 = 0, j20 = 0, j21 = 0, j22 = 0;
        for (int a = 0, o = q * n * 3; a < n; a++, o += 3) {
            double na = v[q * n + a];
            double xa = nodeX[3 * a];
            double ya = nodeX[3 * a + 1];
            double za = nodeX[3 * a + 2];
            double g0 = g[o];
            double g1 = g[o + 1];
            double g2 = g[o + 2];
            x0 += na * xa;
            x1 += na * ya;
            x2 += na * za;
            j00 += xa * g0;
            j01 += xa * g1;
            j02 += xa * g2;
            j10 += ya * g0;
            j11 += ya * g1;
            j12 += ya * g2;
            j20 += za * g0;
            j21 += za * g1;
            j22 += za * g2;
        }
        x[3 * q] = x0;
        x[3 * q + 1] = x1;
        x[3 * q + 2] = x2;
        int b = q * 9;
        jac[b] = j00;
        jac[b + 1] = j01;
        jac[b + 2] = j02;
        jac[b + 3] = j10;
        jac[b + 4] = j11;
        jac[b + 5] = j12;
        jac[b + 6] = j20;
        jac[b + 7] = j21;
        jac[b + 8] = j22;
    }

    /** Inverts J at point q into invJac (row k, column i: dxi_k/dx_i); returns det J. */
    private double invert(int q) {
        int b = q * 9;
        double[] j = jac;
        double d;
        if (dim == 2) {
            d = j[b] * j[b + 3] - j[b + 1] * j[b + 2];
            invJac[b] = j[b + 3] / d;
            invJac[b + 1] = -j[b + 1] / d;
            invJac[b + 2] = -j[b + 2] / d;
            invJac[b + 3] = j[b] / d;
        } else {
            double c00 = j[b + 4] * j[b + 8] - j[b + 5] * j[b + 7];
            double c01 = j[b + 5] * j[b + 6] - j[b + 3] * j[b + 8];
            double c02 = j[b + 3] * j[b + 7] - j[b + 4] * j[b + 6];
            d = j[b] * c00 + j[b + 1] * c01 + j[b + 2] * c02;
            invJac[b] = c00 / d;
            invJac[b + 1] = (j[b + 2] * j[b + 7] - j[b + 1] * j[b + 8]) / d;
            invJac[b + 2] = (j[b + 1] * j[b + 5] - j[b + 2] * j[b + 4]) / d;
            invJac[b + 3] = c01 / d;
            invJac[b + 4] = (j[b] * j[b + 8] - j[b + 2] * j[b + 6]) / d;
            invJac[b + 5] = (j[b + 2] * j[b + 3] - j[b] * j[b + 5]) / d;
            invJac[b + 6] = c02 / d;
            invJac[b + 7] = (j[b + 1] * j[b + 6] - j[b] * j[b + 7]) / d;
            invJac[b + 8] = (j[b] * j[b + 4] - j[b + 1] * j[b + 3]) / d;
        }
        det[q] = d;
        return d;
    }

    /** Nanson: n dA = |det J| J^-T N dA_ref; writes the unit normal at q, returns |J^-T N|. */
    private double facetNormal(int q, double[] refNormal) {
        double len2 = 0;
        for (int i = 0; i < dim; i++) {
            double s = 0;
            for (int k = 0; k < dim; k++) {
                s += invJac[q * jStride + k * dim + i] * refNormal[k];
            }
            normal[3 * q + i] = s;
            len2 += s * s;
        }
        double len = Math.sqrt(len2);
        for (int i = 0; i < dim; i++) {
            normal[3 * q + i] /= len;
        }
        return len;
    }

    /**
     * Physical gradients of the functions of {@code t} (tabulated at the same points as the last
     * {@link #compute}): {@code out[(q * nodes + a) * dim + i] = sum_k dN_a/dxi_k dxi_k/dx_i}, 1/m.
     */
    public void physicalGradients(Tabulation t, double[] out) {
        if (dim == 3) {
            physicalGradients3(t.nodes(), t.gradients(), out);
            return;
        }
        int n = t.nodes();
        double[] g = t.gradients();
        for (int q = 0; q < size; q++) {
            int b = q * jStride;
            for (int a = 0; a < n; a++) {
                int o = (q * n + a) * dim;
                for (int i = 0; i < dim; i++) {
                    double s = 0;
                    for (int k = 0; k < dim; k++) {
                        s += g[o + k] * invJac[b + k * dim + i];
                    }
                    out[o + i] = s;
                }
            }
        }
    }

    private void physicalGradients3(int n, double[] g, double[] out) {
        double[] m = invJac;
        for (int q = 0; q < size; q++) {
            int b = q * jStride;
            double m00 = m[b], m01 = m[b + 1], m02 = m[b + 2];
            double m10 = m[b + 3], m11 = m[b + 4], m12 = m[b + 5];
            double m20 = m[b + 6], m21 = m[b + 7], m22 = m[b + 8];
            for (int o = q * n * 3, end = o + n * 3; o < end; o += 3) {
                double g0 = g[o];
                double g1 = g[o + 1];
                double g2 = g[o + 2];
                out[o] = g0 * m00 + g1 * m10 + g2 * m20;
                out[o + 1] = g0 * m01 + g1 * m11 + g2 * m21;
                out[o + 2] = g0 * m02 + g1 * m12 + g2 * m22;
            }
        }
    }

    private void resize(int n) {
        x = new double[3 * n];
        jac = new double[9 * n];
        invJac = new double[9 * n];
        det = new double[n];
        jxw = new double[n];
        normal = new double[3 * n];
    }

    /** The mesh. */
    public Mesh mesh() { return mesh; }

    /** Cell of the last {@link #compute}. */
    public int cell() { return cell; }

    /** True when the last {@link #compute} took the straight (affine) path. */
    public boolean straight() { return jStride == 0; }

    /** Number of points of the last {@link #compute}. */
    public int size() { return size; }

    /** Spatial dimension. */
    public int dim() { return dim; }

    /** Coordinate {@code i} of point {@code q}, m. */
    public double x(int q, int i) { return x[3 * q + i]; }

    /** Determinant of J at point {@code q} (m^dim per unit reference measure, signed). */
    public double detJ(int q) { return det[q]; }

    /** Jacobian entry {@code dx_i/dxi_k} at point {@code q}, m. */
    public double jacobian(int q, int i, int k) { return jac[q * jStride + i * dim + k]; }

    /** Inverse Jacobian entry {@code dxi_k/dx_i} at point {@code q}, 1/m. */
    public double inverseJacobian(int q, int k, int i) { return invJac[q * jStride + k * dim + i]; }

    /** Integration weight of point {@code q}: m^dim on cells, m^(dim-1) on facets. */
    public double weight(int q) { return jxw[q]; }

    /** Component {@code i} of the outward unit normal at facet point {@code q} (facet points only). */
    public double normal(int q, int i) { return normal[3 * q + i]; }
}
