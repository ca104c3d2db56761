package org.ssbfem.solver.linalg;

import java.lang.reflect.Field;
import no.uib.cipr.matrix.sparse.CompRowMatrix;

/**
 * Builds an MTJ {@link CompRowMatrix} that shares the index arrays of a {@link SparsityPattern}.
 * MTJ 1.0.4 only offers constructors that copy from {@code int[][]} row lists (boxed-free but
 * doubling peak memory), so the fields are set directly once; this is the one place that knows.
 */
final class MtjAccess {
    private MtjAccess() {
    }

    static CompRowMatrix wrap(SparsityPattern p) {
        int n = p.size();
        // An empty-pattern matrix is cheap to create; its arrays are then replaced.
        CompRowMatrix m = new CompRowMatrix(n, n, new int[n][0]);
        try {
            set(m, "rowPointer", p.rowPtr());
            set(m, "columnIndex", p.colIdx());
            set(m, "data", new double[p.nonZeros()]);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("MTJ CompRowMatrix layout not as expected (MTJ 1.0.4)", e);
        }
        return m;
    }

    private static void set(CompRowMatrix m, String name, Object value) throws ReflectiveOperationException {
        Field f = CompRowMatrix.class.getDeclaredField(name);
        f.setAccessible(true);
        f.set(m, value);
    }
}
