package org.ssbfem.solver.physics;

import java.util.Arrays;
import org.ssbfem.solver.assembly.QuadratureData;

/**
 * The nodes of one interface facet as seen by a two-sided term with P1 fields: for each facet
 * node k, the local dof of every slot that sits on it (the two sides may number their functions
 * independently; nodes are matched by their shape functions, which agree at every facet point).
 * Shape functions that vanish on the facet are left out; every node's weight {@code int phi_k dA}
 * (the row sum of the facet mass matrix) must be positive, which P2 corner functions on triangles
 * (weight 0) are not. Which dofs sit on the facet is found once per combination of the slots'
 * shape-function tables and kept in the term's {@link Layouts}.
 */
final class FaceNodes {
    /** Shape functions with {@code int |phi| dA} below this fraction of the facet's size count as zero on it. */
    private static final double ZERO = 1e-10;
    /** Largest mean difference of two matched shape functions over the points. */
    private static final double MATCH = 1e-8;

    private FaceNodes() {
    }

    /**
     * The facet dofs of every slot ({@code [slot][facet node]}, shared and read-only) without the
     * nodal values: with the last layout looked up kept for the next facet of the
     * same tables (on the facets' own functions, every facet has the same tables).
     *
     * @throws IllegalStateException when a weight is not positive or the slots' facet nodes do not
     *     match (fields not P1)
     */
    static int[][] dofs(QuadratureData in, int slots, Layouts layouts) {
        if (slots != 3) {
            return layout(in, slots);
        }
        Last last = layouts.last;
        if (last != null && last.a == in.shapeKey(0) && last.b == in.shapeKey(1) && last.c == in.shapeKey(2)) {
            return last.dof;
        }
        int[][] dof = layouts.map.computeIfAbsent(new Key(in.shapeKey(0), in.shapeKey(1), in.shapeKey(2)),
                k -> layout(in, slots));
        layouts.last = new Last(in.shapeKey(0), in.shapeKey(1), in.shapeKey(2), dof);
        return dof;
    }

    /** The layout looked up last, with the tables it belongs to. */
    private record Last(Object a, Object b, Object c, int[][] dof) {
    }

    /** Identity of the three slots' shape-function tables ({@link QuadratureData#shapeKey}). */
    private record Key(Object a, Object b, Object c) {
    }

    /**
     * The facet dofs of every slot by shape-function tables, which depend on the facet's vertex
     * arrangement only (a mesh has a few dozen), not on the facet: a cache a term keeps for the
     * life of its assembler (thread-safe; the arrays are shared and read-only).
     */
    static final class Layouts {
        private final java.util.Map<Key, int[][]> map = new java.util.concurrent.ConcurrentHashMap<>();
        /** The last layout looked up (an immutable record, replaced whole: safe to race on). */
        private volatile Last last;
    }

    /** The facet dofs of every slot, matched to slot 0's, with the check of the nodes' weights. */
    private static int[][] layout(QuadratureData in, int slots) {
        double size = 0;
        for (int q = 0; q < in.points(); q++) {
            size += in.weight(q);
        }
        int[] base = onFacet(in, 0, size);
        int[][] dof = new int[slots][];
        dof[0] = base;
        for (int s = 1; s < slots; s++) {
            dof[s] = match(in, s, base, onFacet(in, s, size));
        }
        for (int k = 0; k < base.length; k++) {
            double weight = 0;
            for (int q = 0; q < in.points(); q++) {
                weight += in.weight(q) * in.phi(0, q, base[k]);
            }
            if (!(weight > ZERO * size)) {
                throw new IllegalStateException("facet node " + k + " has weight int phi dA = " + weight
                        + ": nodal (lumped) forms need P1 fields; use the consistent form");
            }
        }
        return dof;
    }

    /** The local dofs of slot {@code s} whose shape functions do not vanish on the facet. */
    private static int[] onFacet(QuadratureData in, int s, double size) {
        int[] keep = new int[in.dofs(s)];
        int n = 0;
        for (int a = 0; a < in.dofs(s); a++) {
            double m = 0;
            for (int q = 0; q < in.points(); q++) {
                m += in.weight(q) * Math.abs(in.phi(s, q, a));
            }
            if (m > ZERO * size) {
                keep[n++] = a;
            }
        }
        return Arrays.copyOf(keep, n);
    }

    /** For each of {@code base} (slot 0's facet dofs), the dof of {@code candidates} with the same shape function. */
    private static int[] match(QuadratureData in, int s, int[] base, int[] candidates) {
        if (candidates.length != base.length) {
            throw new IllegalStateException("nodal quadrature: slot " + s + " has " + candidates.length
                    + " functions on the facet, slot 0 " + base.length + " (it needs P1 fields on both sides)");
        }
        int[] out = new int[base.length];
        for (int k = 0; k < base.length; k++) {
            double best = Double.POSITIVE_INFINITY;
            for (int b : candidates) {
                double d = 0;
                for (int q = 0; q < in.points(); q++) {
                    d += Math.abs(in.phi(s, q, b) - in.phi(0, q, base[k]));
                }
                if (d < best) {
                    best = d;
                    out[k] = b;
                }
            }
            if (!(best <= MATCH * in.points())) {
                throw new IllegalStateException("nodal quadrature: facet node " + k + " of slot 0 has no match in slot "
                        + s + " (it needs P1 fields on both sides)");
            }
        }
        return out;
    }
}
