package org.ssbfem.solver.space;

/**
 * The gradient of a scalar function of position, e.g. of an exact solution for H1 errors. Units:
 * the function's per metre.
 */
@FunctionalInterface
public interface GradientFunction {
    /**
     * Writes the gradient at {@code (x, y, z)} (m) and time {@code tS} (s) into {@code out[0..2]}
     * (only the first {@code dim} entries are read).
     */
    void gradient(double x, double y, double z, double tS, double[] out);
}
