package org.ssbfem.solver.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** {@link ParallelRows}: every row once, sums in order, nesting and failures. */
class ParallelRowsTest {
    private static final int N = 3 * ParallelRows.MIN_ROWS + 7;

    @Test
    void everyRowRunsExactlyOnce() {
        AtomicIntegerArray seen = new AtomicIntegerArray(N);
        ParallelRows.forEach(N, (from, to) -> {
            for (int i = from; i < to; i++) {
                seen.incrementAndGet(i);
            }
        });
        for (int i = 0; i < N; i++) {
            assertEquals(1, seen.get(i), "row " + i);
        }
    }

    @Test
    void sumAddsThePartialSums() {
        double s = ParallelRows.sum(N, (from, to) -> to - from);
        assertEquals(N, s, 0.0);
    }

    @Test
    void nestedPassesDoNotDeadlock() {
        double s = ParallelRows.sum(N, (from, to) -> ParallelRows.sum(N, (a, b) -> b - a));
        assertEquals(2.0 * N, s, 0.0);
    }

    @Test
    void aFailureOnEitherHalfReachesTheCaller() {
        assertThrows(IllegalStateException.class, () -> ParallelRows.forEach(N, (from, to) -> {
            if (from > 0) {
                throw new IllegalStateException("second half");
            }
        }));
        assertThrows(IllegalStateException.class, () -> ParallelRows.forEach(N, (from, to) -> {
            if (from == 0) {
                throw new IllegalStateException("first half");
            }
        }));
    }
}
