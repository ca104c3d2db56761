package org.ssbfem.solver.electrochem;

import org.ssbfem.solver.nonlinear.Newton;

/**
 * Settings of the time integration (MODEL.md section 5).
 *
 * @param order highest BDF order, 1 or 2 (each protocol step starts with BDF1)
 * @param initialStepS first step of every protocol step, s
 * @param maxStepS largest step, s
 * @param minStepS smallest step before the run gives up, s
 * @param lithiationTolerance allowed local error per step of the lithiation x = c / c_max, in the
 *     root-mean-square over the CAM nodes
 * @param voltageToleranceV how close the located cut-off voltage must be, V
 * @param currentTolerance how close, relative to the limit, a located CV end current must be
 * @param maxRetries failed attempts (Newton failure, lithiation out of range) of one step before
 *     the run gives up
 * @param newton Newton settings, on the scaled residual (fractions of the reference current)
 * @param maxVoltageStepV the terminal voltage should change by about this much per step at most, V
 *     (&gt; 0; infinite: no limit): the next step is no longer than the extrapolated voltage allows
 *     ({@link VoltageStepLimit}; the lithiation error estimate does not see a voltage that falls
 *     steeply while a surface saturates). The voltage jump at the start of a protocol step is exempt.
 */
public record StepOptions(int order, double initialStepS, double maxStepS, double minStepS,
                          double lithiationTolerance, double voltageToleranceV, double currentTolerance,
                          int maxRetries, Newton.Options newton, double maxVoltageStepV) {
    /** Growth of the step per accepted step is at most this (BDF2 is zero-stable below 1 + sqrt 2). */
    public static final double MAX_GROWTH = 2.0;
    /** A rejected step shrinks at least to this fraction. */
    public static final double MIN_SHRINK = 0.2;
    /** Safety factor of the step-size formula. */
    public static final double SAFETY = 0.9;
    /**
     * Default of {@link #maxVoltageStepV()}, V: with alpha_c = 0.5 at 298 K the cathodic
     * exponential changes by a factor of exp(0.39) = 1.5 per step. Measured on the
     * saturating 2D discharge to 3.0 V (SaturationDischargeTest): 0.05 V left 3 failed attempts and
     * 281 Newton iterations, 0.02 V none and 238.
     */
    public static final double DEFAULT_MAX_VOLTAGE_STEP_V = 0.02;

    /** @throws IllegalArgumentException for a value out of range */
    public StepOptions {
        if (order < 1 || order > 2) {
            throw new IllegalArgumentException("BDF order must be 1 or 2: " + order);
        }
        if (!(minStepS > 0 && initialStepS >= minStepS && maxStepS >= initialStepS)) {
            throw new IllegalArgumentException("need 0 < min_step <= initial_step <= max_step: " + minStepS + ", "
                    + initialStepS + ", " + maxStepS);
        }
        if (!(lithiationTolerance > 0 && voltageToleranceV > 0 && currentTolerance > 0) || maxRetries < 1) {
            throw new IllegalArgumentException("tolerances must be positive and retries at least 1");
        }
        if (!(maxVoltageStepV > 0)) {
            throw new IllegalArgumentException("the voltage step limit must be positive: " + maxVoltageStepV);
        }
    }

    /**
     * BDF2, first step 0.1 s, steps 1e-6 .. 100 s, lithiation error 2e-4 per step, cut-off to 1e-5
     * V, CV end to 1e-3 of the limit, 12 retries; Newton to 1e-9 I_ref, 20 iterations; voltage
     * changes of about {@value #DEFAULT_MAX_VOLTAGE_STEP_V} V per step at most.
     */
    public static StepOptions defaults() {
        return new StepOptions(2, 0.1, 100.0, 1e-6, 2e-4, 1e-5, 1e-3, 12, new Newton.Options(1e-9, 1e-12, 20, 10),
                DEFAULT_MAX_VOLTAGE_STEP_V);
    }

    /** These options with other step limits. */
    public StepOptions withSteps(double initialS, double maxS) {
        return new StepOptions(order, initialS, maxS, minStepS, lithiationTolerance, voltageToleranceV,
                currentTolerance, maxRetries, newton, maxVoltageStepV);
    }

    /** These options with another lithiation tolerance. */
    public StepOptions withLithiationTolerance(double tol) {
        return new StepOptions(order, initialStepS, maxStepS, minStepS, tol, voltageToleranceV, currentTolerance,
                maxRetries, newton, maxVoltageStepV);
    }

    /** These options with another BDF order. */
    public StepOptions withOrder(int bdfOrder) {
        return new StepOptions(bdfOrder, initialStepS, maxStepS, minStepS, lithiationTolerance, voltageToleranceV,
                currentTolerance, maxRetries, newton, maxVoltageStepV);
    }

    /** These options with another voltage step limit, V (infinite: none). */
    public StepOptions withMaxVoltageStep(double volts) {
        return new StepOptions(order, initialStepS, maxStepS, minStepS, lithiationTolerance, voltageToleranceV,
                currentTolerance, maxRetries, newton, volts);
    }
}
