package org.ssbfem.solver.space;

import java.util.Arrays;
import org.ssbfem.mesh.InputError;

/**
 * Maps the global dofs of a {@link FieldLayout} to the unknowns of the reduced system: Dirichlet
 * dofs are fixed (map -1, value stored here) and merged dofs share one unknown (e.g. every
 * {@code current_collector} node of phi_s is the terminal potential V, MODEL.md section 4). The
 * assembler scatters straight into the reduced system with {@link #reduced(int)}; a merged class
 * that is also fixed is fixed as a whole.
 *
 * <p>The map is immutable; only fixed values may change ({@link #setFixedValue}), for time-varying
 * boundary data or a potentiostatic step, without rebuilding any matrix pattern.
 */
public final class Constraints {
    private final FieldLayout layout;
    private final int[] reducedOf;
    private final int[] fixedSlot;
    private final double[] slotValue;
    private final int[] representative;

    private Constraints(FieldLayout layout, int[] reducedOf, int[] fixedSlot, double[] slotValue) {
        this.layout = layout;
        this.reducedOf = reducedOf;
        this.fixedSlot = fixedSlot;
        this.slotValue = slotValue;
        int n = 0;
        for (int r : reducedOf) {
            n = Math.max(n, r + 1);
        }
        this.representative = new int[n];
        Arrays.fill(representative, -1);
        for (int g = reducedOf.length - 1; g >= 0; g--) {
            if (reducedOf[g] >= 0) {
                representative[reducedOf[g]] = g;
            }
        }
    }

    /** No constraints: every dof is its own unknown. */
    public static Constraints none(FieldLayout layout) {
        return builder(layout).build();
    }

    /** Starts collecting constraints on {@code layout}. */
    public static ConstraintsBuilder builder(FieldLayout layout) {
        return new ConstraintsBuilder(layout);
    }

    static Constraints of(FieldLayout layout, int[] reducedOf, int[] fixedSlot, double[] slotValue) {
        return new Constraints(layout, reducedOf, fixedSlot, slotValue);
    }

    public FieldLayout layout() { return layout; }

    /** Number of global dofs (= {@code layout().size()}). */
    public int globalSize() { return reducedOf.length; }

    /** Number of unknowns of the reduced system. */
    public int reducedSize() { return representative.length; }

    /** The unknown of global dof {@code g}, or -1 when it is fixed. */
    public int reduced(int g) { return reducedOf[g]; }

    /** The global-to-reduced map (internal: do not modify). */
    public int[] reducedMap() { return reducedOf; }

    /** True when global dof {@code g} is fixed. */
    public boolean isFixed(int g) { return fixedSlot[g] >= 0; }

    /** The value of fixed dof {@code g} (unit of its field). */
    public double fixedValue(int g) {
        if (fixedSlot[g] < 0) {
            throw new IllegalArgumentException("dof " + g + " is not fixed");
        }
        return slotValue[fixedSlot[g]];
    }

    /** Changes the value of fixed dof {@code g} and of every dof merged with it. */
    public void setFixedValue(int g, double value) {
        if (fixedSlot[g] < 0) {
            throw new IllegalArgumentException("dof " + g + " is not fixed");
        }
        slotValue[fixedSlot[g]] = value;
    }

    /**
     * Sets the fixed values of field {@code field} on facet group {@code group} from {@code value}
     * at time {@code tS}; every dof there must already be fixed.
     */
    public void setFixedValues(String field, String group, PointFunction value, double tS) {
        int f = layout.field(field);
        FunctionSpace s = layout.space(f);
        for (int d : s.dofsOnFacets(group)) {
            setFixedValue(layout.offset(f) + d,
                    value.value(s.dofCoord(d, 0), s.dofCoord(d, 1), s.dofCoord(d, 2), tS));
        }
    }

    /**
     * The single unknown that the dofs of {@code field} on {@code group} were merged into.
     *
     * @throws IllegalStateException if they are not one unknown (not merged, or fixed)
     */
    public int mergedUnknown(String field, String group) {
        int f = layout.field(field);
        int[] dofs = layout.space(f).dofsOnFacets(group);
        int r = dofs.length == 0 ? -1 : reducedOf[layout.offset(f) + dofs[0]];
        for (int d : dofs) {
            if (reducedOf[layout.offset(f) + d] != r || r < 0) {
                throw new IllegalStateException(field + " on " + group + " is not one free unknown");
            }
        }
        return r;
    }

    /** full[g] = reduced value of g's unknown, or its fixed value. {@code reduced} is not modified. */
    public void expand(double[] reduced, double[] full) {
        for (int g = 0; g < reducedOf.length; g++) {
            int r = reducedOf[g];
            full[g] = r >= 0 ? reduced[r] : slotValue[fixedSlot[g]];
        }
    }

    /** reduced[r] = full value at the first global dof of unknown r. {@code full} is not modified. */
    public void restrict(double[] full, double[] reduced) {
        for (int r = 0; r < representative.length; r++) {
            reduced[r] = full[representative[r]];
        }
    }

    /**
     * The same constraints with the unknowns renumbered by {@code perm}, stored new-to-old
     * ({@code perm[newIndex] = oldIndex}, the convention of
     * {@link org.ssbfem.solver.linalg.ReverseCuthillMcKee}). Fixed values are copied.
     *
     * @throws IllegalArgumentException if {@code perm} is not a permutation of the unknowns
     */
    public Constraints permuted(int[] perm) {
        int n = reducedSize();
        if (perm.length != n) {
            throw new IllegalArgumentException("permutation of length " + perm.length + " for " + n + " unknowns");
        }
        int[] newOfOld = new int[n];
        Arrays.fill(newOfOld, -1);
        for (int k = 0; k < n; k++) {
            if (perm[k] < 0 || perm[k] >= n || newOfOld[perm[k]] >= 0) {
                throw new IllegalArgumentException("not a permutation of " + n + " unknowns");
            }
            newOfOld[perm[k]] = k;
        }
        int[] map = new int[reducedOf.length];
        for (int g = 0; g < map.length; g++) {
            map[g] = reducedOf[g] >= 0 ? newOfOld[reducedOf[g]] : -1;
        }
        return new Constraints(layout, map, fixedSlot, slotValue.clone());
    }

    static InputError conflict(String where, double a, double b) {
        return new InputError(where, "a merged set of dofs is fixed to two values, " + a + " and " + b,
                "fix merged dofs to one value");
    }
}
