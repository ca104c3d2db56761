package org.ssbfem.mesh.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.mesh.gmsh.Gmsh;
import org.ssbfem.mesh.micro.Microstructure;
import org.ssbfem.mesh.micro.Particle;
import org.ssbfem.mesh.micro.Phase;

class HighOrderStepTest {
    private static final Microstructure SPHERE = new Microstructure(12e-6, 12e-6, 12e-6, 0, List.of(
            new Particle(6e-6, 6e-6, 6e-6, 4e-6, Phase.CAM)));
    private static final MeshOptions P2 = MeshOptions.of(3e-6, 1.5e-6, 2).withGmshHighOrderOptimizer(true);

    /** Runs the step on the sphere after {@code prepare} sets Gmsh options. */
    private static HighOrderStep.Outcome run(MeshOptions o, java.util.function.Consumer<org.ssbfem.mesh.gmsh.GmshSession> prepare) {
        return Gmsh.session(s -> {
            OccModel.Built built = OccModel.build(s, SPHERE);
            BoundaryGroups.Groups g = BoundaryGroups.classifyAndAdd(s, SPHERE, built);
            SizeFields.apply(s, o, g, SPHERE);
            prepare.accept(s);
            s.mesh().generate(3);
            return HighOrderStep.apply(s, 3, o, () -> MeshExtractor.extract(s, 3, o.order(), g));
        });
    }

    @Test
    void setOrderAloneLeavesInvertedCellsThatTheOptimizerRemoves() {
        HighOrderStep.Outcome raw = run(P2.withOptimize(false), s -> { });
        HighOrderStep.Outcome optimized = run(P2, s -> { });
        assertEquals(HighOrderStatus.NOT_OPTIMIZED, raw.status());
        assertTrue(MeshChecks.minScaledJacobian(raw.mesh()) <= 0, "setOrder(2) left no inverted cell this time");
        assertEquals(HighOrderStatus.OPTIMIZED, optimized.status());
        assertTrue(MeshChecks.minScaledJacobian(optimized.mesh()) > 0);
        assertTrue(optimized.orderSeconds() > 0 && optimized.optimizeSeconds() > 0);
    }

    @Test
    void aFailingOptimizerFallsBackAndReports() {
        // one iteration of one pass cannot untangle the mesh: Gmsh reports the failure
        HighOrderStep.Outcome out = run(P2, s -> {
            s.setNumber("Mesh.HighOrderIterMax", 1);
            s.setNumber("Mesh.HighOrderPassMax", 1);
            s.setNumber("Mesh.HighOrderNumLayers", 0);
        });
        assertEquals(HighOrderStatus.ELASTIC_FALLBACK, out.status());
        assertTrue(out.message().contains("below critical value"), out.message());
        Mesh m = out.mesh();
        int straightened = Straightener.straightenInverted(m);
        assertTrue(MeshChecks.minScaledJacobian(m) > 0, "after " + straightened + " straightened cells");
    }
}
