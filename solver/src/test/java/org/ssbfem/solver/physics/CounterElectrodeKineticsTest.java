package org.ssbfem.solver.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.assembly.Assembler;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;

/**
 * The counter electrode's Butler-Volmer flux: its Jacobian through {@link BoundaryFlux} passes the
 * Taylor test (the contract), and its values follow the formula with the sign convention of
 * MODEL.md (discharge: phi_e &lt; 0 at the anode, current into the SE, outward flux negative).
 */
class CounterElectrodeKineticsTest extends TermTaylorContract {
    private static final CounterElectrodeKinetics KIN = new CounterElectrodeKinetics(2.0, 0.4, 0.6, 298.15);

    @Override
    Assembler assembler(Mesh mesh, int degree) {
        FieldLayout layout = FieldLayout.of("phi_e", FunctionSpace.everywhere(mesh, degree));
        return Assembler.builder(layout, Constraints.none(layout))
                .boundary(new BoundaryFlux(KIN), "left", "phi_e")
                .boundary(new BoundaryFlux(KIN), "top", "phi_e")
                .build();
    }

    /** Keeps the exponentials moderate: phi_e within +-0.05 V. */
    @Override
    double[] stateRange() { return new double[] {-0.05, 0.05}; }

    @Test
    void signsAndValuesFollowTheFormula() {
        double f = ButlerVolmer.FARADAY_C_PER_MOL / (ButlerVolmer.GAS_CONSTANT_J_PER_MOL_K * 298.15);
        double phi = -0.02;
        double expected = 2.0 * (Math.exp(0.4 * f * 0.02) - Math.exp(-0.6 * f * 0.02));
        assertEquals(expected, KIN.currentDensityAPerM2(phi), 1e-12 * expected);
        assertEquals(-expected, KIN.value(0, 0, 0, 0, phi), 1e-12 * expected);
        assertEquals(0.0, KIN.currentDensityAPerM2(0.0), 0.0);
        double h = 1e-7;
        double fd = (KIN.value(0, 0, 0, 0, phi + h) - KIN.value(0, 0, 0, 0, phi - h)) / (2 * h);
        assertEquals(fd, KIN.derivative(0, 0, 0, 0, phi), 1e-6 * Math.abs(fd));
    }
}
