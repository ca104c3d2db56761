package org.ssbfem.solver.verify;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.solver.physics.MassMatrix;

/**
 * The manufactured-solution suite of {@code ssbfem verify}: every {@link MmsCase} at P1 and P2,
 * with measured slopes against theory (L2 ~ h^(p+1), H1 ~ h^p, h = dofs^(-1/dim) on unstructured
 * meshes). A row passes when the L2 slope is at least {@code p + 1 - }{@value #MARGIN_L2} and the
 * H1 slope at least {@code p - }{@value #MARGIN_H1} (the margins of the test suite: coarse
 * perturbed meshes are slightly pre-asymptotic) and neither exceeds theory by more than
 * {@value #MARGIN_ABOVE}, plus the exact analytic rows of
 * {@link AnalyticChecks}.
 */
public final class VerifySuite {
    /** Allowed shortfall of the L2 slope. */
    public static final double MARGIN_L2 = 0.15;
    /** Allowed shortfall of the H1 slope. */
    public static final double MARGIN_H1 = 0.1;
    /** Allowed excess of either slope: much faster than theory means a broken case, not a good one. */
    public static final double MARGIN_ABOVE = 0.5;
    private static final Logger LOG = LoggerFactory.getLogger(VerifySuite.class);

    private VerifySuite() {
    }

    /**
     * The cases, one per physics term, then the lumped forms ({@link MassMatrix#LUMPED}, P1 only)
     * of the transient diffusion and of the coupled transient problem.
     */
    public static List<MmsCase> cases() {
        return List.of(new CoefficientJumpCase(), new NonlinearDiffusionCase(), new ButlerVolmerCase(false),
                new TransientDiffusionCase(MassMatrix.CONSISTENT), new ButlerVolmerCase(true),
                new TransientDiffusionCase(MassMatrix.LUMPED), new ButlerVolmerCase(true, MassMatrix.LUMPED));
    }

    /** Runs every case at P1 and P2, where it supports the degree ({@code quick}: shorter sequences). */
    public static List<VerifyRow> run(boolean quick) {
        List<VerifyRow> rows = new ArrayList<>();
        for (MmsCase c : cases()) {
            for (int p = 1; p <= 2; p++) {
                if (c.supports(p)) {
                    rows.add(row(c, p, quick));
                }
            }
        }
        return rows;
    }

    /** One case at one degree; a failing solve becomes a failed row with its reason. */
    public static VerifyRow row(MmsCase c, int p, boolean quick) {
        long t0 = System.nanoTime();
        List<MmsResult> results = new ArrayList<>();
        try {
            for (int n : c.levels(p, quick)) {
                results.add(c.solve(p, n));
            }
        } catch (RuntimeException e) {
            LOG.warn("verify: {} P{} failed: {}", c.term(), p, e.getMessage());
            return new VerifyRow(c.term(), p, results, Double.NaN, Double.NaN, p + 1, p, false,
                    (System.nanoTime() - t0) * 1e-9, e.getMessage());
        }
        double l2 = slope(results, c.dim(), true);
        double h1 = slope(results, c.dim(), false);
        boolean pass = l2 >= p + 1 - MARGIN_L2 && h1 >= p - MARGIN_H1 && l2 <= p + 1 + MARGIN_ABOVE
                && h1 <= p + MARGIN_ABOVE;
        LOG.info(String.format("verify: %s P%d: L2 slope %.3f (theory %d), H1 slope %.3f (theory %d): %s", c.term(), p,
                l2, p + 1, h1, p, pass ? "pass" : "FAIL"));
        return new VerifyRow(c.term(), p, results, l2, h1, p + 1, p, pass, (System.nanoTime() - t0) * 1e-9, null);
    }

    /** Least-squares slope of log(error) over log(dofs^(-1/dim)). */
    static double slope(List<MmsResult> rs, int dim, boolean l2) {
        int n = rs.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (MmsResult r : rs) {
            double x = Math.log(Math.pow(r.dofs(), -1.0 / dim));
            double y = Math.log(l2 ? r.errorL2() : r.errorH1());
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }
}
