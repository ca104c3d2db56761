package org.ssbfem.solver.electrochem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.solver.physics.ButlerVolmer;

/**
 * Protocols on a 2D planar CAM|SE bilayer (10 um, P1): the invariants of MODEL.md hold at every
 * accepted step (lithium inserted = charge / F, interface current = collector current), the
 * signs are right (discharge raises c; V lies below the OCV of the surface lithiation), and the
 * end conditions are located, not overshot.
 */
class ProtocolRunnerTest {
    private static final Logger LOG = LoggerFactory.getLogger(ProtocolRunnerTest.class);

    private record Run(List<Snapshot> snapshots, CellMonitor monitor, double oneCA) { }

    private static Run run(List<ProtocolStep> protocol, double oneC) throws Exception {
        CellModel model = new CellModel(TestCells.bilayer(2, 8, 1, 10e-6), TestCells.nmc(0.3, 0.1), 1);
        CellMonitor monitor = new CellMonitor(model);
        double oneCA = monitor.theoreticalCapacityC() / 3600.0;
        CellProblem problem = new CellProblem(model, oneCA);
        TimeStepper stepper = new TimeStepper(problem, TestCells.direct(), TestCells.steps());
        stepper.start(0.0, model.restState(), 0.0);
        List<Snapshot> out = new ArrayList<>();
        List<ProtocolStep> scaled = protocol.stream().map(s -> scale(s, oneCA)).toList();
        new ProtocolRunner(problem, stepper, monitor, (s, u) -> out.add(s)).run(scaled);
        return new Run(out, monitor, oneCA);
    }

    /** Currents of the protocol are given in C-rates: multiply by the 1C current. */
    private static ProtocolStep scale(ProtocolStep s, double oneCA) {
        if (s instanceof ProtocolStep.ConstantCurrent cc) {
            return new ProtocolStep.ConstantCurrent(cc.currentA() * oneCA, cc.cutoffV(), cc.maxDurationS());
        }
        if (s instanceof ProtocolStep.ConstantVoltage cv) {
            return new ProtocolStep.ConstantVoltage(cv.voltageV(), cv.minCurrentA() * oneCA, cv.maxDurationS());
        }
        return s;
    }

    @Test
    void constantCurrentDischargeConservesLithiumAndChargeAndStopsAtTheCutOff() throws Exception {
        Run r = run(List.of(new ProtocolStep.ConstantCurrent(1.0, 3.6, 7200)), 1.0);
        List<Snapshot> s = r.snapshots();
        LithiationFunction ocv = TestCells.chenOcv();
        double worstLi = 0;
        double worstBalance = 0;
        for (int k = 1; k < s.size(); k++) {
            Snapshot a = s.get(k);
            double li = Math.abs(a.insertedLiMol() * ButlerVolmer.FARADAY_C_PER_MOL - a.chargeC()) / a.chargeC();
            worstLi = Math.max(worstLi, li);
            worstBalance = Math.max(worstBalance, Math.abs(a.interfaceCurrentA() - a.currentA()) / r.oneCA());
            assertEquals(r.oneCA(), a.currentA(), 1e-8 * r.oneCA(), "collector current = applied current");
            assertTrue(a.maxLithiation() > s.get(k - 1).maxLithiation(), "discharge raises the surface lithiation");
            assertTrue(a.meanLithiation() > s.get(k - 1).meanLithiation(), "discharge raises the mean lithiation");
            assertTrue(a.voltageV() < ocv.value(a.maxLithiation()), "V below the OCV of the surface at t = " + a.timeS());
        }
        LOG.info("CC 1C bilayer: {} steps, t_end {} s, V_end {} V, worst Li balance {}, worst charge balance {}",
                s.size() - 1, s.get(s.size() - 1).timeS(), s.get(s.size() - 1).voltageV(), worstLi, worstBalance);
        assertTrue(worstLi < 1e-8, "lithium inserted = charge / F: " + worstLi);
        assertTrue(worstBalance < 1e-8, "interface current = collector current: " + worstBalance);
        Snapshot last = s.get(s.size() - 1);
        assertEquals(3.6, last.voltageV(), 1e-5, "cut-off located");
        assertTrue(s.get(s.size() - 2).voltageV() > 3.6, "not overshot");
        assertEquals(last.chargeC(), r.oneCA() * last.timeS(), 1e-9 * last.chargeC(), "Q = I t at constant current");
    }

    @Test
    void restThenConstantVoltageEndsWhenTheCurrentFallsBelowItsLimit() throws Exception {
        Run r = run(List.of(new ProtocolStep.ConstantCurrent(2.0, 3.8, 7200), new ProtocolStep.Rest(120),
                new ProtocolStep.ConstantVoltage(3.8, 0.05, 36000)), 1.0);
        List<Snapshot> s = r.snapshots();
        Snapshot endCc = s.stream().filter(x -> x.protocolStep() == 0).reduce((a, b) -> b).orElseThrow();
        Snapshot endRest = s.stream().filter(x -> x.protocolStep() == 1).reduce((a, b) -> b).orElseThrow();
        Snapshot last = s.get(s.size() - 1);
        assertEquals(3.8, endCc.voltageV(), 1e-5);
        assertEquals(endCc.timeS() + 120, endRest.timeS(), 1e-9, "rest lasts its duration exactly");
        assertTrue(endRest.voltageV() > 3.8, "the voltage relaxes upwards at rest");
        assertEquals(0.0, endRest.currentA(), 1e-8 * r.oneCA());
        assertEquals(2, last.protocolStep());
        assertEquals(3.8, last.voltageV(), 1e-12, "CV holds the voltage");
        assertEquals(0.05 * r.oneCA(), last.currentA(), 1e-3 * 0.05 * r.oneCA() * 1.01, "CV end current located");
        for (Snapshot a : s) {
            if (a.protocolStep() > 0 && a.chargeC() > 0) {
                double li = Math.abs(a.insertedLiMol() * ButlerVolmer.FARADAY_C_PER_MOL - a.chargeC()) / a.chargeC();
                assertTrue(li < 1e-8, "lithium balance " + li + " at t = " + a.timeS());
            }
        }
    }
}
