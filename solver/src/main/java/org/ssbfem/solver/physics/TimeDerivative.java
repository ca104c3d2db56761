package org.ssbfem.solver.physics;

import org.ssbfem.solver.assembly.CellTerm;
import org.ssbfem.solver.assembly.LocalSystem;
import org.ssbfem.solver.assembly.QuadratureData;

/**
 * {@code capacity * du/dt} with the time stepper's approximation {@code du/dt = shift (u - h)}
 * ({@link QuadratureData#shiftPerS()}, {@link QuadratureData#history}): backward Euler has
 * {@code shift = 1/dt, h = u_old}; BDF2 {@code shift = 3/(2 dt), h = (4 u_n - u_(n-1)) / 3}.
 * Residual {@code int capacity shift (u - h) v dV}; zero in steady problems (shift 0). For c in
 * mol/m^3 and capacity 1 the residual is mol/s. Slots: u.
 */
public final class TimeDerivative implements CellTerm {
    private final double capacity;

    /** @param capacity factor in front of du/dt (1 for concentration; rho c_p for heat, J/(m^3 K)) */
    public TimeDerivative(double capacity) {
        this.capacity = capacity;
    }

    @Override public int slots() { return 1; }

    @Override
    public void add(QuadratureData in, LocalSystem out) {
        double shift = in.shiftPerS();
        if (shift == 0) {
            return;
        }
        int n = in.dofs(0);
        for (int q = 0; q < in.points(); q++) {
            double m = capacity * shift * in.weight(q);
            double du = in.value(0, q) - in.history(0, q);
            for (int a = 0; a < n; a++) {
                out.addResidual(0, a, m * du * in.phi(0, q, a));
            }
            if (out.wantsJacobian()) {
                out.addMass(in, 0, 0, q, m);
            }
        }
    }
}
