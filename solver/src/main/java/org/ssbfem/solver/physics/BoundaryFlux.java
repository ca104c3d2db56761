package org.ssbfem.solver.physics;

import org.ssbfem.solver.assembly.BoundaryTerm;
import org.ssbfem.solver.assembly.LocalSystem;
import org.ssbfem.solver.assembly.QuadratureData;
import org.ssbfem.solver.space.PointFunction;

/**
 * A boundary condition {@code -k grad u . n = g(x, t, u)} with {@code n} the outward normal (the
 * flux leaving the domain): residual {@code +int g v dA}, Jacobian {@code int dg/du phi_b v dA}.
 * Neumann for g independent of u, Robin for {@code g = h (u - u_ref)}. Slots: u.
 */
public final class BoundaryFlux implements BoundaryTerm {
    private final FluxFunction g;

    public BoundaryFlux(FluxFunction g) {
        this.g = g;
    }

    /** Neumann data: outward flux {@code g(x, t)}. */
    public static BoundaryFlux neumann(PointFunction g) { return new BoundaryFlux(FluxFunction.of(g)); }

    @Override public int slots() { return 1; }

    @Override
    public void add(QuadratureData in, LocalSystem out) {
        int n = in.dofs(0);
        for (int q = 0; q < in.points(); q++) {
            double x = in.x(q, 0);
            double y = in.x(q, 1);
            double z = in.x(q, 2);
            double u = in.value(0, q);
            double w = in.weight(q);
            double gw = g.value(x, y, z, in.timeS(), u) * w;
            double dgw = out.wantsJacobian() ? g.derivative(x, y, z, in.timeS(), u) * w : 0.0;
            for (int a = 0; a < n; a++) {
                double pa = in.phi(0, q, a);
                out.addResidual(0, a, gw * pa);
                for (int b = 0; dgw != 0 && b < n; b++) {
                    out.addJacobian(0, a, 0, b, dgw * pa * in.phi(0, q, b));
                }
            }
        }
    }
}
