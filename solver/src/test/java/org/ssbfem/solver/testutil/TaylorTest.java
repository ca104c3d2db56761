package org.ssbfem.solver.testutil;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.solver.linalg.SparseMatrix;
import org.ssbfem.solver.nonlinear.NonlinearProblem;

/**
 * The Taylor test of a hand-written Jacobian: the remainder {@code |F(u + e d) - F(u) - e J d|}
 * falls like {@code e^2} when the Jacobian is exact (slope 2 as e halves) and like {@code e} when
 * it is wrong. A linear problem has a remainder at round-off level, which also passes.
 */
public final class TaylorTest {
    private static final Logger LOG = LoggerFactory.getLogger(TaylorTest.class);

    private TaylorTest() {
    }

    /** Random vector with entries in [lo, hi). */
    public static double[] random(int n, double lo, double hi, long seed) {
        Random r = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = lo + (hi - lo) * r.nextDouble();
        }
        return v;
    }

    /**
     * Asserts second-order decay of the remainder along {@code d} from {@code u}, starting at step
     * {@code e0} and halving 6 times; returns the smallest slope measured (or 2 for a linear problem).
     */
    public static double assertSecondOrder(NonlinearProblem p, double[] u, double[] d, double e0) {
        int n = p.size();
        double[] f0 = new double[n];
        double[] jd = new double[n];
        double[] f = new double[n];
        double[] ue = new double[n];
        SparseMatrix j = new SparseMatrix(p.jacobianPattern());
        p.residualAndJacobian(u, f0, j);
        j.multiply(d, jd);
        double jdNorm = norm(jd);
        double[] rem = new double[7];
        double e = e0;
        for (int k = 0; k < rem.length; k++, e /= 2) {
            for (int i = 0; i < n; i++) {
                ue[i] = u[i] + e * d[i];
            }
            p.residual(ue, f);
            double s = 0;
            for (int i = 0; i < n; i++) {
                double r = f[i] - f0[i] - e * jd[i];
                s += r * r;
            }
            rem[k] = Math.sqrt(s);
        }
        return judge(rem, jdNorm * e0, norm(f0));
    }

    private static double judge(double[] rem, double firstOrderSize, double f0Norm) {
        double roundOff = 1e-11 * (firstOrderSize + f0Norm);
        double max = 0;
        for (double r : rem) {
            max = Math.max(max, r);
        }
        if (max <= roundOff) {
            LOG.info("Taylor test: remainder {} at round-off (linear), |e J d| {}", max, firstOrderSize);
            return 2.0;
        }
        double minSlope = Double.MAX_VALUE;
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k + 1 < rem.length; k++) {
            if (rem[k + 1] > 100 * roundOff) {
                double slope = Math.log(rem[k] / rem[k + 1]) / Math.log(2);
                minSlope = Math.min(minSlope, slope);
                sb.append(String.format(" %.3f", slope));
            }
        }
        LOG.info("Taylor test: remainders {} .. {}, slopes{}", rem[0], rem[rem.length - 1], sb);
        assertTrue(minSlope > 1.9, "Taylor slopes" + sb + " (expected 2: the Jacobian is not the derivative)");
        return minSlope;
    }

    static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
