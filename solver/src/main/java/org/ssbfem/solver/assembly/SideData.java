package org.ssbfem.solver.assembly;

import java.util.IdentityHashMap;
import java.util.Map;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.fem.CellGeometry;
import org.ssbfem.solver.fem.LagrangeSimplex;
import org.ssbfem.solver.fem.PointSet;
import org.ssbfem.solver.fem.Tabulation;
import org.ssbfem.solver.space.FieldLayout;

/**
 * Geometry and field values of the cell on one side (a cell itself, or one side of a facet), with
 * the tabulations of every point set seen so far cached by identity. Straight cells take the
 * affine geometry path. Scratch; not thread-safe.
 */
final class SideData {
    private final CellGeometry geometry;
    final FieldValues[] fields;
    private final Mesh mesh;
    private final boolean[] straight;
    private final Map<PointSet, Tabulation[]> tabulations = new IdentityHashMap<>();
    int cell = -1;
    private Tabulation geometryTab;
    private boolean geometryReady;

    SideData(FieldLayout layout, boolean[] straight) {
        this.mesh = layout.mesh();
        this.straight = straight;
        this.geometry = new CellGeometry(mesh);
        this.fields = new FieldValues[layout.fieldCount()];
        for (int f = 0; f < fields.length; f++) {
            fields[f] = new FieldValues(layout.space(f), layout.offset(f), this);
        }
    }

    /**
     * Computes the geometry of {@code cell} and the fields flagged in {@code needed} at
     * {@code points}.
     */
    void compute(int cell, PointSet points, boolean[] needed, double[] full, double[] history) {
        compute(cell, tabulations(points), needed, full, history);
    }

    /** As {@link #compute(int, PointSet, boolean[], double[], double[])} with the tabulations of the points. */
    void compute(int cell, Tabulation[] tabs, boolean[] needed, double[] full, double[] history) {
        compute(cell, tabs, needed, full, history, true);
    }

    /**
     * As {@link #compute(int, Tabulation[], boolean[], double[], double[])}; without
     * {@code eagerGeometry} the geometry is computed only when {@link #geometry()} is first called
     * on this cell (e.g. the plus side of an interface facet, whose weights and normals come from
     * the minus side: only gradients of its fields need it).
     */
    void compute(int cell, Tabulation[] tabs, boolean[] needed, double[] full, double[] history,
                 boolean eagerGeometry) {
        this.cell = cell;
        geometryTab = tabs[mesh.order()];
        geometryReady = false;
        if (eagerGeometry) {
            geometry();
        }
        for (int f = 0; f < fields.length; f++) {
            if (needed[f]) {
                fields[f].compute(cell, tabs[fields[f].space.degree()], full, history);
            }
        }
    }

    /** The geometry of the current cell at the current points (computed on first use). */
    CellGeometry geometry() {
        if (!geometryReady) {
            geometry.compute(cell, geometryTab, straight[cell]);
            geometryReady = true;
        }
        return geometry;
    }

    /** Integration weight of point {@code q}. */
    double weight(int q) {
        return geometry().weight(q);
    }

    /** Number of points. */
    int points() { return geometryTab.size(); }

    /** Spatial dimension. */
    int dim() { return mesh.dim(); }

    /** The tabulations of {@code points} indexed by degree (cached). */
    Tabulation[] tabulations(PointSet points) {
        return tabulations.computeIfAbsent(points, SideData::tabulate);
    }

    private static Tabulation[] tabulate(PointSet p) {
        return new Tabulation[] {null, Tabulation.of(LagrangeSimplex.of(p.dim(), 1), p),
            Tabulation.of(LagrangeSimplex.of(p.dim(), 2), p)};
    }

    /** Region name of the current cell. */
    String region() { return mesh.regionNames().get(mesh.cellRegions()[cell]); }
}
