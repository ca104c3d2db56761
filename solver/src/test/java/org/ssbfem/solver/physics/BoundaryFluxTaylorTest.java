package org.ssbfem.solver.physics;

import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.assembly.Assembler;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;

/** A nonlinear outward flux g = 0.5 u^3 + x on the left and top faces, a Robin flux on the right. */
class BoundaryFluxTaylorTest extends TermTaylorContract {
    @Override
    Assembler assembler(Mesh mesh, int degree) {
        FieldLayout layout = FieldLayout.of("u", FunctionSpace.everywhere(mesh, degree));
        FluxFunction cubic = new FluxFunction() {
            @Override public double value(double x, double y, double z, double t, double u) { return 0.5 * u * u * u + x; }

            @Override public double derivative(double x, double y, double z, double t, double u) { return 1.5 * u * u; }
        };
        return Assembler.builder(layout, Constraints.none(layout))
                .boundary(new BoundaryFlux(cubic), "left", "u")
                .boundary(new BoundaryFlux(cubic), "top", "u")
                .boundary(new BoundaryFlux(FluxFunction.robin(3.0, 0.5)), "right", "u")
                .build();
    }
}
