package org.ssbfem.solver.linalg;

/** Diagonal (Jacobi) preconditioner: z_i = r_i / a_ii. */
final class JacobiPreconditioner implements Preconditioner {
    private final double[] inverseDiagonal;

    /** @throws SolverException when a diagonal entry is zero, missing or not finite */
    JacobiPreconditioner(SparseMatrix a) {
        int n = a.size();
        inverseDiagonal = new double[n];
        for (int i = 0; i < n; i++) {
            double d = a.get(i, i);
            if (d == 0 || !Double.isFinite(d)) {
                throw new SolverException("Jacobi preconditioner: diagonal entry " + i + " is " + d
                        + "; the row has no diagonal coupling. Try ilu0 with solver.linear.equilibrate,"
                        + " or the direct solver, and check the constraints of unknown " + i);
            }
            inverseDiagonal[i] = 1.0 / d;
        }
    }

    @Override
    public void apply(double[] r, double[] z) {
        for (int i = 0; i < r.length; i++) {
            z[i] = r[i] * inverseDiagonal[i];
        }
    }
}
