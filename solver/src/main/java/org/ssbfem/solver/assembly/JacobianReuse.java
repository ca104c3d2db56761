package org.ssbfem.solver.assembly;

import java.lang.ref.WeakReference;
import org.ssbfem.solver.linalg.SparseMatrix;

/**
 * Lets an assembler whose terms all have a constant Jacobian ({@link Term#constantJacobian()})
 * assemble it once: after a Jacobian assembly it remembers the matrix (weakly) and a 64-bit hash of
 * its values; a later request with the same matrix whose values still hash the same needs only the
 * residual. Any change to the values (a solver scaling them in place, a caller reusing the matrix
 * for something else) changes the hash, and the Jacobian is assembled again. Hashing costs one
 * pass over the values, a few percent of an assembly.
 */
final class JacobianReuse {
    private final boolean enabled;
    private WeakReference<SparseMatrix> last = new WeakReference<>(null);
    private long hash;

    JacobianReuse(boolean enabled) {
        this.enabled = enabled;
    }

    /** True when {@code m} holds the Jacobian this assembler last wrote into it, unchanged. */
    boolean holds(SparseMatrix m) {
        return enabled && m != null && last.get() == m && hash(m.values()) == hash;
    }

    /** Records that {@code m} now holds the assembled Jacobian. */
    void remember(SparseMatrix m) {
        if (!enabled) {
            return;
        }
        if (last.get() != m) {
            last = new WeakReference<>(m);
        }
        hash = hash(m.values());
    }

    private static long hash(double[] v) {
        long h = 0x2545F4914F6CDD1DL;
        for (double x : v) {
            h = Long.rotateLeft((h ^ Double.doubleToRawLongBits(x)) * 0x9E3779B97F4A7C15L, 29);
        }
        return h;
    }
}
