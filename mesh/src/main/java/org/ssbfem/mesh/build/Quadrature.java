package org.ssbfem.mesh.build;

/**
 * Positive-weight quadrature rules on the reference simplices, exact for polynomials of degree 5:
 * Gmsh's reference line [0,1], triangle (0,0),(1,0),(0,1) and tetrahedron
 * (0,0,0),(1,0,0),(0,1,0),(0,0,1). Weights sum to the reference measure (1, 1/2, 1/6).
 *
 * @param points reference coordinates, {@code dim} per point
 * @param weights one weight per point
 * @param dim reference dimension
 */
record Quadrature(double[] points, double[] weights, int dim) {

    /** Number of points. */
    int size() { return weights.length; }

    /** Coordinate {@code d} of point {@code q}. */
    double point(int q, int d) { return points[q * dim + d]; }

    /** 3-point Gauss rule on [0,1] (degree 5). */
    static final Quadrature LINE = line();

    /** 7-point rule on the triangle (degree 5; Strang and Fix). */
    static final Quadrature TRIANGLE = triangle();

    /** 14-point rule on the tetrahedron (degree 5; Walkington, all weights positive). */
    static final Quadrature TETRAHEDRON = tetrahedron();

    /** The rule for reference dimension {@code dim} (1, 2 or 3). */
    static Quadrature forDim(int dim) {
        return switch (dim) {
            case 1 -> LINE;
            case 2 -> TRIANGLE;
            case 3 -> TETRAHEDRON;
            default -> throw new IllegalArgumentException("no quadrature for dimension " + dim);
        };
    }

    private static Quadrature line() {
        double a = Math.sqrt(0.6) / 2;
        return new Quadrature(new double[] {0.5 - a, 0.5, 0.5 + a},
                new double[] {5.0 / 18, 8.0 / 18, 5.0 / 18}, 1);
    }

    private static Quadrature triangle() {
        double s15 = Math.sqrt(15);
        double a = (6 + s15) / 21;
        double b = (6 - s15) / 21;
        double wa = (155 + s15) / 2400;
        double wb = (155 - s15) / 2400;
        double[] pts = {1.0 / 3, 1.0 / 3,
            a, a, 1 - 2 * a, a, a, 1 - 2 * a,
            b, b, 1 - 2 * b, b, b, 1 - 2 * b};
        double[] w = {9.0 / 80, wa, wa, wa, wb, wb, wb};
        return new Quadrature(pts, w, 2);
    }

    private static Quadrature tetrahedron() {
        double a = 0.0927352503108912264023;
        double wa = 0.0122488405193936582572;
        double b = 0.3108859192633006097973;
        double wb = 0.0187813209530026417998;
        double c = 0.0455037041256496494918;
        double d = 0.5 - c;
        double wc = 0.0070910034628469110730;
        double[] pts = new double[14 * 3];
        double[] w = new double[14];
        int q = 0;
        q = addVertexClass(pts, w, q, a, wa);
        q = addVertexClass(pts, w, q, b, wb);
        double[][] edge = {{c, c, d}, {c, d, c}, {d, c, c}, {d, d, c}, {d, c, d}, {c, d, d}};
        for (double[] e : edge) {
            System.arraycopy(e, 0, pts, 3 * q, 3);
            w[q++] = wc;
        }
        return new Quadrature(pts, w, 3);
    }

    /** The four points with three barycentric coordinates equal to {@code a}. */
    private static int addVertexClass(double[] pts, double[] w, int q, double a, double weight) {
        double o = 1 - 3 * a;
        double[][] p = {{a, a, a}, {o, a, a}, {a, o, a}, {a, a, o}};
        for (double[] x : p) {
            System.arraycopy(x, 0, pts, 3 * q, 3);
            w[q++] = weight;
        }
        return q;
    }
}
