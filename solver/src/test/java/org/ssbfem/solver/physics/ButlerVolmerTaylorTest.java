package org.ssbfem.solver.physics;

import java.util.List;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.assembly.Assembler;
import org.ssbfem.solver.assembly.InterfaceSlot;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;

/**
 * Butler-Volmer between phi_s and c on region a (the CAM) and phi_e on region b (the SE), with
 * bulk diffusion in each field: a nonlinear U(c), {@code i0 ~ sqrt(c (c_max - c))} and unequal
 * transfer coefficients, so that every derivative (phi_s, phi_e, c through U and i0) is exercised.
 * The temperature is raised to make F/RT about 4 per volt: exponentials of the random state's
 * overpotentials (up to about 2 V) then stay moderate while remaining strongly nonlinear.
 */
class ButlerVolmerTaylorTest extends TermTaylorContract {
    private static final double C_MAX = 2.0;

    static ButlerVolmer term() {
        Coefficient ocv = new Coefficient() {
            @Override public double value(double c) { return 0.5 - 0.3 * c + 0.1 * c * c * c; }

            @Override public double derivative(double c) { return -0.3 + 0.3 * c * c; }
        };
        Coefficient i0 = new Coefficient() {
            @Override public double value(double c) { return 3.0 * Math.sqrt(c * (C_MAX - c)); }

            @Override public double derivative(double c) { return 1.5 * (C_MAX - 2 * c) / Math.sqrt(c * (C_MAX - c)); }
        };
        double temperatureK = ButlerVolmer.FARADAY_C_PER_MOL / (4.0 * ButlerVolmer.GAS_CONSTANT_J_PER_MOL_K);
        return new ButlerVolmer(ocv, i0, 0.6, 0.4, temperatureK);
    }

    @Override
    Assembler assembler(Mesh mesh, int degree) {
        FieldLayout layout = FieldLayout.builder()
                .add("phi_s", FunctionSpace.on(mesh, degree, "a"))
                .add("c", FunctionSpace.on(mesh, degree, "a"))
                .add("phi_e", FunctionSpace.on(mesh, degree, "b")).build();
        return Assembler.builder(layout, Constraints.none(layout))
                .cell(Diffusion.constant(1.0), "phi_s")
                .cell(Diffusion.constant(1e-3), "c")
                .cell(Diffusion.constant(2.0), "phi_e")
                .interfaceTerm(term(), "interface", List.of("a"),
                        InterfaceSlot.minus("phi_s"), InterfaceSlot.minus("c"), InterfaceSlot.plus("phi_e"))
                .build();
    }
}
