package org.ssbfem.solver.assembly;

import java.util.HashMap;
import java.util.Map;
import org.ssbfem.solver.fem.LagrangeSimplex;
import org.ssbfem.solver.fem.PointSet;
import org.ssbfem.solver.fem.Quadrature;
import org.ssbfem.solver.fem.Tabulation;
import org.ssbfem.solver.space.FieldLayout;

/**
 * What trace-only interface terms ({@link InterfaceTerm#traceOnly()}) see of each facet, without
 * the cells around it. For every field the terms read on each side (a <em>unit</em>): the Lagrange
 * functions of the facet itself, numbered by the facet's own vertex order and tabulated once at
 * the facet's points for all facets; and every facet's global dofs of them. A cell's shape
 * functions that do not vanish on a facet restrict to exactly these functions (matched here
 * numerically, per vertex arrangement of the cell), and the others vanish on it; so a trace-only
 * term computes the same values, residual and Jacobian from them as from the cells' functions,
 * while an assembly reads only {@link #width()} solution entries per facet.
 *
 * <p>Local entries of a facet: unit after unit (minus side's fields in field order, then the plus
 * side's), each with its facet functions in order; entry {@code t} of facet {@code f} is the global
 * dof {@link #dof(int, int)}. Memory: {@code width} ints per facet. Immutable.
 */
final class TraceDofs {
    /** Largest difference of a matched cell function and facet function at a point. */
    private static final double MATCH = 1e-10;

    private final int[] unitSide;
    private final int[] unitField;
    private final int[] unitOffset;
    private final Tabulation[] unitTab;
    private final int width;
    private final int[] dofs;

    private TraceDofs(int[] unitSide, int[] unitField, int[] unitOffset, Tabulation[] unitTab, int width,
                      int[] dofs) {
        this.unitSide = unitSide;
        this.unitField = unitField;
        this.unitOffset = unitOffset;
        this.unitTab = unitTab;
        this.width = width;
        this.dofs = dofs;
    }

    /**
     * The trace dofs of the facets of {@code loop}, or null when some cell's functions do not
     * restrict to the facet's Lagrange functions (then the loop evaluates the cells).
     *
     * @param needed {@code [side][field]}: the fields the terms read on each side
     * @param degree the quadrature degree of the loop's facet points
     */
    static TraceDofs of(FieldLayout layout, InterfaceLoop loop, boolean[][] needed, int degree) {
        int dim = layout.mesh().dim();
        PointSet points = PointSet.of(Quadrature.simplex(dim - 1, degree));
        int units = 0;
        for (boolean[] side : needed) {
            for (boolean b : side) {
                units += b ? 1 : 0;
            }
        }
        int[] side = new int[units];
        int[] field = new int[units];
        int[] offset = new int[units + 1];
        Tabulation[] tab = new Tabulation[units];
        for (int s = 0, u = 0; s < 2; s++) {
            for (int k = 0; k < needed[s].length; k++) {
                if (needed[s][k]) {
                    side[u] = s;
                    field[u] = k;
                    tab[u] = Tabulation.of(LagrangeSimplex.of(dim - 1, layout.space(k).degree()), points);
                    offset[u + 1] = offset[u] + tab[u].nodes();
                    u++;
                }
            }
        }
        int width = offset[units];
        int[] dofs = new int[loop.count() * width];
        Map<Long, int[]> matches = new HashMap<>();
        for (int f = 0; f < loop.count(); f++) {
            for (int u = 0; u < units; u++) {
                int s = side[u];
                int degree1 = layout.space(field[u]).degree();
                Tabulation cellTab = loop.cellTabulations(f, s)[degree1];
                long key = ((long) loop.arrangementKey(f, s) << 8) | ((long) s << 4) | degree1;
                Tabulation facetTab = tab[u];
                int[] match = matches.computeIfAbsent(key, k -> match(cellTab, facetTab));
                if (match == null) {
                    return null;
                }
                int cell = loop.cell(f, s);
                for (int t = 0; t < match.length; t++) {
                    dofs[f * width + offset[u] + t] = layout.offset(field[u])
                            + layout.space(field[u]).cellDof(cell, match[t]);
                }
            }
        }
        return new TraceDofs(side, field, offset, tab, width, dofs);
    }

    /**
     * For each facet function, the cell function equal to it at every point; null when some has
     * none, or a cell function left over does not vanish at the points.
     */
    private static int[] match(Tabulation cell, Tabulation facet) {
        int n = cell.nodes();
        int m = facet.nodes();
        int nq = facet.size();
        int[] out = new int[m];
        boolean[] used = new boolean[n];
        for (int k = 0; k < m; k++) {
            out[k] = -1;
            for (int a = 0; a < n && out[k] < 0; a++) {
                boolean same = !used[a];
                for (int q = 0; q < nq && same; q++) {
                    same = Math.abs(cell.values()[q * n + a] - facet.values()[q * m + k]) <= MATCH;
                }
                if (same) {
                    out[k] = a;
                    used[a] = true;
                }
            }
            if (out[k] < 0) {
                return null;
            }
        }
        for (int a = 0; a < n; a++) {
            for (int q = 0; q < nq && !used[a]; q++) {
                if (Math.abs(cell.values()[q * n + a]) > MATCH) {
                    return null;
                }
            }
        }
        return out;
    }

    /** Number of units. */
    int units() { return unitSide.length; }

    /** First local entry of unit {@code u}. */
    int offset(int u) { return unitOffset[u]; }

    /** Number of facet functions of unit {@code u}. */
    int size(int u) { return unitTab[u].nodes(); }

    /** The facet functions of unit {@code u} at the points, {@code [q * size(u) + k]}. */
    Tabulation tabulation(int u) { return unitTab[u]; }

    /** The unit of field {@code field} on side {@code side}, or -1. */
    int unitOf(int side, int field) {
        for (int u = 0; u < unitSide.length; u++) {
            if (unitSide[u] == side && unitField[u] == field) {
                return u;
            }
        }
        return -1;
    }

    /** Local entries per facet. */
    int width() { return width; }

    /** Global (layout) dof of local entry {@code t} of facet {@code f}. */
    int dof(int f, int t) { return dofs[f * width + t]; }
}
