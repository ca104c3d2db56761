package org.ssbfem.solver.linalg;

/**
 * Solves D_r A D_c y = D_r b with another solver and returns x = D_c y ({@link Equilibration}).
 * The inner solver's tolerance applies to the scaled residual; the report gives the residuals of
 * the original system. The inputs are not modified (the scaled matrix is a copy).
 */
final class EquilibratedSolver implements LinearSolver {
    private final LinearSolver inner;

    EquilibratedSolver(LinearSolver inner) {
        this.inner = inner;
    }

    @Override
    public SolveReport solve(SparseMatrix a, double[] b, double[] x) {
        SolveInputs.check(a, b, x);
        long t0 = System.nanoTime();
        Equilibration e = Equilibration.of(a);
        SparseMatrix scaled = e.scale(a);
        double[] bScaled = e.scaleRhs(b);
        double[] y = new double[x.length];
        e.toScaledUnknowns(x, y);
        double setup = KrylovSolver.seconds(t0, System.nanoTime());
        double[] r = new double[x.length];
        double r0 = Vectors.residual(a, b, x, r);
        SolveReport inside;
        try {
            inside = inner.solve(scaled, bScaled, y);
        } catch (SolverException ex) {
            throw new SolverException("equilibrated system: " + ex.getMessage(), ex);
        }
        e.toOriginalUnknowns(y, x);
        double rEnd = Vectors.residual(a, b, x, r);
        return new SolveReport(describe(), inside.iterations(), r0, rEnd, setup + inside.setupSeconds(),
                inside.solveSeconds());
    }

    @Override
    public String describe() {
        return inner.describe() + ", equilibrated";
    }
}
