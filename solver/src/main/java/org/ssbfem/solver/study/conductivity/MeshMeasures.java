package org.ssbfem.solver.study.conductivity;

import java.util.Collection;
import java.util.OptionalDouble;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.fem.CellGeometry;
import org.ssbfem.solver.fem.FacetPoints;
import org.ssbfem.solver.fem.FacetSides;
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
     * mesh has no such group. Curved facets are integrated with a degree-4 rule.
     */
    public OptionalDouble interfaceArea() {
        if (!mesh.hasFacets("interface")) {
            return OptionalDouble.empty();
        }
        FacetSides sides = FacetSides.of(mesh, "interface");
        FacetPoints fp = new FacetPoints(mesh.dim(), mesh.order() == 1 ? 1 : 4);
        CellGeometry g = new CellGeometry(mesh);
        LagrangeSimplex geometry = LagrangeSimplex.of(mesh.dim(), mesh.order());
        java.util.Map<PointSet, Tabulation> tabs = new java.util.IdentityHashMap<>();
        double area = 0;
        for (int f = 0; f < sides.count(); f++) {
            PointSet ps = fp.points(sides.localVertices(), sides.localVertexOffset(f, 0));
            g.compute(sides.cell(f, 0), tabs.computeIfAbsent(ps, p -> Tabulation.of(geometry, p)));
            for (int q = 0; q < g.size(); q++) {
                area += g.weight(q);
            }
        }
        return OptionalDouble.of(area);
    }
}
