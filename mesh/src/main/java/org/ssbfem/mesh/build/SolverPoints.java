package org.ssbfem.mesh.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference points at which the solver evaluates the geometry of a cell, so that a mesh checked
 * at these points is accepted by the solver (its {@code CellGeometry} refuses a cell whose Jacobian
 * determinant is zero or changes sign at any point it evaluates). The set holds:
 * <ul>
 *   <li>the Lagrange nodes of P2 (vertices and edge midpoints) and the centroid;</li>
 *   <li>the volume rules of {@code org.ssbfem.solver.fem.Quadrature} used for fields of degree 1
 *       and 2 on curved cells: degree 2 (Keast 4-point / Strang-Fix 3-point), degrees 4 and 5 (the
 *       symmetric rules) and the collapsed Gauss-Jacobi products of 2, 3, 4 and 5 points per
 *       direction (degrees 3, 5, 6 to 7, 8 to 9: assembly of P1 on curved cells, mesh measures,
 *       flux and energy evaluators);</li>
 *   <li>the same facet rules (one dimension lower, degrees 1 to 9) on every facet in every vertex
 *       arrangement, as the solver places facet points by the facet's own vertex order.</li>
 * </ul>
 * The lists mirror the solver's rules; a new rule there needs its points here. Immutable.
 */
final class SolverPoints {
    private static final double[] KEAST = {(5 - Math.sqrt(5)) / 20, (5 + 3 * Math.sqrt(5)) / 20};
    private static final double[][] DUNAVANT_TRI = {
        {0.44594849091596488632, 0.44594849091596488632},
        {0.09157621350977074346, 0.09157621350977074346},
        {0.47014206410511508977, 0.47014206410511508977},
        {0.1012865073234563388, 0.1012865073234563388}};
    private static final double[][] WALKINGTON_TET = {
        {0.092735250310891226402, 0.092735250310891226402, 0.092735250310891226402},
        {0.3108859192633006098, 0.3108859192633006098, 0.3108859192633006098},
        {0.045503704125649649492, 0.045503704125649649492, 0.5 - 0.045503704125649649492}};
    private static final int MAX_CONICAL_POINTS = 5;
    private static final SolverPoints[] CACHE = {null, null, of(2), of(3)};

    private final int dim;
    private final double[] points;

    private SolverPoints(int dim, double[] points) {
        this.dim = dim;
        this.points = points;
    }

    /** The points for cells of dimension {@code dim} (2 or 3). */
    static SolverPoints forDim(int dim) {
        if (dim < 2 || dim > 3) {
            throw new IllegalArgumentException("cells must be triangles or tetrahedra, got dimension " + dim);
        }
        return CACHE[dim];
    }

    /** Number of points. */
    int size() { return points.length / dim; }

    /** Reference coordinates of point {@code q} (a new array of {@code dim} values). */
    double[] point(int q) {
        return java.util.Arrays.copyOfRange(points, q * dim, (q + 1) * dim);
    }

    private static SolverPoints of(int dim) {
        Map<String, double[]> set = new LinkedHashMap<>();
        for (double[] b : cellBarycentrics(dim)) {
            add(set, b);
        }
        for (double[] facet : simplexBarycentrics(dim - 1)) {
            double[] b = java.util.Arrays.copyOf(facet, dim + 1);
            for (double[] p : permutations(b)) {
                add(set, p);
            }
        }
        double[] pts = new double[set.size() * dim];
        int q = 0;
        for (double[] b : set.values()) {
            System.arraycopy(b, 1, pts, q++ * dim, dim);
        }
        return new SolverPoints(dim, pts);
    }

    /** Nodes, centroid and volume rules of a cell, as barycentric (dim + 1)-vectors. */
    private static List<double[]> cellBarycentrics(int dim) {
        List<double[]> out = new ArrayList<>();
        double[] vertex = new double[dim + 1];
        vertex[0] = 1;
        double[] mid = new double[dim + 1];
        mid[0] = 0.5;
        mid[1] = 0.5;
        out.addAll(permutations(vertex));
        out.addAll(permutations(mid));
        out.addAll(simplexBarycentrics(dim));
        return out;
    }

    /**
     * The points of the solver's rules on the simplex of dimension {@code d} (1, 2 or 3) in its own
     * orientation: symmetric rules (all their permutations) and the conical products.
     */
    private static List<double[]> simplexBarycentrics(int d) {
        List<double[]> out = new ArrayList<>();
        double[] centroid = new double[d + 1];
        java.util.Arrays.fill(centroid, 1.0 / (d + 1));
        out.add(centroid);
        if (d == 2) {
            out.addAll(permutations(new double[] {1.0 / 6, 1.0 / 6, 2.0 / 3}));
            for (double[] o : DUNAVANT_TRI) {
                out.addAll(permutations(new double[] {o[0], o[1], 1 - o[0] - o[1]}));
            }
        } else if (d == 3) {
            out.addAll(permutations(new double[] {KEAST[0], KEAST[0], KEAST[0], KEAST[1]}));
            for (double[] o : WALKINGTON_TET) {
                out.addAll(permutations(new double[] {o[0], o[1], o[2], 1 - o[0] - o[1] - o[2]}));
            }
        }
        for (int n = 1; n <= MAX_CONICAL_POINTS; n++) {
            out.addAll(conical(d, n));
        }
        return out;
    }

    /** The collapsed Gauss-Jacobi product with {@code n} points per direction (the solver's map). */
    private static List<double[]> conical(int d, int n) {
        double[] s = GaussJacobi.rule(n, 0)[0];
        double[] t = d >= 2 ? GaussJacobi.rule(n, 1)[0] : new double[] {0};
        double[] u = d == 3 ? GaussJacobi.rule(n, 2)[0] : new double[] {0};
        List<double[]> out = new ArrayList<>();
        for (double uk : u) {
            for (double tj : t) {
                for (double si : s) {
                    double[] xyz = {si * (1 - tj) * (1 - uk), tj * (1 - uk), uk};
                    double[] b = new double[d + 1];
                    b[0] = 1;
                    for (int k = 0; k < d; k++) {
                        b[k + 1] = xyz[k];
                        b[0] -= xyz[k];
                    }
                    out.add(b);
                }
            }
        }
        return out;
    }

    /** All orderings of {@code b} (duplicates removed later). */
    private static List<double[]> permutations(double[] b) {
        List<double[]> out = new ArrayList<>();
        permute(b.clone(), 0, out);
        return out;
    }

    private static void permute(double[] b, int k, List<double[]> out) {
        if (k == b.length) {
            out.add(b.clone());
            return;
        }
        for (int i = k; i < b.length; i++) {
            double t = b[k];
            b[k] = b[i];
            b[i] = t;
            permute(b, k + 1, out);
            b[i] = b[k];
            b[k] = t;
        }
    }

    private static void add(Map<String, double[]> set, double[] b) {
        StringBuilder key = new StringBuilder();
        for (double v : b) {
            key.append(Math.round(v * 1e12)).append(',');
        }
        set.putIfAbsent(key.toString(), b);
    }
}
