package org.ssbfem.solver.linalg;

/**
 * BiCGstab (van der Vorst 1992) with right preconditioning, our own code on primitive arrays
 * (as fast as MTJ's {@code BiCGstab}, see {@code package-info}).
 * Two products with A and two preconditioner applications per iteration, eight work vectors.
 * A breakdown (rho = r0'r = 0 or omega = 0) ends the cycle; {@link KrylovSolver} restarts it from
 * the true residual with a new shadow vector. A breakdown in the first iteration of a cycle is
 * reported as a {@link SolverException}.
 */
final class BiCgStab extends KrylovSolver {
    BiCgStab(LinearSolverOptions options) {
        super(options);
    }

    @Override
    Cycle start(SparseMatrix a, Preconditioner m) {
        int n = a.size();
        double[] shadow = new double[n];
        double[] p = new double[n];
        double[] v = new double[n];
        double[] pHat = new double[n];
        double[] sHat = new double[n];
        double[] t = new double[n];
        return (x, r, rNorm, target, maxIterations) -> {
            System.arraycopy(r, 0, shadow, 0, n);
            java.util.Arrays.fill(p, 0.0);
            java.util.Arrays.fill(v, 0.0);
            double rho = 1;
            double alpha = 1;
            double omega = 1;
            for (int it = 1; it <= maxIterations; it++) {
                double rhoNew = Vectors.dot(shadow, r);
                if (rhoNew == 0) {
                    return restartOrFail(it, "rho = r0'r = 0");
                }
                double beta = (rhoNew / rho) * (alpha / omega);
                rho = rhoNew;
                for (int i = 0; i < n; i++) {
                    p[i] = r[i] + beta * (p[i] - omega * v[i]);
                }
                m.apply(p, pHat);
                a.multiply(pHat, v);
                double sv = Vectors.dot(shadow, v);
                if (sv == 0) {
                    return restartOrFail(it, "r0'v = 0");
                }
                alpha = rho / sv;
                Vectors.axpy(alpha, pHat, x);
                Vectors.axpy(-alpha, v, r);
                if (Vectors.norm(r) <= target) {
                    return it;
                }
                m.apply(r, sHat);
                a.multiply(sHat, t);
                double tt = Vectors.dot(t, t);
                omega = tt == 0 ? 0 : Vectors.dot(t, r) / tt;
                Vectors.axpy(omega, sHat, x);
                Vectors.axpy(-omega, t, r);
                if (Vectors.norm(r) <= target) {
                    return it;
                }
                if (omega == 0) {
                    return restartOrFail(it, "omega = 0");
                }
            }
            return maxIterations;
        };
    }

    /** A breakdown after progress ends the cycle (the caller restarts); in the first iteration it is fatal. */
    private int restartOrFail(int iteration, String what) {
        if (iteration == 1) {
            throw breakdown(iteration, what + " at the start of a cycle; the matrix may be singular");
        }
        return iteration - 1;
    }
}
