package org.ssbfem.post.vtk;

import java.util.Objects;

/**
 * A named array for a .vtu file: Float64 ({@code doubles}) or Int32 ({@code ints}), with
 * {@code components} values per tuple, given per source entity (mesh node or source cell) or per
 * written entity.
 *
 * @param name array name as shown in ParaView, with its unit (e.g. {@code phi_e_V})
 * @param doubles Float64 values, or null
 * @param ints Int32 values, or null
 * @param components values per tuple (1 or 3)
 */
record DataArray(String name, double[] doubles, int[] ints, int components) {
    DataArray {
        checkName(name);
        if ((doubles == null) == (ints == null)) {
            throw new IllegalArgumentException("array " + name + " needs exactly one of doubles, ints");
        }
        if (components < 1 || length(doubles, ints) % components != 0) {
            throw new IllegalArgumentException("array " + name + ": length " + length(doubles, ints)
                    + " is not a multiple of " + components + " components");
        }
    }

    /** Number of tuples. */
    int tuples() { return length(doubles, ints) / components; }

    /** VTK type name. */
    String vtkType() { return doubles != null ? "Float64" : "Int32"; }

    /** Bytes of one value. */
    int valueBytes() { return doubles != null ? 8 : 4; }

    private static int length(double[] d, int[] i) {
        return d != null ? d.length : i.length;
    }

    /** Array names must be non-empty and safe inside an XML attribute. */
    static void checkName(String name) {
        Objects.requireNonNull(name, "array name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("empty array name");
        }
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (c < ' ' || c == '<' || c == '>' || c == '&' || c == '"' || c == '\'') {
                throw new IllegalArgumentException("array name with character '" + c + "': " + name);
            }
        }
    }
}
