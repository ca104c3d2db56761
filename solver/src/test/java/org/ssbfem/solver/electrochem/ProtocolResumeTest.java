package org.ssbfem.solver.electrochem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run continued from a saved {@link ProtocolRunner.Position} (with the stepper's history and
 * the counters) takes exactly the steps of the uninterrupted run, bit for bit with a direct
 * solver: from inside a protocol step (BDF2 history, next step size, the bracket of the cut-off)
 * and from the end of one.
 */
class ProtocolResumeTest {
    private static final List<ProtocolStep> PROTOCOL = List.of(new ProtocolStep.ConstantCurrent(2.0, 3.8, 7200),
            new ProtocolStep.Rest(120));

    /** What a run saw: states, and at each reported position what a checkpoint would hold. */
    private record Saved(ProtocolRunner.Position position, TimeStepper.History history,
                         ProtocolRunner.Counters counters, int states) { }

    private static final class Cell {
        final CellModel model = new CellModel(TestCells.bilayer(2, 8, 1, 10e-6), TestCells.nmc(0.3, 0.1), 1);
        final CellMonitor monitor = new CellMonitor(model);
        final double oneCA = monitor.theoreticalCapacityC() / 3600.0;
        final CellProblem problem = new CellProblem(model, oneCA);
        final TimeStepper stepper = new TimeStepper(problem, TestCells.direct(), TestCells.steps());
        final List<Snapshot> states = new ArrayList<>();
        final List<Saved> saved = new ArrayList<>();
        final ProtocolRunner runner = new ProtocolRunner(problem, stepper, monitor, (s, u) -> states.add(s));

        Cell() {
            runner.onPosition(p -> saved.add(new Saved(p, stepper.history(), runner.counters(), states.size())));
        }

        List<ProtocolStep> protocol() {
            return PROTOCOL.stream().map(s -> s instanceof ProtocolStep.ConstantCurrent cc
                    ? new ProtocolStep.ConstantCurrent(cc.currentA() * oneCA, cc.cutoffV(), cc.maxDurationS()) : s)
                    .toList();
        }
    }

    @Test
    void continuesBitForBitFromInsideAndFromTheEndOfAProtocolStep() throws Exception {
        Cell full = new Cell();
        full.stepper.start(0.0, full.model.restState(), 0.0);
        full.runner.run(full.protocol());
        assertTrue(full.states.size() > 20, "enough steps to cut: " + full.states.size());
        Saved inside = full.saved.stream().filter(s -> s.position().started() && s.history().timesS().length == 3)
                .skip(5).findFirst().orElseThrow();
        Saved boundary = full.saved.stream().filter(s -> !s.position().started() && s.position().protocolStep() == 1)
                .findFirst().orElseThrow();
        for (Saved from : List.of(inside, boundary)) {
            Cell resumed = new Cell();
            resumed.stepper.restore(from.history());
            resumed.runner.restoreCounters(from.counters());
            resumed.runner.resume(resumed.protocol(), from.position());
            List<Snapshot> expected = full.states.subList(from.states(), full.states.size());
            assertEquals(expected, resumed.states, "the same states after the cut at t = "
                    + from.position().last().timeS());
            assertEquals(full.runner.counters(), resumed.runner.counters(), "counters go on from the saved ones");
        }
        ProtocolRunner.Position end = full.saved.get(full.saved.size() - 1).position();
        assertTrue(end.finished(PROTOCOL.size()) && !end.started());
        assertFalse(inside.position().finished(PROTOCOL.size()));
    }
}
