package org.ssbfem.solver.linalg.petsc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The blocks of unknowns of a coupled system for PETSc's field-split preconditioner
 * ({@code pc fieldsplit}): a name and the sorted unknowns of each block. The blocks are disjoint
 * and together hold every unknown. Options of a block's solver carry the prefix
 * {@code fieldsplit_<name>_}, e.g. {@code -fieldsplit_c_pc_type ilu}.
 *
 * @param names block names (letters, digits, underscores)
 * @param unknowns the unknowns of each block, strictly increasing
 */
public record FieldSplits(List<String> names, List<int[]> unknowns) {
    /** @throws IllegalArgumentException for malformed names, unsorted, overlapping or missing unknowns */
    public FieldSplits {
        names = List.copyOf(names);
        unknowns = List.copyOf(unknowns);
        if (names.size() != unknowns.size() || names.size() < 2) {
            throw new IllegalArgumentException("need at least two named blocks, got " + names);
        }
        for (String n : names) {
            if (!n.matches("[A-Za-z0-9_]+")) {
                throw new IllegalArgumentException("block name '" + n + "' is not an option-name part");
            }
        }
        for (int[] u : unknowns) {
            for (int k = 1; k < u.length; k++) {
                if (u[k] <= u[k - 1]) {
                    throw new IllegalArgumentException("the unknowns of a block must be strictly increasing");
                }
            }
        }
    }

    /**
     * Blocks from the block index of every unknown.
     *
     * @param names block names, indexed by block
     * @param blockOf block index of every unknown, in [0, names.length)
     */
    public static FieldSplits of(List<String> names, int[] blockOf) {
        int[] count = new int[names.size()];
        for (int b : blockOf) {
            count[b]++;
        }
        List<int[]> lists = new ArrayList<>();
        for (int c : count) {
            lists.add(new int[c]);
        }
        int[] next = new int[names.size()];
        for (int i = 0; i < blockOf.length; i++) {
            lists.get(blockOf[i])[next[blockOf[i]]++] = i;
        }
        return new FieldSplits(names, lists);
    }

    /** Total number of unknowns. */
    public int size() {
        return unknowns.stream().mapToInt(u -> u.length).sum();
    }

    /** Sizes by block, e.g. "p 66k, c 37k" for logs. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (int b = 0; b < names.size(); b++) {
            parts.add(names.get(b) + " " + unknowns.get(b).length);
        }
        return String.join(", ", parts);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FieldSplits f) || !names.equals(f.names)) {
            return false;
        }
        for (int b = 0; b < unknowns.size(); b++) {
            if (!Arrays.equals(unknowns.get(b), f.unknowns.get(b))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }
}
