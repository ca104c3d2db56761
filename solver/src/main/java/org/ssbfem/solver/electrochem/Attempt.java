package org.ssbfem.solver.electrochem;

import org.ssbfem.solver.nonlinear.NewtonReport;

/**
 * One implicit step tried from the accepted history, not yet accepted.
 *
 * @param timeS time it reaches, s
 * @param formula the BDF formula used
 * @param u the solution, SI reduced unknowns (the last Newton iterate when not converged)
 * @param newton Newton's report
 * @param errorNorm local lithiation error over its tolerance (accept when &lt;= 1), or NaN when
 *     there was no predictor to estimate it with (first step after a start)
 * @param rangeProblem null, or why the solution is outside the valid lithiation range
 * @param collectorCurrentA the net current through the collector at {@code u}, A
 */
public record Attempt(double timeS, BdfFormula formula, double[] u, NewtonReport newton, double errorNorm,
                      String rangeProblem, double collectorCurrentA) {
    /** Newton converged and the lithiation stayed in range. */
    public boolean solved() { return newton.converged() && rangeProblem == null; }

    /** Solved and within the error tolerance (or without an estimate). */
    public boolean acceptable() { return solved() && !(errorNorm > 1); }

    /** The step size, s. */
    public double stepS() { return formula.stepS(); }
}
