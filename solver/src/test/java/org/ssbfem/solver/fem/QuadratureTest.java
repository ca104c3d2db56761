package org.ssbfem.solver.fem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule integrates every monomial up to its degree exactly on the reference simplex, with
 * positive weights and interior points. Exact integral of x^a y^b z^c over the unit simplex of
 * dimension d: a! b! c! / (a + b + c + d)!.
 */
class QuadratureTest {
    @ParameterizedTest(name = "dim {0}")
    @CsvSource({"1", "2", "3"})
    void isExactOnMonomialsUpToDegree12(int dim) {
        for (int degree = 0; degree <= 12; degree++) {
            QuadratureRule rule = Quadrature.simplex(dim, degree);
            assertTrue(rule.degree() >= degree);
            checkPositiveInterior(rule);
            for (int a = 0; a <= degree; a++) {
                for (int b = 0; b <= (dim > 1 ? degree - a : 0); b++) {
                    for (int c = 0; c <= (dim > 2 ? degree - a - b : 0); c++) {
                        int[] exps = {a, b, c};
                        double ex = exact(exps, dim);
                        assertEquals(ex, integrate(rule, exps), 1e-13 * ex,
                                "dim " + dim + " degree " + degree + " monomial " + a + "," + b + "," + c);
                    }
                }
            }
        }
    }

    private static void checkPositiveInterior(QuadratureRule rule) {
        for (int q = 0; q < rule.size(); q++) {
            assertTrue(rule.weights()[q] > 0);
            double s = 0;
            for (int k = 0; k < rule.dim(); k++) {
                assertTrue(rule.point(q, k) > 0);
                s += rule.point(q, k);
            }
            assertTrue(s < 1);
        }
    }

    private static double integrate(QuadratureRule rule, int[] exps) {
        double s = 0;
        for (int q = 0; q < rule.size(); q++) {
            double m = rule.weights()[q];
            for (int k = 0; k < rule.dim(); k++) {
                m *= Math.pow(rule.point(q, k), exps[k]);
            }
            s += m;
        }
        return s;
    }

    private static double exact(int[] e, int dim) {
        return fact(e[0]) * fact(e[1]) * fact(e[2]) / fact(e[0] + e[1] + e[2] + dim);
    }

    private static double fact(int n) {
        double f = 1;
        for (int k = 2; k <= n; k++) {
            f *= k;
        }
        return f;
    }
}
