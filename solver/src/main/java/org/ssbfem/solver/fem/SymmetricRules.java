package org.ssbfem.solver.fem;

import java.util.ArrayList;
import java.util.List;

/**
 * Fully symmetric quadrature rules with positive weights and interior points, fewer points than
 * the conical products of the same degree. Each orbit is a barycentric point with one weight; the
 * rule holds every distinct permutation of it. Values recomputed to 20 digits by solving the
 * moment equations of the orbit structure (residual below 1e-40).
 *
 * <ul>
 *   <li>Triangle, degree 4, 6 points: Dunavant, Int. J. Numer. Methods Eng. 21 (1985), rule 4.</li>
 *   <li>Triangle, degree 5, 7 points: Dunavant (1985) rule 5 (Radon's rule).</li>
 *   <li>Tetrahedron, degree 5, 14 points: Walkington, "Quadrature on simplices of arbitrary
 *       dimension" (2000); Keast (1986) rule 6 family.</li>
 * </ul>
 */
final class SymmetricRules {
    private SymmetricRules() {
    }

    /** The symmetric rule of {@code dim} exact to {@code degree}, or null when none is tabulated. */
    static QuadratureRule of(int dim, int degree) {
        if (dim == 2 && degree == 4) {
            return rule(2, 4, "Dunavant 6-point", new double[][] {
                {0.44594849091596488632, 0.44594849091596488632, 0.11169079483900573285},
                {0.09157621350977074346, 0.09157621350977074346, 0.054975871827660933819}});
        }
        if (dim == 2 && degree == 5) {
            return rule(2, 5, "Dunavant/Radon 7-point", new double[][] {
                {1.0 / 3, 1.0 / 3, 0.1125},
                {0.47014206410511508977, 0.47014206410511508977, 0.066197076394253090369},
                {0.1012865073234563388, 0.1012865073234563388, 0.062969590272413576298}});
        }
        if (dim == 3 && (degree == 4 || degree == 5)) {
            double a3 = 0.045503704125649649492;
            return rule(3, 5, "Walkington/Keast 14-point", new double[][] {
                {0.092735250310891226402, 0.092735250310891226402, 0.092735250310891226402, 0.012248840519393658257},
                {0.3108859192633006098, 0.3108859192633006098, 0.3108859192633006098, 0.0187813209530026418},
                {a3, a3, 0.5 - a3, 0.007091003462846911073}});
        }
        return null;
    }

    /**
     * @param orbits per orbit the first {@code dim} barycentric coordinates (the last one is one
     *               minus their sum), then the weight of each of its points
     */
    private static QuadratureRule rule(int dim, int degree, String name, double[][] orbits) {
        List<double[]> pts = new ArrayList<>();
        List<Double> ws = new ArrayList<>();
        for (double[] o : orbits) {
            double[] bary = new double[dim + 1];
            double last = 1.0;
            for (int k = 0; k < dim; k++) {
                bary[k] = o[k];
                last -= o[k];
            }
            bary[dim] = last;
            for (double[] p : permutations(bary)) {
                pts.add(p);
                ws.add(o[dim]);
            }
        }
        double[] points = new double[pts.size() * dim];
        double[] weights = new double[pts.size()];
        for (int q = 0; q < weights.length; q++) {
            System.arraycopy(pts.get(q), 1, points, q * dim, dim);
            weights[q] = ws.get(q);
        }
        return new QuadratureRule(dim, degree, points, weights, name);
    }

    /** The distinct permutations of {@code b} (values within 1e-14 count as equal). */
    private static List<double[]> permutations(double[] b) {
        List<double[]> out = new ArrayList<>();
        permute(b.clone(), 0, out);
        return out;
    }

    private static void permute(double[] b, int k, List<double[]> out) {
        if (k == b.length) {
            for (double[] p : out) {
                if (same(p, b)) {
                    return;
                }
            }
            out.add(b.clone());
            return;
        }
        for (int i = k; i < b.length; i++) {
            swap(b, k, i);
            permute(b, k + 1, out);
            swap(b, k, i);
        }
    }

    private static boolean same(double[] p, double[] b) {
        for (int i = 0; i < p.length; i++) {
            if (Math.abs(p[i] - b[i]) > 1e-14) {
                return false;
            }
        }
        return true;
    }

    private static void swap(double[] b, int i, int j) {
        double t = b[i];
        b[i] = b[j];
        b[j] = t;
    }
}
