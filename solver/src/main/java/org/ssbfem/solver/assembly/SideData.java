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
 * the tabulations of every point set seen so far cached by identity. Scratch; not thread-safe.
 */
final class SideData {
    final CellGeometry geometry;
    final FieldValues[] fields;
    private final Mesh mesh;
    private final Map<PointSet, Tabulation[]> tabulations = new IdentityHashMap<>();
    int cell = -1;

    SideData(FieldLayout layout) {
        this.mesh = layout.mesh();
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
        this.cell = cell;
        Tabulation[] tabs = tabulations.computeIfAbsent(points, SideData::tabulate);
        geometry.compute(cell, tabs[mesh.order()]);
        for (int f = 0; f < fields.length; f++) {
            if (needed[f]) {
                fields[f].compute(cell, tabs[fields[f].space.degree()], geometry, full, history);
            }
        }
    }

    private static Tabulation[] tabulate(PointSet p) {
        return new Tabulation[] {null, Tabulation.of(LagrangeSimplex.of(p.dim(), 1), p),
            Tabulation.of(LagrangeSimplex.of(p.dim(), 2), p)};
    }

    /** Region name of the current cell. */
    String region() { return mesh.regionNames().get(mesh.cellRegions()[cell]); }
}
