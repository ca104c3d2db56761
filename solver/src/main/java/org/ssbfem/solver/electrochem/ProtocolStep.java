package org.ssbfem.solver.electrochem;

import java.util.Locale;

/**
 * One step of an operating protocol (MODEL.md section 4): what the terminal does and when the
 * step ends. The end condition is a function {@code g} of the state that is positive while the
 * step runs; the step ends where g crosses zero, located to the tolerance of {@link #tolerance},
 * or after {@link #maxDurationS()}.
 */
public sealed interface ProtocolStep {
    /** Puts the problem into this step's terminal mode. */
    void apply(CellProblem problem);

    /** The end condition g (positive while running), in the unit of {@link #tolerance}. */
    double stopFunction(Snapshot s);

    /** How close to zero a located end must be, in g's unit. */
    double tolerance(StepOptions options);

    /** Longest duration, s (infinite for none). */
    double maxDurationS();

    /** One line for logs, e.g. "CC 1.2e-9 A to 3 V". */
    String describe();

    /**
     * Galvanostatic until the voltage crosses {@code cutoffV}: downwards for a discharge
     * ({@code currentA > 0}), upwards for a charge ({@code currentA < 0}).
     *
     * @param currentA applied current, A (positive on discharge), not zero
     * @param cutoffV cut-off voltage, V
     * @param maxDurationS longest duration, s
     */
    record ConstantCurrent(double currentA, double cutoffV, double maxDurationS) implements ProtocolStep {
        public ConstantCurrent {
            if (currentA == 0 || !Double.isFinite(currentA) || !(maxDurationS > 0)) {
                throw new IllegalArgumentException("CC needs a non-zero current and a positive duration");
            }
        }

        @Override public void apply(CellProblem problem) { problem.setCurrent(currentA); }

        @Override
        public double stopFunction(Snapshot s) {
            return currentA > 0 ? s.voltageV() - cutoffV : cutoffV - s.voltageV();
        }

        @Override public double tolerance(StepOptions options) { return options.voltageToleranceV(); }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "CC %s at %.4g A to %.4g V", currentA > 0 ? "discharge" : "charge",
                    Math.abs(currentA), cutoffV);
        }
    }

    /**
     * Potentiostatic until the magnitude of the current falls below {@code minCurrentA}.
     *
     * @param voltageV terminal voltage, V
     * @param minCurrentA end current, A (0: run for the whole duration)
     * @param maxDurationS longest duration, s
     */
    record ConstantVoltage(double voltageV, double minCurrentA, double maxDurationS) implements ProtocolStep {
        public ConstantVoltage {
            if (!Double.isFinite(voltageV) || !(minCurrentA >= 0) || !(maxDurationS > 0)) {
                throw new IllegalArgumentException("CV needs a voltage, a current limit >= 0 and a positive duration");
            }
        }

        @Override public void apply(CellProblem problem) { problem.setVoltage(voltageV); }

        @Override
        public double stopFunction(Snapshot s) {
            return minCurrentA > 0 ? (Math.abs(s.currentA()) - minCurrentA) / minCurrentA : Double.POSITIVE_INFINITY;
        }

        @Override public double tolerance(StepOptions options) { return options.currentTolerance(); }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "CV at %.4g V until |I| < %.4g A", voltageV, minCurrentA);
        }
    }

    /**
     * Open circuit (zero current) for a duration.
     *
     * @param maxDurationS duration, s
     */
    record Rest(double maxDurationS) implements ProtocolStep {
        public Rest {
            if (!(maxDurationS > 0) || Double.isInfinite(maxDurationS)) {
                throw new IllegalArgumentException("rest needs a finite positive duration");
            }
        }

        @Override public void apply(CellProblem problem) { problem.setCurrent(0.0); }

        @Override public double stopFunction(Snapshot s) { return Double.POSITIVE_INFINITY; }

        @Override public double tolerance(StepOptions options) { return 1.0; }

        @Override public String describe() { return String.format(Locale.ROOT, "rest %.4g s", maxDurationS); }
    }
}
