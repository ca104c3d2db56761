package org.ssbfem.solver.physics;

import org.ssbfem.solver.assembly.CellTerm;
import org.ssbfem.solver.assembly.LocalSystem;
import org.ssbfem.solver.assembly.QuadratureData;

/**
 * {@code capacity * du/dt} with the time stepper's approximation {@code du/dt = shift (u - h)}
 * ({@link QuadratureData#shiftPerS()}, {@link QuadratureData#history}): backward Euler has
 * {@code shift = 1/dt, h = u_old}; BDF2 {@code shift = 3/(2 dt), h = (4 u_n - u_(n-1)) / 3}.
 * Zero in steady problems (shift 0). For c in mol/m^3 and capacity 1 the residual is mol/s.
 * Slots: u.
 *
 * <ul>
 *   <li>{@link MassMatrix#CONSISTENT}: residual {@code int capacity shift (u - h) v dV}.</li>
 *   <li>{@link MassMatrix#LUMPED}: residual of test function a
 *       {@code capacity shift m_a (u_a - h_a)} with {@code m_a = int phi_a dV} and the nodal values
 *       of {@code u - h} ({@link org.ssbfem.solver.assembly.QuadratureData#coefficient}); Jacobian diagonal, {@code capacity shift m_a}. The
 *       sum over a equals the consistent one (the total inventory is the same). P1 only: the
 *       row sums must be positive.</li>
 * </ul>
 */
public final class TimeDerivative implements CellTerm {
    /** Lumped row sums below this fraction of the cell volume count as zero (P2 triangle corners). */
    private static final double ROW_SUM_FLOOR = 1e-9;
    private final double capacity;
    private final MassMatrix mass;

    /** The consistent mass; see {@link #TimeDerivative(double, MassMatrix)}. */
    public TimeDerivative(double capacity) {
        this(capacity, MassMatrix.CONSISTENT);
    }

    /**
     * @param capacity factor in front of du/dt (1 for concentration; rho c_p for heat, J/(m^3 K))
     * @param mass how the mass matrix is formed ({@link MassMatrix#LUMPED} for P1 fields only)
     */
    public TimeDerivative(double capacity, MassMatrix mass) {
        this.capacity = capacity;
        this.mass = mass;
    }

    @Override public int slots() { return 1; }

    /** Affine in u: {@code capacity shift M (u - h)} with the shift and history held fixed. */
    @Override public boolean linearInUnknowns() { return true; }

    /** {@code shift M (u - h)} with M = capacity times the (consistent or lumped) mass matrix. */
    @Override public boolean scaledByShift() { return true; }

    /** The mass matrix this term forms. */
    public MassMatrix mass() { return mass; }

    /**
     * @throws IllegalStateException (lumped) when a row sum is not positive: the field is not P1
     */
    @Override
    public void add(QuadratureData in, LocalSystem out) {
        double shift = in.shiftPerS();
        if (shift == 0) {
            return;
        }
        if (mass == MassMatrix.LUMPED) {
            addLumped(in, out, capacity * shift);
        } else {
            addConsistent(in, out, capacity * shift);
        }
    }

    private static void addConsistent(QuadratureData in, LocalSystem out, double factor) {
        int n = in.dofs(0);
        for (int q = 0; q < in.points(); q++) {
            double m = factor * in.weight(q);
            double du = in.value(0, q) - in.history(0, q);
            for (int a = 0; a < n; a++) {
                out.addResidual(0, a, m * du * in.phi(0, q, a));
            }
            if (out.wantsJacobian()) {
                out.addMass(in, 0, 0, q, m);
            }
        }
    }

    private static void addLumped(QuadratureData in, LocalSystem out, double factor) {
        int n = in.dofs(0);
        double volume = 0;
        for (int q = 0; q < in.points(); q++) {
            volume += in.weight(q);
        }
        for (int a = 0; a < n; a++) {
            double rowSum = 0;
            for (int q = 0; q < in.points(); q++) {
                rowSum += in.weight(q) * in.phi(0, q, a);
            }
            if (!(rowSum > ROW_SUM_FLOOR * volume)) {
                throw new IllegalStateException("lumped mass: row sum " + rowSum + " of local function " + a
                        + " is not positive (row-sum lumping needs P1 fields; use the consistent mass)");
            }
            out.addResidual(0, a, factor * rowSum * (in.coefficient(0, a) - in.historyCoefficient(0, a)));
            if (out.wantsJacobian()) {
                out.addJacobian(0, a, 0, a, factor * rowSum);
            }
        }
    }

    @Override
    public String toString() { return "TimeDerivative(capacity " + capacity + ", " + mass.key() + " mass)"; }
}
