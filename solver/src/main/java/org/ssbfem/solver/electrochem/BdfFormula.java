package org.ssbfem.solver.electrochem;

/**
 * One step of the variable-step backward differentiation formula of order 1 or 2, written as the
 * assembler's time derivative {@code du/dt(t_(n+1)) = shift (u_(n+1) - h)} with the history
 * {@code h = sum_k w_k u_(n-k)}:
 *
 * <pre>
 *   BDF1: shift = 1 / dt,  h = u_n
 *   BDF2: omega = dt / dt_prev, a0 = (1 + 2 omega) / (1 + omega), shift = a0 / dt,
 *         h = [(1 + omega) u_n - omega^2 / (1 + omega) u_(n-1)] / a0
 * </pre>
 *
 * (Hairer, Norsett, Wanner, Solving ODEs I, section III.5), and the factor that turns the
 * difference between the solution and the polynomial predictor into the local error estimate
 * (Milne's device, {@link #errorFactor}). Immutable (the weights array is not to be modified).
 *
 * @param order 1 or 2
 * @param stepS dt, s
 * @param shiftPerS shift, 1/s
 * @param weights w_0 (of u_n) and, for order 2, w_1 (of u_(n-1))
 */
public record BdfFormula(int order, double stepS, double shiftPerS, double[] weights) {
    /**
     * @param order 1 or 2
     * @param stepS dt &gt; 0
     * @param previousStepS dt_prev (order 2 only), &gt; 0
     */
    public static BdfFormula of(int order, double stepS, double previousStepS) {
        if (!(stepS > 0) || order < 1 || order > 2 || (order == 2 && !(previousStepS > 0))) {
            throw new IllegalArgumentException("BDF" + order + " with dt " + stepS + ", previous " + previousStepS);
        }
        if (order == 1) {
            return new BdfFormula(1, stepS, 1 / stepS, new double[] {1.0});
        }
        double omega = stepS / previousStepS;
        double a0 = (1 + 2 * omega) / (1 + omega);
        return new BdfFormula(2, stepS, a0 / stepS,
                new double[] {(1 + omega) / a0, -omega * omega / (1 + omega) / a0});
    }

    /** {@code h = sum_k w_k states[k]} ({@code states[0] = u_n}) into {@code out}. */
    public void history(double[][] states, double[] out) {
        for (int i = 0; i < out.length; i++) {
            double s = 0;
            for (int k = 0; k < weights.length; k++) {
                s += weights[k] * states[k][i];
            }
            out[i] = s;
        }
    }

    /** The same combination for a scalar history (e.g. the charge passed). */
    public double history(double... values) {
        double s = 0;
        for (int k = 0; k < weights.length; k++) {
            s += weights[k] * values[k];
        }
        return s;
    }

    /**
     * The local error of the step is about {@code errorFactor * (u_(n+1) - u_pred)}, with u_pred the
     * polynomial of degree {@code order} through the last {@code order + 1} accepted states
     * extrapolated to t_(n+1). With the exact solution expanded about t_(n+1): BDF1 commits
     * {@code +dt^2 u''/2} and the linear predictor {@code -u'' dt (dt + H1)/2}; BDF2 commits
     * {@code u''' dt^3 (1 + omega)^2 / (6 omega (1 + 2 omega))} and the quadratic predictor
     * {@code -u''' dt (dt + H1)(dt + H1 + H2)/6} (H1, H2 the previous steps); the factor is the
     * ratio of the first to the difference. For constant steps: 1/3 and 2/11.
     *
     * @param previousSteps H1 (and H2 for order 2), s
     */
    public double errorFactor(double... previousSteps) {
        double h = stepS;
        if (order == 1) {
            return h / (2 * h + previousSteps[0]);
        }
        double omega = h / previousSteps[0];
        double corrector = h * h * h * (1 + omega) * (1 + omega) / (omega * (1 + 2 * omega));
        double predictor = h * (h + previousSteps[0]) * (h + previousSteps[0] + previousSteps[1]);
        return corrector / (corrector + predictor);
    }
}
