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
    final CellGeometry geometry;
    final FieldValues[] fields;
    private final Mesh mesh;
    private final boolean[] straight;
    private final Map<PointSet, Tabulation[]> tabulations = new IdentityHashMap<>();
    int cell = -1;

    SideData(FieldLayout layout, boolean[] straight) {
        this.mesh = layout.mesh();
        this.straight = straight;
        this.geometry = new CellGeometry(mesh);
        this.fields = new FieldValues[layout.fieldCount()];
        for (int f = 0; f < fields.length; f++) {
            fields[f] = new FieldValues(layout.space(f), layout.offset(f));
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
        this.cell = cell;
        geometry.compute(cell, tabs[mesh.order()], straight[cell]);
        for (int f = 0; f < fields.length; f++) {
            if (needed[f]) {
                fields[f].compute(cell, tabs[fields[f].space.degree()], geometry, full, history);
            }
        }
    }

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
