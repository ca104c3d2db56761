package org.ssbfem.solver.electrochem;

/**
 * The longest next step over which the terminal voltage is expected to change by at most
 * {@code maxDV} ({@link StepOptions#maxVoltageStepV()}), from the last two or three accepted
 * states of the protocol step. Stateless.
 *
 * <p>Why: the local error estimate is on the lithiation only. Where the CAM surface saturates, the
 * lithiation hardly moves while the voltage falls by tenths of a volt per second; a step sized by
 * the lithiation error then asks Newton to find a state a few tenths of a volt away, through
 * overpotentials whose exponentials span orders of magnitude, and Newton fails (each failure
 * costing its full iteration limit before the step is retried at a quarter).
 *
 * <p>Model: the mean rates of the last two intervals, {@code r1} (newest, at the interval's
 * midpoint m1) and {@code r2} (at m2). While the voltage changes ever faster in one direction
 * ({@code |r1| > |r2|}, same sign), the rate is taken to blow up as {@code |dV/dt| = B / (t_c - t)}
 * through both (the voltage collapse of a saturating surface: with i0 ~ (1 - x_s) and
 * {@code 1 - x_s} driven to zero in finite time, {@code eta ~ (RT / alpha_c F) ln(t_c - t)});
 * then {@code |V(t0 + h) - V(t0)| = B ln((t_c - t0) / (t_c - t0 - h))}. A polynomial extrapolation
 * underestimates such a fall several times in the last seconds before t_c. Otherwise (steady or
 * slowing change, or only two states) the rate {@code r1} is held constant.
 */
final class VoltageStepLimit {
    private VoltageStepLimit() {
    }

    /**
     * @param timesS times of the accepted states, s, newest first, all after the protocol step
     *     began (the voltage jump at its start excluded); fewer than 2: no limit
     * @param voltagesV their terminal voltages, V
     * @param maxDV the allowed voltage change, V, &gt; 0 (infinite: no limit)
     * @return the longest step, s, over which the modelled |V(t0 + h) - V(t0)| stays within maxDV;
     *     infinite when the voltage does not change
     */
    static double maxStepS(double[] timesS, double[] voltagesV, double maxDV) {
        if (timesS.length < 2 || !(maxDV < Double.POSITIVE_INFINITY)) {
            return Double.POSITIVE_INFINITY;
        }
        double r1 = Math.abs(voltagesV[0] - voltagesV[1]) / (timesS[0] - timesS[1]);
        if (!(r1 > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        double linear = maxDV / r1;
        if (timesS.length < 3 || (voltagesV[0] - voltagesV[1]) * (voltagesV[1] - voltagesV[2]) <= 0) {
            return linear;
        }
        double r2 = Math.abs(voltagesV[1] - voltagesV[2]) / (timesS[1] - timesS[2]);
        if (!(r1 > r2)) {
            return linear;
        }
        double m1 = (timesS[0] + timesS[1]) / 2;
        double m2 = (timesS[1] + timesS[2]) / 2;
        double tc = (r1 * m1 - r2 * m2) / (r1 - r2);
        double left = tc - timesS[0];
        if (!(left > 0)) {
            return linear;
        }
        double b = r1 * (tc - m1);
        return Math.min(linear, left * -Math.expm1(-maxDV / b));
    }
}
