package org.ssbfem.mesh.build;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.mesh.gmsh.GmshException;
import org.ssbfem.mesh.gmsh.GmshSession;
import org.ssbfem.mesh.gmsh.OptimizeMethod;

/**
 * Raises a generated mesh to order 2 and untangles it. {@code setOrder(2)} alone leaves inverted
 * curved tetrahedra; Gmsh's HighOrder optimizer fixes them but can fail where particles nearly
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
