package org.ssbfem.solver.study.discharge;

import org.ssbfem.solver.electrochem.ProtocolRunner;
import org.ssbfem.solver.electrochem.TimeStepper;

/**
 * Everything a discharge run needs to continue after an interruption as if it had not stopped:
 * written after accepted steps by {@link Checkpointer}, stored by {@link CheckpointFile}.
 *
 * @param fingerprint the case and mesh it belongs to
 * @param position protocol step, when it began, the next step size and the last accepted state
 * @param counters the runner's counters up to that state
 * @param history the time stepper's accepted states (the BDF2 history) and charges
 * @param recorder what the outputs have accumulated (curve rows, field times, energy, extremes)
 * @param wallS wall time of the discharge so far, s (summed over the run and its resumptions)
 */
record Checkpoint(Fingerprint fingerprint, ProtocolRunner.Position position, ProtocolRunner.Counters counters,
                  TimeStepper.History history, DischargeRecorder.State recorder, double wallS) {
}
