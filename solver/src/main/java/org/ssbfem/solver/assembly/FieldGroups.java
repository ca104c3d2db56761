package org.ssbfem.solver.assembly;

import java.util.List;

/**
 * Which fields of a cell couple in the matrix: per region, the fields joined (transitively) by
 * some cell term acting there or by some boundary term, each reading them together; fields no term
 * joins are groups of their own. Two unknowns of one cell couple only when their fields are in one
 * group: e.g. phi_s and c in the CAM, read by separate cell terms (conduction; diffusion and the
 * time derivative) and joined only through the interface term, do not couple inside a cell. A
 * conservative choice: every pair of fields a term reads is taken as coupled.
 */
final class FieldGroups {
    private FieldGroups() {
    }

    /**
     * The group of every field in every region: {@code [region][field]}, the smallest field index
     * of its group (so a field alone in its group is its own index).
     */
    static int[][] of(int regions, int fields, List<AssemblerBuilder.CellReg> cells,
                      List<AssemblerBuilder.BoundaryReg> boundaries) {
        int[][] out = new int[regions][];
        for (int r = 0; r < regions; r++) {
            int[] parent = new int[fields];
            for (int f = 0; f < fields; f++) {
                parent[f] = f;
            }
            for (AssemblerBuilder.CellReg reg : cells) {
                if (reg.regions()[r]) {
                    join(parent, reg.fields());
                }
            }
            for (AssemblerBuilder.BoundaryReg reg : boundaries) {
                join(parent, reg.fields());
            }
            for (int f = 0; f < fields; f++) {
                parent[f] = root(parent, f);
            }
            out[r] = parent;
        }
        return out;
    }

    private static void join(int[] parent, int[] fields) {
        for (int k = 1; k < fields.length; k++) {
            int a = root(parent, fields[0]);
            int b = root(parent, fields[k]);
            parent[Math.max(a, b)] = Math.min(a, b);
        }
    }

    private static int root(int[] parent, int f) {
        while (parent[f] != f) {
            f = parent[f];
        }
        return f;
    }
}
