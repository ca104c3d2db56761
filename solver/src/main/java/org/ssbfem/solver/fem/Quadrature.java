package org.ssbfem.solver.fem;

import org.ssbfem.mesh.build.GaussJacobi;

/**
 * Quadrature rules with positive weights and interior points on the reference line, triangle and
 * tetrahedron, exact for polynomials up to any requested degree.
 *
 * <ul>
 *   <li>Degree 1: the centroid rule.</li>
 *   <li>Degree 2: the symmetric 3-point triangle rule (Strang and Fix, An Analysis of the Finite
 *       Element Method, 1973, table 4.1) and 4-point tetrahedron rule (Keast, Comput. Methods Appl.
 *       Mech. Eng. 55, 1986, rule 2; Hammer, Marlowe and Stroud, Math. Comp. 10, 1956).</li>
 *   <li>Degrees 4 and 5: the symmetric rules of {@link SymmetricRules} (6 and 7 triangle points,
 *       14 tetrahedron points instead of 9 and 27 conical ones).</li>
 *   <li>Higher degrees, degree 3, and lines: collapsed conical products of Gauss-Legendre and Gauss-Jacobi
 *       rules (Stroud, Approximate Calculation of Multiple Integrals, 1971, section 2.5; Karniadakis
 *       and Sherwin 2005, section 4.1): with {@code x = s (1-t)(1-u), y = t (1-u), z = u} the
 *       Jacobian is {@code (1-t)(1-u)^2}, absorbed into Gauss-Jacobi weights; {@code n} points per
 *       direction with {@code 2n - 1 >= degree}.</li>
 * </ul>
 * Rules are cached; the returned records are shared and must not be modified.
 */
public final class Quadrature {
    private static final int MAX_DEGREE = 40;
    private static final QuadratureRule[][] CACHE = new QuadratureRule[4][MAX_DEGREE + 1];

    private Quadrature() {
    }

    /**
     * A rule exact to {@code degree} on the reference simplex of dimension {@code dim}.
     *
     * @param dim 1 (line), 2 (triangle) or 3 (tetrahedron)
     * @param degree 0..40
     * @throws IllegalArgumentException outside those ranges
     */
    public static synchronized QuadratureRule simplex(int dim, int degree) {
        if (dim < 1 || dim > 3 || degree < 0 || degree > MAX_DEGREE) {
            throw new IllegalArgumentException("no quadrature for dimension " + dim + " degree " + degree);
        }
        int d = Math.max(degree, 1);
        if (CACHE[dim][d] == null) {
            CACHE[dim][d] = build(dim, d);
        }
        return CACHE[dim][d];
    }

    private static QuadratureRule build(int dim, int degree) {
        if (dim > 1 && degree == 1) {
            return centroid(dim);
        }
        if (dim == 2 && degree == 2) {
            double[] p = {1.0 / 6, 1.0 / 6, 2.0 / 3, 1.0 / 6, 1.0 / 6, 2.0 / 3};
            return new QuadratureRule(2, 2, p, new double[] {1.0 / 6, 1.0 / 6, 1.0 / 6}, "Strang-Fix 3-point");
        }
        if (dim == 3 && degree == 2) {
            return tetrahedron4();
        }
        QuadratureRule symmetric = SymmetricRules.of(dim, degree);
        return symmetric != null ? symmetric : conical(dim, degree);
    }

    private static QuadratureRule centroid(int dim) {
        double[] p = new double[dim];
        java.util.Arrays.fill(p, 1.0 / (dim + 1));
        return new QuadratureRule(dim, 1, p, new double[] {dim == 2 ? 0.5 : 1.0 / 6}, "centroid");
    }

    private static QuadratureRule tetrahedron4() {
        double a = (5 - Math.sqrt(5)) / 20;
        double b = (5 + 3 * Math.sqrt(5)) / 20;
        double[] p = {a, a, a, b, a, a, a, b, a, a, a, b};
        double w = 1.0 / 24;
        return new QuadratureRule(3, 2, p, new double[] {w, w, w, w}, "Keast/Hammer-Marlowe-Stroud 4-point");
    }

    private static QuadratureRule conical(int dim, int degree) {
        int n = (degree + 2) / 2;
        double[][] gs = GaussJacobi.rule(n, 0);
        double[][] gt = dim >= 2 ? GaussJacobi.rule(n, 1) : new double[][] {{0}, {1}};
        double[][] gu = dim == 3 ? GaussJacobi.rule(n, 2) : new double[][] {{0}, {1}};
        int size = gs[0].length * gt[0].length * gu[0].length;
        double[] pts = new double[size * dim];
        double[] w = new double[size];
        int q = 0;
        for (int k = 0; k < gu[0].length; k++) {
            for (int j = 0; j < gt[0].length; j++) {
                for (int i = 0; i < n; i++) {
                    double s = gs[0][i];
                    double t = gt[0][j];
                    double u = gu[0][k];
                    double[] xyz = {s * (1 - t) * (1 - u), t * (1 - u), u};
                    System.arraycopy(xyz, 0, pts, q * dim, dim);
                    w[q++] = gs[1][i] * gt[1][j] * gu[1][k];
                }
            }
        }
        String name = n + "^" + dim + "-point collapsed Gauss-Jacobi (Stroud conical product)";
        return new QuadratureRule(dim, 2 * n - 1, pts, w, name);
    }
}
