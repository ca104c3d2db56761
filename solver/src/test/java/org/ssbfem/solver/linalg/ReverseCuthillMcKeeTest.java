package org.ssbfem.solver.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class ReverseCuthillMcKeeTest {
    private static final Logger LOG = LoggerFactory.getLogger(ReverseCuthillMcKeeTest.class);

    @Test
    void reducesTheBandwidthOfAShuffledGridLaplacian() {
        int k = 20;
        SparseMatrix grid = TestMatrices.poisson3d(k, k, k);
        SparseMatrix shuffled = Permutation.permute(grid, TestMatrices.randomPermutation(grid.size(), 11));
        int before = ReverseCuthillMcKee.bandwidth(shuffled.pattern());
        int[] perm = ReverseCuthillMcKee.permutation(shuffled.pattern());
        assertTrue(Permutation.isPermutation(perm));
        int after = ReverseCuthillMcKee.bandwidth(Permutation.permute(shuffled.pattern(), perm));
        LOG.info("grid {}^3: bandwidth natural {}, shuffled {}, RCM {}", k, k * k, before, after);
        assertTrue(before > 0.9 * grid.size(), "shuffled bandwidth " + before);
        assertTrue(after <= 2 * k * k, "RCM bandwidth " + after + " for a " + k + "^3 grid");
        assertTrue(before / (double) after > 10, "reduction factor " + before / (double) after);
    }

    @Test
    void ordersEveryComponentAndUnsymmetricPatterns() {
        PatternBuilder b = new PatternBuilder(7);
        b.add(0, 4).add(4, 2).add(5, 6);   // components {0,4,2} (a path), {1}, {3}, {5,6}; one-sided entries
        SparsityPattern p = b.build();
        int[] perm = ReverseCuthillMcKee.permutation(p);
        assertTrue(Permutation.isPermutation(perm));
        assertEquals(1, ReverseCuthillMcKee.bandwidth(Permutation.permute(p, perm)));
        int[] inv = Permutation.inverse(perm);
        assertEquals(2, Math.abs(inv[0] - inv[2]), "path 0-4-2 numbered consecutively");
        assertEquals(1, Math.abs(inv[0] - inv[4]));
    }

    @Test
    void permutedMatrixHoldsTheOldEntries() {
        SparseMatrix a = TestMatrices.convectionDiffusion(6, 5, 4, 1, -2, 0.5);
        int[] perm = TestMatrices.randomPermutation(a.size(), 3);
        SparseMatrix b = Permutation.permute(a, perm);
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < a.size(); j++) {
                assertEquals(a.get(perm[i], perm[j]), b.get(i, j), 0.0);
            }
        }
        double[] x = TestMatrices.randomVector(a.size(), 1);
        double[] ax = TestMatrices.times(a, x);
        double[] bxNew = TestMatrices.times(b, Permutation.toNew(x, perm));
        assertArrayEquals(ax, Permutation.toOld(bxNew, perm), 1e-14);
        int[] inv = Permutation.inverse(perm);
        assertArrayEquals(new int[] {inv[3], -1, inv[0]}, Permutation.renumber(new int[] {3, -1, 0}, inv));
    }
}
