package org.ssbfem.solver.physics;

import org.ssbfem.solver.assembly.InterfaceTerm;
import org.ssbfem.solver.assembly.LocalSystem;
import org.ssbfem.solver.assembly.QuadratureData;

/**
 * A linear contact (interface) resistance: the flux density from the minus into the plus side is
 * {@code j = h (u_minus - u_plus)}; residual {@code +int j v_minus dA} on the minus side and
 * {@code -int j v_plus dA} on the plus side (the sign pattern of MODEL.md section 3 with
 * {@code i_n = j}). For potentials, {@code h} is an interface conductance in S/m^2 and j in A/m^2.
 * Slots: u on the minus side, u on the plus side. The linearized Butler-Volmer kinetics is this
 * term with {@code h = i0 F (alpha_a + alpha_c) / (R T)}.
 */
public final class InterfaceConductance implements InterfaceTerm {
    private final double h;

    /** @param h interface conductance, flux unit per field unit (S/m^2 for potentials) */
    public InterfaceConductance(double h) {
        this.h = h;
    }

    @Override public int slots() { return 2; }

    /** Values at the facet's points only: the dofs off the facet do not couple. */
    @Override public boolean traceOnly() { return true; }

    /** Linear in both sides with a constant h. */
    @Override public boolean constantJacobian() { return true; }

    @Override
    public void add(QuadratureData in, LocalSystem out) {
        for (int q = 0; q < in.points(); q++) {
            double w = in.weight(q);
            double j = h * (in.value(0, q) - in.value(1, q)) * w;
            for (int side = 0; side < 2; side++) {
                double sign = side == 0 ? 1.0 : -1.0;
                for (int a = 0; a < in.dofs(side); a++) {
                    double pa = sign * in.phi(side, q, a);
                    out.addResidual(side, a, j * pa);
                    if (out.wantsJacobian()) {
                        for (int b = 0; b < in.dofs(0); b++) {
                            out.addJacobian(side, a, 0, b, h * w * pa * in.phi(0, q, b));
                        }
                        for (int b = 0; b < in.dofs(1); b++) {
                            out.addJacobian(side, a, 1, b, -h * w * pa * in.phi(1, q, b));
                        }
                    }
                }
            }
        }
    }
}
