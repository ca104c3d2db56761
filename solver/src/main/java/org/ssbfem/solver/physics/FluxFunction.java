package org.ssbfem.solver.physics;

import org.ssbfem.solver.space.PointFunction;

/**
 * An outward flux density through a boundary as a function of position, time and the field value,
 * with its exact derivative in the field value (for the Jacobian). Units: the flux of the field,
 * e.g. A/m^2 for a potential, mol/(m^2 s) for a concentration.
 */
public interface FluxFunction {
    /** Outward flux at {@code (x, y, z)} (m), time {@code tS} (s), field value {@code u}. */
    double value(double x, double y, double z, double tS, double u);

    /** d value / d u. */
    double derivative(double x, double y, double z, double tS, double u);

    /** A given flux independent of u (Neumann). */
    static FluxFunction of(PointFunction g) {
        return new FluxFunction() {
            @Override public double value(double x, double y, double z, double t, double u) { return g.value(x, y, z, t); }

            @Override public double derivative(double x, double y, double z, double t, double u) { return 0.0; }
        };
    }

    /** Robin: {@code h (u - uRef)} with transfer coefficient {@code h} (flux unit per field unit). */
    static FluxFunction robin(double h, double uRef) {
        return new FluxFunction() {
            @Override public double value(double x, double y, double z, double t, double u) { return h * (u - uRef); }

            @Override public double derivative(double x, double y, double z, double t, double u) { return h; }
        };
    }
}
