package org.ssbfem.solver.fem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Contract every {@link ReferenceElement} satisfies: nodality, partition of unity, gradients that
 * sum to zero and match finite differences, and nodes inside the reference simplex. A concrete test
 * only names its element.
 */
abstract class ReferenceElementContract {
    /** The element under test. */
    abstract ReferenceElement element();

    private final Random random = new Random(42);

    double[] randomPoint(int dim) {
        double[] xi = new double[dim];
        double left = 1.0;
        for (int k = 0; k < dim; k++) {
            xi[k] = random.nextDouble() * left / 2;
            left -= xi[k];
        }
        return xi;
    }

    @Test
    void isNodal() {
        ReferenceElement e = element();
        double[] v = new double[e.nodeCount()];
        for (int k = 0; k < e.nodeCount(); k++) {
            e.values(e.node(k), v);
            for (int a = 0; a < e.nodeCount(); a++) {
                assertEquals(a == k ? 1.0 : 0.0, v[a], 1e-14, "N_" + a + " at node " + k);
            }
        }
    }

    @Test
    void isPartitionOfUnityWithGradientsSummingToZero() {
        ReferenceElement e = element();
        double[] v = new double[e.nodeCount()];
        double[] g = new double[e.nodeCount() * e.dim()];
        for (int t = 0; t < 20; t++) {
            double[] xi = randomPoint(e.dim());
            e.values(xi, v);
            e.gradients(xi, g);
            double sum = 0;
            for (double x : v) {
                sum += x;
            }
            assertEquals(1.0, sum, 1e-14);
            for (int k = 0; k < e.dim(); k++) {
                double gs = 0;
                for (int a = 0; a < e.nodeCount(); a++) {
                    gs += g[a * e.dim() + k];
                }
                assertEquals(0.0, gs, 1e-13);
            }
        }
    }

    @Test
    void gradientsMatchCentralDifferences() {
        ReferenceElement e = element();
        int n = e.nodeCount();
        double[] g = new double[n * e.dim()];
        double[] vp = new double[n];
        double[] vm = new double[n];
        double h = 1e-6;
        for (int t = 0; t < 10; t++) {
            double[] xi = randomPoint(e.dim());
            e.gradients(xi, g);
            for (int k = 0; k < e.dim(); k++) {
                double[] xp = xi.clone();
                double[] xm = xi.clone();
                xp[k] += h;
                xm[k] -= h;
                e.values(xp, vp);
                e.values(xm, vm);
                for (int a = 0; a < n; a++) {
                    assertEquals((vp[a] - vm[a]) / (2 * h), g[a * e.dim() + k], 1e-8, "dN_" + a + "/dxi_" + k);
                }
            }
        }
    }

    @Test
    void reproducesPolynomialsOfItsDegree() {
        ReferenceElement e = element();
        int n = e.nodeCount();
        double[] nodal = new double[n];
        for (int a = 0; a < n; a++) {
            nodal[a] = polynomial(e.node(a), e.degree());
        }
        double[] v = new double[n];
        for (int t = 0; t < 10; t++) {
            double[] xi = randomPoint(e.dim());
            e.values(xi, v);
            double s = 0;
            for (int a = 0; a < n; a++) {
                s += nodal[a] * v[a];
            }
            assertEquals(polynomial(xi, e.degree()), s, 1e-13);
        }
    }

    /** A full polynomial of the given degree with all coefficients nonzero. */
    private static double polynomial(double[] xi, int degree) {
        double s = 0.3;
        for (int k = 0; k < xi.length; k++) {
            s += (k + 1.5) * xi[k];
            if (degree == 2) {
                for (int j = k; j < xi.length; j++) {
                    s += (0.7 + k - 2 * j) * xi[k] * xi[j];
                }
            }
        }
        return s;
    }
}
