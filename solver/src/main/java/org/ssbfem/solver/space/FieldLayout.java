package org.ssbfem.solver.space;

import java.util.ArrayList;
import java.util.List;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.Mesh;

/**
 * Several named fields, each on its own {@link FunctionSpace} of one mesh, concatenated into one
 * global vector: field {@code f}'s dof {@code i} is global index {@code offset(f) + i}. Immutable.
 */
public final class FieldLayout {
    private final List<String> names;
    private final List<FunctionSpace> spaces;
    private final int[] offsets;

    private FieldLayout(List<String> names, List<FunctionSpace> spaces) {
        this.names = List.copyOf(names);
        this.spaces = List.copyOf(spaces);
        this.offsets = new int[names.size() + 1];
        for (int f = 0; f < names.size(); f++) {
            offsets[f + 1] = offsets[f] + spaces.get(f).dofCount();
        }
    }

    /** A layout of a single field. */
    public static FieldLayout of(String name, FunctionSpace space) {
        return builder().add(name, space).build();
    }

    public static Builder builder() { return new Builder(); }

    /** Collects fields in order. */
    public static final class Builder {
        private final List<String> names = new ArrayList<>();
        private final List<FunctionSpace> spaces = new ArrayList<>();

        /**
         * Appends field {@code name} on {@code space}.
         *
         * @throws IllegalArgumentException for a repeated name or a space on another mesh
         */
        public Builder add(String name, FunctionSpace space) {
            if (names.contains(name)) {
                throw new IllegalArgumentException("field " + name + " added twice");
            }
            if (!spaces.isEmpty() && spaces.get(0).mesh() != space.mesh()) {
                throw new IllegalArgumentException("field " + name + " lives on another mesh");
            }
            names.add(name);
            spaces.add(space);
            return this;
        }

        /** @throws IllegalStateException when no field was added */
        public FieldLayout build() {
            if (names.isEmpty()) {
                throw new IllegalStateException("a layout needs at least one field");
            }
            return new FieldLayout(names, spaces);
        }
    }

    /** The common mesh. */
    public Mesh mesh() { return spaces.get(0).mesh(); }

    /** Number of fields. */
    public int fieldCount() { return names.size(); }

    /** Total number of dofs of all fields. */
    public int size() { return offsets[names.size()]; }

    /** Field names in order. */
    public List<String> names() { return names; }

    /** Name of field {@code f}. */
    public String name(int f) { return names.get(f); }

    /** Space of field {@code f}. */
    public FunctionSpace space(int f) { return spaces.get(f); }

    /** Global index of field {@code f}'s first dof. */
    public int offset(int f) { return offsets[f]; }

    /** Highest polynomial degree among the fields. */
    public int maxDegree() {
        int p = 1;
        for (FunctionSpace s : spaces) {
            p = Math.max(p, s.degree());
        }
        return p;
    }

    /**
     * Index of field {@code name}.
     *
     * @throws InputError if there is none; the message lists the fields that exist
     */
    public int field(String name) {
        int f = names.indexOf(name);
        if (f < 0) {
            throw new InputError("field '" + name + "'", "no such field; the fields are " + names,
                    "use one of " + names);
        }
        return f;
    }

    /** Field {@code f}'s block of the global vector {@code global} (a new array). */
    public double[] extract(double[] global, int f) {
        double[] out = new double[space(f).dofCount()];
        System.arraycopy(global, offsets[f], out, 0, out.length);
        return out;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("FieldLayout[");
        for (int f = 0; f < names.size(); f++) {
            sb.append(f == 0 ? "" : ", ").append(names.get(f)).append(": ").append(spaces.get(f));
        }
        return sb.append(']').toString();
    }
}
