package org.ssbfem.solver.electrochem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssbfem.solver.physics.ButlerVolmer;
import org.ssbfem.solver.physics.CounterElectrodeKinetics;

/**
 * A counter electrode with Butler-Volmer kinetics only shifts the SE potential by its own
 * overpotential: on the planar bilayer under a constant current I through the anode face of
 * area A, the terminal voltage is that of the ideal electrode minus
 * {@code eta_ce = asinh(I / (2 A i0_ce)) / (alpha f)} for alpha_a = alpha_c = alpha, at every
 * time (the rest of the cell sees the same current), to the time-discretization error of the two
 * runs' own adaptive steps (10 uV).
 */
class CounterElectrodeTest {
    private static final double LENGTH_M = 10e-6;

    private static List<Snapshot> run(CounterElectrode ce) throws Exception {
        CellModel model = new CellModel(TestCells.bilayer(2, 8, 1, LENGTH_M), TestCells.nmc(0.3, 0.1), ce, 1);
        CellMonitor monitor = new CellMonitor(model);
        double oneCA = monitor.theoreticalCapacityC() / 3600.0;
        CellProblem problem = new CellProblem(model, oneCA);
        TimeStepper stepper = new TimeStepper(problem, TestCells.direct(), TestCells.steps().withSteps(0.1, 30));
        stepper.start(0.0, model.restState(), 0.0);
        List<Snapshot> out = new ArrayList<>();
        new ProtocolRunner(problem, stepper, monitor, (s, u) -> out.add(s))
                .run(List.of(new ProtocolStep.ConstantCurrent(2 * oneCA, 2.0, 300)));
        return out;
    }

    @Test
    void butlerVolmerCounterElectrodeShiftsTheVoltageByItsOverpotential() throws Exception {
        double i0 = 0.5;
        List<Snapshot> ideal = run(CounterElectrode.idealLithium());
        List<Snapshot> bv = run(new CounterElectrode(new CounterElectrodeKinetics(i0, 0.5, 0.5, 298.15), 0.0));
        Snapshot a = ideal.get(ideal.size() - 1);
        Snapshot b = bv.get(bv.size() - 1);
        assertEquals(a.timeS(), b.timeS(), 1e-9, "both runs end at the protocol's duration");
        double f = ButlerVolmer.FARADAY_C_PER_MOL / (ButlerVolmer.GAS_CONSTANT_J_PER_MOL_K * 298.15);
        double currentDensity = b.currentA() / LENGTH_M;    // 2D: A per metre over an anode edge of LENGTH_M
        double eta = asinh(currentDensity / (2 * i0)) / (0.5 * f);
        assertEquals(a.voltageV() - eta, b.voltageV(), 1e-5,
                "V(BV counter electrode) = V(ideal) - eta_ce, eta_ce = " + eta);
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }
}
