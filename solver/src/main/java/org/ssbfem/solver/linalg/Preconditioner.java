package org.ssbfem.solver.linalg;

/**
 * An approximate inverse M^-1 of a matrix, set up once per matrix by {@link PreconditionerType#setUp}.
 */
public interface Preconditioner {
    /**
     * z = M^-1 r.
     *
     * @param r input vector, not modified
     * @param z output vector, same length, distinct from {@code r}
     */
    void apply(double[] r, double[] z);
}
