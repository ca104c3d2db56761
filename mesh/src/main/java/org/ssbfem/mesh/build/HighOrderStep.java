package org.ssbfem.mesh.build;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.mesh.gmsh.GmshException;
import org.ssbfem.mesh.gmsh.GmshSession;
import org.ssbfem.mesh.gmsh.OptimizeMethod;

/**
 * Raises a generated mesh to order 2 and untangles it. {@code setOrder(2)} alone can leave inverted
 * curved tetrahedra (where a curved face bulges into a thin cell). When none is inverted the mesh is
 * kept as it is. Otherwise, by default, those cells are left to {@link Straightener} (fast: a few
 * cells near particle contacts lose their curvature, and the report counts them). On request
 * ({@link MeshOptions#gmshHighOrderOptimizer()}) Gmsh's HighOrder optimizer fixes them but can fail where particles nearly
 * touch ("Failed to reach critical value ... ScaledJac"). Then: keep its result when every cell
 * has a positive Jacobian; otherwise revert to the straight mesh (a new {@code generate}, which
 * also clears Gmsh's error state that would make later calls silently do nothing), raise the order
 * again and run the elastic-analogy optimizer. Whatever remains inverted is left to
 * {@link Straightener}. Never throws for an optimizer failure; reports it.
 */
final class HighOrderStep {
    private static final Logger LOG = LoggerFactory.getLogger(HighOrderStep.class);

    /**
     * @param mesh the extracted mesh
     * @param status what happened
     * @param message Gmsh's error text of a failed optimizer, empty when none failed
     * @param orderSeconds wall time of setOrder
     * @param optimizeSeconds wall time of the optimizers
     */
    record Outcome(Mesh mesh, HighOrderStatus status, String message, double orderSeconds,
                   double optimizeSeconds) { }

    private HighOrderStep() { }

    /**
     * Applies the step (order 1: just extracts).
     *
     * @param extract extracts the current Gmsh mesh
     */
    static Outcome apply(GmshSession s, int dim, MeshOptions o, Supplier<Mesh> extract) {
        if (o.order() == 1) {
            return new Outcome(extract.get(), HighOrderStatus.NOT_APPLICABLE, "", 0, 0);
        }
        long t0 = System.nanoTime();
        s.mesh().setOrder(2);
        double orderS = seconds(t0);
        if (!o.optimize()) {
            return new Outcome(extract.get(), HighOrderStatus.NOT_OPTIMIZED, "", orderS, 0);
        }
        long t1 = System.nanoTime();
        Mesh curved = extract.get();
        if (MeshChecks.minScaledJacobian(curved) > 0) {
            return new Outcome(curved, HighOrderStatus.VALID_WITHOUT_OPTIMIZATION, "", orderS, seconds(t1));
        }
        if (!o.gmshHighOrderOptimizer()) {
            return new Outcome(curved, HighOrderStatus.STRAIGHTENED, "", orderS, seconds(t1));
        }
        bound(s);
        try {
            s.mesh().optimize(OptimizeMethod.HIGH_ORDER, false, 1);
            return new Outcome(extract.get(), HighOrderStatus.OPTIMIZED, "", orderS, seconds(t1));
        } catch (GmshException e) {
            LOG.warn("Gmsh HighOrder optimization failed: {}", e.gmshMessage());
            Mesh kept = extract.get();
            if (MeshChecks.minScaledJacobian(kept) > 0) {
                return new Outcome(kept, HighOrderStatus.KEPT_AFTER_FAILURE, e.gmshMessage(), orderS, seconds(t1));
            }
            return elastic(s, dim, extract, e.gmshMessage(), orderS, t1);
        }
    }

    /**
     * Bounds the HighOrder optimizer's work. With Gmsh's defaults (6 layers around each bad cell,
     * 25 passes of 100 iterations) it ran for over 10 minutes on a 175-particle packing at
     * 1.2 um; patches of 3 layers and 8 passes of 50 iterations fix the same inverted cells in
     * seconds, and whatever stays inverted goes to the fallbacks.
     */
    private static void bound(GmshSession s) {
        lower(s, "Mesh.HighOrderNumLayers", 3);
        lower(s, "Mesh.HighOrderPassMax", 8);
        lower(s, "Mesh.HighOrderIterMax", 50);
    }

    private static void lower(GmshSession s, String option, double max) {
        s.setNumber(option, Math.min(s.getNumber(option), max));
    }

    private static Outcome elastic(GmshSession s, int dim, Supplier<Mesh> extract, String firstError,
                                   double orderS, long t1) {
        s.mesh().generate(dim);
        s.mesh().setOrder(2);
        String message = "HighOrder: " + firstError;
        try {
            s.mesh().optimize(OptimizeMethod.HIGH_ORDER_ELASTIC, false, 1);
        } catch (GmshException e2) {
            LOG.warn("Gmsh HighOrderElastic optimization failed too: {}", e2.gmshMessage());
            message += "; HighOrderElastic: " + e2.gmshMessage();
        }
        return new Outcome(extract.get(), HighOrderStatus.ELASTIC_FALLBACK, message, orderS, seconds(t1));
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) * 1e-9;
    }
}
