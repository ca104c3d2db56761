package org.ssbfem.solver.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link Permutation#permute} and {@link ReverseCuthillMcKee#permutation} against plain references:
 * per-row sorting for the permuted pattern, and the ordering as computed through
 * {@link AdjacencyGraph} and {@link LevelStructure}, on random patterns (symmetric ones made known
 * symmetric or not, unsymmetric ones, several components, rows without a diagonal, a dense row).
 */
class PermutationReferenceTest {
    @Test
    void permutedPatternsEqualSortedRenumberedRows() {
        for (long seed = 1; seed <= 8; seed++) {
            Random rnd = new Random(seed);
            int n = 1 + rnd.nextInt(300);
            boolean symmetric = seed % 2 == 0;
            SparsityPattern plain = random(rnd, n, symmetric);
            int[] perm = TestMatrices.randomPermutation(n, seed);
            SparsityPattern expected = reference(plain, perm);
            List<SparsityPattern> inputs = new ArrayList<>(List.of(plain));
            if (symmetric) {
                inputs.add(SparsityPattern.symmetric(n, plain.rowPtr(), plain.colIdx()));
            }
            for (SparsityPattern p : inputs) {
                SparsityPattern q = Permutation.permute(p, perm);
                assertArrayEquals(expected.rowPtr(), q.rowPtr(), "seed " + seed);
                assertArrayEquals(expected.colIdx(), q.colIdx(), "seed " + seed);
                assertEquals(p.knownSymmetric(), q.knownSymmetric());
            }
        }
    }

    @Test
    void permutedMatrixCarriesItsValues() {
        Random rnd = new Random(5);
        SparseMatrix a = new SparseMatrix(random(rnd, 120, false));
        for (int k = 0; k < a.values().length; k++) {
            a.values()[k] = rnd.nextDouble();
        }
        int[] perm = TestMatrices.randomPermutation(a.size(), 9);
        SparseMatrix b = Permutation.permute(a, perm);
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < a.size(); j++) {
                assertEquals(a.get(perm[i], perm[j]), b.get(i, j), 0.0);
            }
        }
    }

    @Test
    void rejectsWrongPermutations() {
        SparsityPattern p = SparsityPattern.symmetric(3, new int[] {0, 1, 2, 3}, new int[] {0, 1, 2});
        assertThrows(IllegalArgumentException.class, () -> Permutation.permute(p, new int[] {0, 1}));
        assertThrows(IllegalArgumentException.class, () -> Permutation.permute(p, new int[] {0, 1, 1}));
        assertFalse(new SparsityPattern(3, p.rowPtr(), p.colIdx()).knownSymmetric());
    }

    @Test
    void orderingEqualsTheLevelStructureOrdering() {
        for (long seed = 1; seed <= 12; seed++) {
            Random rnd = new Random(seed);
            int n = 1 + rnd.nextInt(400);
            boolean symmetric = seed % 3 != 0;
            SparsityPattern plain = random(rnd, n, symmetric);
            int[] expected = reference(plain);
            assertArrayEquals(expected, ReverseCuthillMcKee.permutation(plain), "seed " + seed);
            if (symmetric) {
                SparsityPattern known = SparsityPattern.symmetric(n, plain.rowPtr(), plain.colIdx());
                assertArrayEquals(expected, ReverseCuthillMcKee.permutation(known), "seed " + seed);
                assertTrue(Permutation.isPermutation(expected));
            }
        }
    }

    /**
     * Mesh-like random pattern: couplings between nearby indices, a few long-range ones, a dense
     * row and column, ~5% of the diagonal left out, and isolated vertices (several components).
     */
    private static SparsityPattern random(Random rnd, int n, boolean symmetric) {
        List<TreeSet<Integer>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new TreeSet<>());
            if (rnd.nextDouble() > 0.05) {
                rows.get(i).add(i);
            }
        }
        int dense = rnd.nextInt(n);
        for (int e = 0; e < 3 * n; e++) {
            int i = rnd.nextInt(n);
            if (i % 17 == 3) {
                continue;   // isolated
            }
            int j = rnd.nextDouble() < 0.05 ? dense : rnd.nextDouble() < 0.03 ? rnd.nextInt(n)
                    : Math.floorMod(i + rnd.nextInt(15) - 7, n);
            if (j % 17 == 3) {
                continue;
            }
            rows.get(i).add(j);
            if (symmetric) {
                rows.get(j).add(i);
            }
        }
        int[] ptr = new int[n + 1];
        List<Integer> cols = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cols.addAll(rows.get(i));
            ptr[i + 1] = cols.size();
        }
        return new SparsityPattern(n, ptr, cols.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Row i is the sorted old-to-new image of old row perm[i]. */
    private static SparsityPattern reference(SparsityPattern p, int[] perm) {
        int[] inv = Permutation.inverse(perm);
        int n = p.size();
        int[] ptr = new int[n + 1];
        int[] cols = new int[p.nonZeros()];
        for (int i = 0; i < n; i++) {
            int k = ptr[i];
            for (int t = p.rowPtr()[perm[i]]; t < p.rowPtr()[perm[i] + 1]; t++) {
                cols[k++] = inv[p.colIdx()[t]];
            }
            Arrays.sort(cols, ptr[i], k);
            ptr[i + 1] = k;
        }
        return new SparsityPattern(n, ptr, cols);
    }

    /** Reverse Cuthill-McKee through {@link AdjacencyGraph} and {@link LevelStructure}. */
    private static int[] reference(SparsityPattern p) {
        AdjacencyGraph g = AdjacencyGraph.of(p);
        LevelStructure ls = new LevelStructure(g, new int[g.n]);
        boolean[] numbered = new boolean[g.n];
        int[] perm = new int[g.n];
        int count = 0;
        for (int s = 0; s < g.n; s++) {
            if (numbered[s]) {
                continue;
            }
            int head = count;
            int root = ls.pseudoPeripheral(s);
            perm[count++] = root;
            numbered[root] = true;
            while (head < count) {
                int v = perm[head++];
                List<Integer> next = new ArrayList<>();
                for (int k = g.ptr[v]; k < g.ptr[v + 1]; k++) {
                    if (!numbered[g.adj[k]]) {
                        numbered[g.adj[k]] = true;
                        next.add(g.adj[k]);
                    }
                }
                next.sort((x, y) -> g.degree(x) != g.degree(y) ? Integer.compare(g.degree(x), g.degree(y))
                        : Integer.compare(x, y));
                for (int w : next) {
                    perm[count++] = w;
                }
            }
        }
        int[] rev = new int[g.n];
        for (int i = 0; i < g.n; i++) {
            rev[i] = perm[g.n - 1 - i];
        }
        return rev;
    }
}
