package org.ssbfem.solver.linalg;

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
        java.util.Arrays.fill(inv, -1);
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

    /** The pattern of P A P^T for a new-to-old {@code perm}. */
    public static SparsityPattern permute(SparsityPattern p, int[] perm) {
        int n = p.size();
        if (perm.length != n) {
            throw new IllegalArgumentException("permutation length " + perm.length + " != matrix size " + n);
        }
        int[] inv = inverse(perm);
        int[] rp = p.rowPtr();
        int[] ci = p.colIdx();
        int[] newPtr = new int[n + 1];
        int[] newCols = new int[p.nonZeros()];
        for (int i = 0; i < n; i++) {
            int start = newPtr[i];
            int k = start;
            for (int old = rp[perm[i]]; old < rp[perm[i] + 1]; old++) {
                newCols[k++] = inv[ci[old]];
            }
            java.util.Arrays.sort(newCols, start, k);
            newPtr[i + 1] = k;
        }
        return new SparsityPattern(n, newPtr, newCols);
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

    /** Permuted pattern; when {@code source} is given, source[k] = position in p of new entry k. */
    private static SparsityPattern permuteWithPositions(SparsityPattern p, int[] perm, int[] source) {
        int n = p.size();
        if (perm.length != n) {
            throw new IllegalArgumentException("permutation length " + perm.length + " != matrix size " + n);
        }
        int[] inv = inverse(perm);
        int[] rp = p.rowPtr();
        int[] ci = p.colIdx();
        int[] newPtr = new int[n + 1];
        for (int i = 0; i < n; i++) {
            newPtr[i + 1] = newPtr[i] + rp[perm[i] + 1] - rp[perm[i]];
        }
        long[] keys = new long[64];
        int[] newCols = new int[p.nonZeros()];
        for (int i = 0; i < n; i++) {
            int len = rp[perm[i] + 1] - rp[perm[i]];
            keys = keys.length < len ? new long[len] : keys;
            for (int k = 0; k < len; k++) {
                int old = rp[perm[i]] + k;
                keys[k] = ((long) inv[ci[old]] << 32) | old;
            }
            java.util.Arrays.sort(keys, 0, len);
            for (int k = 0; k < len; k++) {
                newCols[newPtr[i] + k] = (int) (keys[k] >>> 32);
                if (source != null) {
                    source[newPtr[i] + k] = (int) keys[k];
                }
            }
        }
        return new SparsityPattern(n, newPtr, newCols);
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
