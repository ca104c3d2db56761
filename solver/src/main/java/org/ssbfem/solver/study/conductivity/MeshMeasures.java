package org.ssbfem.solver.study.conductivity;

import java.util.Collection;
import java.util.OptionalDouble;
import org.ssbfem.mesh.FacetGroup;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.fem.CellGeometry;
import org.ssbfem.solver.fem.LagrangeSimplex;
import org.ssbfem.solver.fem.PointSet;
import org.ssbfem.solver.fem.Quadrature;
import org.ssbfem.solver.fem.Tabulation;

/**
 * Sizes of a mesh that the conduction study needs: the bounding box (the "box" of every volume
 * fraction and of the plates), the volume of each cell (exact for straight and for curved
 * second-order cells, whose Jacobian determinant is a polynomial), and the area of the
 * {@code interface} facets. In 2D, volumes are areas (m^2) and areas are lengths (m).
 * Immutable after construction.
 */
public final class MeshMeasures {
    /** Relative tolerance (of the box extent) within which a node lies on a box face. */
    static final double ON_FACE_TOLERANCE = 1e-7;

    private final Mesh mesh;
    private final double[] box;
    private final double[] cellVolumes;

    private MeshMeasures(Mesh mesh) {
        this.mesh = mesh;
        this.box = mesh.boundingBox();
        this.cellVolumes = cellVolumes(mesh);
    }

    /** Measures {@code mesh}: one pass over its cells. */
    public static MeshMeasures of(Mesh mesh) {
        return new MeshMeasures(mesh);
    }

    private static double[] cellVolumes(Mesh mesh) {
        int dim = mesh.dim();
        CellGeometry g = new CellGeometry(mesh);
        PointSet points = PointSet.of(Quadrature.simplex(dim, mesh.order() == 1 ? 1 : dim));
        Tabulation t = Tabulation.of(LagrangeSimplex.of(dim, mesh.order()), points);
        double[] v = new double[mesh.cellCount()];
        for (int c = 0; c < v.length; c++) {
            g.compute(c, t);
            double s = 0;
            for (int q = 0; q < g.size(); q++) {
                s += g.weight(q);
            }
            v[c] = s;
        }
        return v;
    }

    public Mesh mesh() { return mesh; }

    /** Lower bound of the box along {@code axis}, m. */
    public double lo(int axis) { return box[axis]; }

    /** Upper bound of the box along {@code axis}, m. */
    public double hi(int axis) { return box[3 + axis]; }

    /** Box length along {@code axis}, m. */
    public double extent(int axis) { return box[3 + axis] - box[axis]; }

    /** Box volume, m^3 (2D: area, m^2). */
    public double boxVolume() {
        double v = 1;
        for (int d = 0; d < mesh.dim(); d++) {
            v *= extent(d);
        }
        return v;
    }

    /** Area of the box face normal to {@code axis}, m^2 (2D: its length, m). */
    public double faceArea(int axis) { return boxVolume() / extent(axis); }

    /** Tolerance for "on the face normal to {@code axis}", m. */
    public double faceTolerance(int axis) { return ON_FACE_TOLERANCE * extent(axis); }

    /** Volume of cell {@code c}, m^3 (2D: m^2). */
    public double cellVolume(int c) { return cellVolumes[c]; }

    /** Total volume of the cells of {@code regions}, m^3 (2D: m^2); unknown names count zero. */
    public double volume(Collection<String> regions) {
        boolean[] in = new boolean[mesh.regionNames().size()];
        for (String r : regions) {
            if (mesh.hasRegion(r)) {
                in[mesh.region(r)] = true;
            }
        }
        int[] cr = mesh.cellRegions();
        double s = 0;
        for (int c = 0; c < cr.length; c++) {
            s += in[cr[c]] ? cellVolumes[c] : 0;
        }
        return s;
    }

    /**
     * Area of the facet group {@code interface} (the CAM/SE faces), m^2 (2D: m), or empty when the
     * mesh has no such group: {@code int |dx/dxi x dx/deta|} over each facet from its own nodes
     * (curved second-order facets with a degree-4 rule), without looking up the cells.
     */
    public OptionalDouble interfaceArea() {
        if (!mesh.hasFacets("interface")) {
            return OptionalDouble.empty();
        }
        FacetGroup g = mesh.facets("interface");
        int fdim = mesh.dim() - 1;
        Tabulation t = Tabulation.of(LagrangeSimplex.of(fdim, mesh.order()),
                PointSet.of(Quadrature.simplex(fdim, mesh.order() == 1 ? 1 : 4)));
        double[] tangent = new double[6];
        double area = 0;
        for (int f = 0; f < g.count(); f++) {
            for (int q = 0; q < t.size(); q++) {
                tangents(g, f, t, q, tangent);
                area += t.points().weights()[q] * measure(tangent, fdim);
            }
        }
        return OptionalDouble.of(area);
    }

    /** dx/dxi_k at point q of facet f, k < fdim: {@code tangent[3 k + i]}, m. */
    private void tangents(FacetGroup g, int f, Tabulation t, int q, double[] tangent) {
        int n = t.nodes();
        int fdim = t.points().dim();
        java.util.Arrays.fill(tangent, 0.0);
        for (int a = 0; a < n; a++) {
            int node = g.node(f, a);
            for (int k = 0; k < fdim; k++) {
                double dn = t.gradients()[(q * n + a) * fdim + k];
                for (int i = 0; i < 3; i++) {
                    tangent[3 * k + i] += dn * mesh.coord(node, i);
                }
            }
        }
    }

    /** Length of one tangent (fdim 1) or of the cross product of two (fdim 2). */
    private static double measure(double[] t, int fdim) {
        if (fdim == 1) {
            return Math.sqrt(t[0] * t[0] + t[1] * t[1] + t[2] * t[2]);
        }
        double cx = t[1] * t[5] - t[2] * t[4];
        double cy = t[2] * t[3] - t[0] * t[5];
        double cz = t[0] * t[4] - t[1] * t[3];
        return Math.sqrt(cx * cx + cy * cy + cz * cz);
    }
}
