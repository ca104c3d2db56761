package org.ssbfem.solver.physics;

import org.ssbfem.solver.assembly.CellTerm;
import org.ssbfem.solver.assembly.LocalSystem;
import org.ssbfem.solver.assembly.QuadratureData;
import org.ssbfem.solver.space.PointFunction;

/**
 * A volume source {@code f(x, t)} on the right-hand side of {@code -div(k grad u) = f}: residual
 * {@code -int f v dV}. For a potential, f is a current density per volume, A/m^3. Slots: u (only
 * its test functions are used).
 */
public final class BodySource implements CellTerm {
    private final PointFunction f;

    public BodySource(PointFunction f) {
        this.f = f;
    }

    @Override public int slots() { return 1; }

    /** The source does not depend on u: its Jacobian is zero. */
    @Override public boolean constantJacobian() { return true; }

    @Override
    public void add(QuadratureData in, LocalSystem out) {
        int n = in.dofs(0);
        for (int q = 0; q < in.points(); q++) {
            double fw = f.value(in.x(q, 0), in.x(q, 1), in.x(q, 2), in.timeS()) * in.weight(q);
            for (int a = 0; a < n; a++) {
                out.addResidual(0, a, -fw * in.phi(0, q, a));
            }
        }
    }
}
