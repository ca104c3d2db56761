package org.ssbfem.solver.space;

/**
 * A scalar function of position (m) and time (s), e.g. a Dirichlet value, a source density or an
 * exact solution. Units are those of the quantity it stands for. Evaluated at many points: keep it
 * allocation-free.
 */
@FunctionalInterface
public interface PointFunction {
    /** Value at {@code (x, y, z)} in metres (z = 0 in 2D) and time {@code tS} in seconds. */
    double value(double x, double y, double z, double tS);

    /** The constant {@code c}. */
    static PointFunction constant(double c) {
        return (x, y, z, t) -> c;
    }
}
