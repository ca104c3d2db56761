package org.ssbfem.solver.linalg;

import java.util.Arrays;

/**
 * Renumbering helpers. A permutation is stored new-to-old: {@code perm[newIndex] = oldIndex}
 * (as returned by {@link ReverseCuthillMcKee#permutation}); {@link #inverse} gives old-to-new.
 * The permuted matrix is P A P^T: entry (i, j) of the result is entry (perm[i], perm[j]) of A.
 * No method modifies its arguments.
 */
public final class Permutation {
    private Permutation() {
    }

    /**
     * @return old-to-new for a new-to-old permutation (or the reverse: the inverse either way)
     * @throws IllegalArgumentException when {@code perm} is not a permutation of 0..n-1
     */
    public static int[] inverse(int[] perm) {
        int[] inv = new int[perm.length];
        Arrays.fill(inv, -1);
        for (int i = 0; i < perm.length; i++) {
            int p = perm[i];
            if (p < 0 || p >= perm.length || inv[p] >= 0) {
                throw new IllegalArgumentException("not a permutation: entry " + i + " = " + p);
            }
            inv[p] = i;
        }
        return inv;
    }

    /** True when {@code perm} holds each of 0..n-1 exactly once. */
    public static boolean isPermutation(int[] perm) {
        boolean[] seen = new boolean[perm.length];
        for (int p : perm) {
            if (p < 0 || p >= perm.length || seen[p]) {
                return false;
            }
            seen[p] = true;
        }
        return true;
    }

    /**
     * The pattern of P A P^T for a new-to-old {@code perm}; known symmetric when {@code p} is.
     * O(nnz) time without sorting: rows are filled by scattering columns in increasing order (once
     * for a {@linkplain SparsityPattern#symmetric known symmetric} pattern, else twice, through the
     * transpose).
     *
     * @throws IllegalArgumentException when {@code perm} is not a permutation of 0..size-1
     */
    public static SparsityPattern permute(SparsityPattern p, int[] perm) {
        if (!p.knownSymmetric()) {
            return permuteWithPositions(p, perm, null);
        }
        int[] inv = checkedInverse(p, perm);
        int[] ptr = permutedRowPtr(p.rowPtr(), perm);
        int[] cols = new int[p.nonZeros()];
        scatterPermuted(perm, inv, p.rowPtr(), p.colIdx(), Arrays.copyOf(ptr, perm.length), cols, null);
        return SparsityPattern.symmetric(perm.length, ptr, cols);
    }

    /** P A P^T as a new matrix for a new-to-old {@code perm}. */
    public static SparseMatrix permute(SparseMatrix a, int[] perm) {
        int[] source = new int[a.pattern().nonZeros()];
        SparseMatrix b = new SparseMatrix(permuteWithPositions(a.pattern(), perm, source));
        double[] v = a.values();
        double[] bv = b.values();
        for (int k = 0; k < source.length; k++) {
            bv[k] = v[source[k]];
        }
        return b;
    }

    /**
     * Permuted pattern by two column scatters: first the transpose of the result, C = (P A P^T)^T
     * (its row i lists, ascending, the new rows holding column i), then its transpose. When
     * {@code source} is given, source[k] = position in p of new entry k.
     */
    private static SparsityPattern permuteWithPositions(SparsityPattern p, int[] perm, int[] source) {
        int n = p.size();
        int[] inv = checkedInverse(p, perm);
        int[] rp = p.rowPtr();
        int[] ci = p.colIdx();
        int[] tPtr = new int[n + 1];
        for (int k = 0; k < rp[n]; k++) {
            tPtr[inv[ci[k]] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            tPtr[i + 1] += tPtr[i];
        }
        int[] tCols = new int[rp[n]];
        int[] tPos = source == null ? null : new int[rp[n]];
        scatterPermuted(perm, inv, rp, ci, Arrays.copyOf(tPtr, n), tCols, tPos);
        int[] ptr = permutedRowPtr(rp, perm);
        int[] cols = new int[rp[n]];
        scatterTransposed(tPtr, tCols, tPos, Arrays.copyOf(ptr, n), cols, source);
        return p.knownSymmetric() ? SparsityPattern.symmetric(n, ptr, cols) : new SparsityPattern(n, ptr, cols);
    }

    private static int[] checkedInverse(SparsityPattern p, int[] perm) {
        if (perm.length != p.size()) {
            throw new IllegalArgumentException("permutation length " + perm.length + " != matrix size " + p.size());
        }
        return inverse(perm);
    }

    /** Row offsets of the permuted pattern: new row i is as long as old row perm[i]. */
    private static int[] permutedRowPtr(int[] rp, int[] perm) {
        int[] ptr = new int[perm.length + 1];
        for (int i = 0; i < perm.length; i++) {
            ptr[i + 1] = ptr[i] + rp[perm[i] + 1] - rp[perm[i]];
        }
        return ptr;
    }

    /**
     * For j = 0, 1, ...: every entry k of old row {@code perm[j]} appends j to new row
     * {@code inv[ci[k]]} at {@code next[..]++}, so that rows come out ascending; when
     * {@code outPos} is not null it receives k at the same place.
     */
    private static void scatterPermuted(int[] perm, int[] inv, int[] rp, int[] ci, int[] next, int[] out,
                                        int[] outPos) {
        for (int j = 0; j < perm.length; j++) {
            for (int k = rp[perm[j]], end = rp[perm[j] + 1]; k < end; k++) {
                int at = next[inv[ci[k]]]++;
                out[at] = j;
                if (outPos != null) {
                    outPos[at] = k;
                }
            }
        }
    }

    /**
     * The transpose of CSR (ptr, idx) with ascending rows: for i = 0, 1, ...: every entry k of row
     * i appends i to row {@code idx[k]} at {@code next[..]++}, and {@code pos[k]} to {@code outPos}
     * when both are not null.
     */
    private static void scatterTransposed(int[] ptr, int[] idx, int[] pos, int[] next, int[] out, int[] outPos) {
        for (int i = 0; i < next.length; i++) {
            for (int k = ptr[i]; k < ptr[i + 1]; k++) {
                int at = next[idx[k]]++;
                out[at] = i;
                if (outPos != null) {
                    outPos[at] = pos[k];
                }
            }
        }
    }

    /** The vector in new numbering: {@code result[i] = v[perm[i]]}. */
    public static double[] toNew(double[] v, int[] perm) {
        double[] w = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            w[i] = v[perm[i]];
        }
        return w;
    }

    /** The vector back in old numbering: {@code result[perm[i]] = w[i]}. */
    public static double[] toOld(double[] w, int[] perm) {
        double[] v = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            v[perm[i]] = w[i];
        }
        return v;
    }

    /**
     * Index list (e.g. cell dofs) in new numbering: {@code result[k] = oldToNew[indices[k]]};
     * negative entries (skipped dofs) are kept as they are.
     */
    public static int[] renumber(int[] indices, int[] oldToNew) {
        int[] r = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            r[k] = indices[k] < 0 ? indices[k] : oldToNew[indices[k]];
        }
        return r;
    }
}
