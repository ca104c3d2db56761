package org.ssbfem.solver.physics;

import org.ssbfem.solver.assembly.CellTerm;
import org.ssbfem.solver.assembly.LocalSystem;
import org.ssbfem.solver.assembly.QuadratureData;
import org.ssbfem.solver.space.PointFunction;

/**
 * {@code -div(k grad u)}: residual {@code int k grad u . grad v dV}, where the coefficient is a
 * function {@code k(w)} of {@code u} itself (one slot: u) or of a second field (two slots: u, w),
 * e.g. {@code sigma_s(c)} acting on phi_s, or a given function of position and time {@code k(x, t)}. For phi in V and k in S/m the residual is a current, A
 * (per metre in 2D); for c in mol/m^3 and D in m^2/s it is mol/s. A coefficient per region is
 * obtained by registering one term per region.
 */
public final class Diffusion implements CellTerm {
    private final Coefficient k;
    private final PointFunction kOfX;
    private final boolean ownArgument;
    private final boolean constantK;

    private Diffusion(Coefficient k, PointFunction kOfX, boolean ownArgument, boolean constantK) {
        this.k = k;
        this.kOfX = kOfX;
        this.ownArgument = ownArgument;
        this.constantK = constantK;
    }

    /** Constant coefficient {@code k}. Slots: u. */
    public static Diffusion constant(double k) { return new Diffusion(Coefficient.constant(k), null, true, true); }

    /** Coefficient {@code k(u)} of the diffused field itself (D(c)). Slots: u. */
    public static Diffusion of(Coefficient k) { return new Diffusion(k, null, true, false); }

    /** Coefficient {@code k(w)} of another field (sigma_s(c)). Slots: u, w. */
    public static Diffusion dependingOn(Coefficient k) { return new Diffusion(k, null, false, false); }

    /** Coefficient {@code k(x, t)} given in space and time. Slots: u. */
    public static Diffusion varying(PointFunction k) { return new Diffusion(null, k, true, false); }

    @Override public int slots() { return ownArgument ? 1 : 2; }

    /**
     * On straight cells ({@code order} 1) with a constant coefficient the integrand
     * {@code k grad u . grad v} is a polynomial of degree {@code 2p - 2}, integrated exactly at that
     * degree (one point for P1, four for P2 tetrahedra); otherwise the default.
     */
    @Override
    public int quadratureDegree(int p, int order) {
        return constantK && order == 1 ? Math.max(2 * p - 2, 1) : CellTerm.super.quadratureDegree(p, order);
    }

    /** True for a constant coefficient: the term is then linear in u. */
    @Override public boolean constantJacobian() { return constantK; }

    /** True for a constant coefficient: the residual {@code K u} depends on nothing but u. */
    @Override public boolean timeInvariant() { return constantK; }

    @Override
    public void add(QuadratureData in, LocalSystem out) {
        int argSlot = ownArgument ? 0 : 1;
        for (int q = 0; q < in.points(); q++) {
            double w = in.weight(q);
            double arg = in.value(argSlot, q);
            double kq = kOfX != null ? kOfX.value(in.x(q, 0), in.x(q, 1), in.x(q, 2), in.timeS()) : k.value(arg);
            double gx = in.gradient(0, q, 0);
            double gy = in.gradient(0, q, 1);
            double gz = in.dim() > 2 ? in.gradient(0, q, 2) : 0.0;
            out.addFlux(in, 0, q, w * kq, gx, gy, gz);
            if (out.wantsJacobian()) {
                out.addStiffness(in, 0, 0, q, w * kq);
                double dk = kOfX != null ? 0.0 : k.derivative(arg);
                if (dk != 0) {
                    out.addGradientValue(in, 0, argSlot, q, w * dk, gx, gy, gz);
                }
            }
        }
    }

    @Override public String toString() { return "Diffusion(k = " + (kOfX != null ? "k(x)" : k) + ")"; }
}
