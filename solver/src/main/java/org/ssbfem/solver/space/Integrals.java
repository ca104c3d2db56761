package org.ssbfem.solver.space;

import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.fem.CellGeometry;
import org.ssbfem.solver.fem.FacetPoints;
import org.ssbfem.solver.fem.FacetSides;
import org.ssbfem.solver.fem.LagrangeSimplex;
import org.ssbfem.solver.fem.PointSet;
import org.ssbfem.solver.fem.Quadrature;
import org.ssbfem.solver.fem.Tabulation;

/**
 * Integrals of discrete fields: errors against exact functions (L2 norm, H1 seminorm), integrals
 * over regions and normal fluxes through facet groups. Quadrature of degree
 * {@code 2p + 2 + geometry order} unless given. Inputs are not modified.
 */
public final class Integrals {
    private Integrals() {
    }

    /**
     * {@code ||u_h - u||_L2} over {@code regions} (all of the space's regions when none given), in
     * the field's unit times m^(dim/2).
     *
     * @param dofValues the field's dof values
     * @param exact exact solution, evaluated at t = 0
     * @throws org.ssbfem.mesh.InputError for an unknown region
     */
    public static double errorL2(FunctionSpace space, double[] dofValues, PointFunction exact, String... regions) {
        FieldEvaluator ev = cellEvaluator(space, dofValues);
        double sum = 0;
        for (int c : cellsOf(space, regions)) {
            ev.compute(c);
            for (int q = 0; q < ev.size(); q++) {
                var g = ev.geometry();
                double e = ev.value(q) - exact.value(g.x(q, 0), g.x(q, 1), g.x(q, 2), 0.0);
                sum += e * e * g.weight(q);
            }
        }
        return Math.sqrt(sum);
    }

    /**
     * The H1 seminorm of the error, {@code ||grad(u_h - u)||_L2} over {@code regions} (all when
     * none given), field unit times m^(dim/2 - 1).
     */
    public static double errorH1(FunctionSpace space, double[] dofValues, GradientFunction exact, String... regions) {
        FieldEvaluator ev = cellEvaluator(space, dofValues);
        int dim = space.mesh().dim();
        double[] ge = new double[3];
        double sum = 0;
        for (int c : cellsOf(space, regions)) {
            ev.compute(c);
            var g = ev.geometry();
            for (int q = 0; q < ev.size(); q++) {
                exact.gradient(g.x(q, 0), g.x(q, 1), g.x(q, 2), 0.0, ge);
                for (int d = 0; d < dim; d++) {
                    double e = ev.gradient(q, d) - ge[d];
                    sum += e * e * g.weight(q);
                }
            }
        }
        return Math.sqrt(sum);
    }

    /** {@code int u_h dV} over {@code regions} (all when none given): field unit times m^dim. */
    public static double integral(FunctionSpace space, double[] dofValues, String... regions) {
        FieldEvaluator ev = cellEvaluator(space, dofValues);
        double sum = 0;
        for (int c : cellsOf(space, regions)) {
            ev.compute(c);
            for (int q = 0; q < ev.size(); q++) {
                sum += ev.value(q) * ev.geometry().weight(q);
            }
        }
        return sum;
    }

    /**
     * The integral as a vector: {@code w_i = int phi_i dV} over {@code regions} (all when none
     * given), m^dim, so that {@link #integral} of any dof values u is {@code sum_i w_i u_i} (the same
     * quadrature; equal to rounding). For integrals taken often, e.g. a lithium inventory at every
     * time step: one dot product instead of a pass over the cells.
     *
     * @throws org.ssbfem.mesh.InputError for an unknown region
     */
    public static double[] dofWeights(FunctionSpace space, String... regions) {
        Mesh mesh = space.mesh();
        PointSet points = PointSet.of(Quadrature.simplex(mesh.dim(), 2 * space.degree() + 2 + mesh.order()));
        Tabulation field = Tabulation.of(space.element(), points);
        Tabulation geometryTab = Tabulation.of(LagrangeSimplex.of(mesh.dim(), mesh.order()), points);
        CellGeometry g = new CellGeometry(mesh);
        int n = field.nodes();
        double[] phi = field.values();
        double[] w = new double[space.dofCount()];
        for (int c : cellsOf(space, regions)) {
            g.compute(c, geometryTab, mesh.order() == 1);
            for (int a = 0; a < n; a++) {
                double s = 0;
                for (int q = 0; q < points.size(); q++) {
                    s += phi[q * n + a] * g.weight(q);
                }
                w[space.cellDof(c, a)] += s;
            }
        }
        return w;
    }

    /**
     * {@code int grad u_h . n dA} over the facets of {@code group}, with {@code n} the unit normal
     * pointing out of the space's cell; facets with no cell of the space are skipped, facets with a
     * space cell on both sides use side 0. Multiply by {@code -sigma} for a current (A) in 3D.
     * Unit: field unit times m^(dim-2).
     */
    public static double normalFlux(FunctionSpace space, double[] dofValues, String group) {
        Mesh mesh = space.mesh();
        FacetSides sides = FacetSides.of(mesh, group);
        FacetPoints fp = new FacetPoints(mesh.dim(), 2 * space.degree() + mesh.order());
        java.util.Map<PointSet, FieldEvaluator> evaluators = new java.util.IdentityHashMap<>();
        double sum = 0;
        for (int f = 0; f < sides.count(); f++) {
            for (int s = 0; s < 2; s++) {
                int c = sides.cell(f, s);
                if (c >= 0 && space.hasCell(c)) {
                    PointSet ps = fp.points(sides.localVertices(), sides.localVertexOffset(f, s));
                    sum += facetFlux(evaluators.computeIfAbsent(ps, p -> new FieldEvaluator(space, dofValues, p)), c);
                    break;
                }
            }
        }
        return sum;
    }

    private static double facetFlux(FieldEvaluator ev, int cell) {
        ev.compute(cell);
        var g = ev.geometry();
        double sum = 0;
        for (int q = 0; q < ev.size(); q++) {
            for (int d = 0; d < g.dim(); d++) {
                sum += ev.gradient(q, d) * g.normal(q, d) * g.weight(q);
            }
        }
        return sum;
    }

    private static FieldEvaluator cellEvaluator(FunctionSpace space, double[] dofValues) {
        int degree = 2 * space.degree() + 2 + space.mesh().order();
        return new FieldEvaluator(space, dofValues, PointSet.of(Quadrature.simplex(space.mesh().dim(), degree)));
    }

    private static int[] cellsOf(FunctionSpace space, String... regions) {
        if (regions.length == 0) {
            return space.cells();
        }
        Mesh mesh = space.mesh();
        boolean[] mask = new boolean[mesh.regionNames().size()];
        for (String r : regions) {
            mask[mesh.region(r)] = true;
        }
        return java.util.Arrays.stream(space.cells()).filter(c -> mask[mesh.cellRegions()[c]]).toArray();
    }
}
