package org.ssbfem.solver.space;

import java.util.Arrays;

/**
 * Collects Dirichlet (fixed) and merged dofs for {@link Constraints}. Merges form equivalence
 * classes (union-find over global dofs); fixing any dof of a class fixes the whole class. Unknowns
 * are numbered in the order of their first global dof. Not thread-safe; use once.
 */
public final class ConstraintsBuilder {
    private final FieldLayout layout;
    private final int[] parent;
    private final double[] value;
    private final boolean[] fixed;

    ConstraintsBuilder(FieldLayout layout) {
        this.layout = layout;
        int n = layout.size();
        this.parent = new int[n];
        for (int g = 0; g < n; g++) {
            parent[g] = g;
        }
        this.value = new double[n];
        this.fixed = new boolean[n];
    }

    /**
     * Fixes {@code field} at the nodes of facet group {@code group} to {@code value} at t = 0
     * (change later values with {@link Constraints#setFixedValues}).
     *
     * @throws org.ssbfem.mesh.InputError for an unknown field or group
     */
    public ConstraintsBuilder fix(String field, String group, PointFunction value) {
        int f = layout.field(field);
        FunctionSpace s = layout.space(f);
        for (int d : s.dofsOnFacets(group)) {
            fix(layout.offset(f) + d, value.value(s.dofCoord(d, 0), s.dofCoord(d, 1), s.dofCoord(d, 2), 0.0));
        }
        return this;
    }

    /** Fixes {@code field} on {@code group} to a constant. */
    public ConstraintsBuilder fix(String field, String group, double value) {
        return fix(field, group, PointFunction.constant(value));
    }

    /** Fixes global dof {@code g} to {@code v}. */
    public ConstraintsBuilder fix(int g, double v) {
        if (fixed[g] && value[g] != v) {
            throw Constraints.conflict("dof " + g, value[g], v);
        }
        fixed[g] = true;
        value[g] = v;
        return this;
    }

    /**
     * Merges every dof of {@code field} at the nodes of {@code group} into one unknown.
     *
     * @throws org.ssbfem.mesh.InputError for an unknown field or group
     */
    public ConstraintsBuilder merge(String field, String group) {
        int f = layout.field(field);
        int[] dofs = layout.space(f).dofsOnFacets(group);
        for (int k = 1; k < dofs.length; k++) {
            merge(layout.offset(f) + dofs[0], layout.offset(f) + dofs[k]);
        }
        return this;
    }

    /** Merges global dofs {@code a} and {@code b} (and their classes) into one unknown. */
    public ConstraintsBuilder merge(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
        return this;
    }

    private int find(int g) {
        int r = g;
        while (parent[r] != r) {
            r = parent[r];
        }
        while (parent[g] != r) {
            int next = parent[g];
            parent[g] = r;
            g = next;
        }
        return r;
    }

    /**
     * @throws org.ssbfem.mesh.InputError if a merged class is fixed to two different values
     */
    public Constraints build() {
        int n = parent.length;
        double[] rootValue = new double[n];
        boolean[] rootFixed = new boolean[n];
        for (int g = 0; g < n; g++) {
            if (fixed[g]) {
                int r = find(g);
                if (rootFixed[r] && rootValue[r] != value[g]) {
                    throw Constraints.conflict("dof " + g, rootValue[r], value[g]);
                }
                rootFixed[r] = true;
                rootValue[r] = value[g];
            }
        }
        int[] reducedOf = new int[n];
        int[] fixedSlot = new int[n];
        int[] slotOfRoot = new int[n];
        int[] unknownOfRoot = new int[n];
        Arrays.fill(slotOfRoot, -1);
        Arrays.fill(unknownOfRoot, -1);
        double[] slotValue = new double[n];
        int unknowns = 0;
        int slots = 0;
        for (int g = 0; g < n; g++) {
            int r = find(g);
            if (rootFixed[r]) {
                if (slotOfRoot[r] < 0) {
                    slotValue[slots] = rootValue[r];
                    slotOfRoot[r] = slots++;
                }
                reducedOf[g] = -1;
                fixedSlot[g] = slotOfRoot[r];
            } else {
                if (unknownOfRoot[r] < 0) {
                    unknownOfRoot[r] = unknowns++;
                }
                reducedOf[g] = unknownOfRoot[r];
                fixedSlot[g] = -1;
            }
        }
        return Constraints.of(layout, reducedOf, fixedSlot, Arrays.copyOf(slotValue, slots));
    }
}
