package org.ssbfem.solver.electrochem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.FacetGroup;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.physics.ButlerVolmer;
import org.ssbfem.solver.verify.UnitMesh;

/**
 * A 1C discharge to 3.0 V, below the OCV at full lithiation (U(1) = 3.49 V of the Chen 2020 fit),
 * so that it ends by the CAM surface saturating (x -> 1, i0 -> 0): a 2D cell of 12 um, SE with two
 * CAM disks of 3.4 and 2.0 um radius joined to a 1.8 um CAM layer on the collector (the three
 * saturate at different times, as particles of different sizes do), P1 with the default lumped
 * forms ({@code MassMatrix.LUMPED}). The run must reach the cut-off, located to 1e-4 V, every nodal
 * lithiation within [x_0 - 1e-3, 1 + 1e-3], lithium and charge balanced, in at most 100 steps, one
 * failed attempt and 300 Newton iterations. Measured: 91 steps, none failed, 236 Newton
 * iterations, x in [0.299996, 1.0000116]; the code before the lumped forms, the continued
 * exchange current and the voltage step limit took 114 steps with 29 failed attempts and 832
 * Newton iterations, x in [0.2968, 1.0120]. About 2 s.
 */
class SaturationDischargeTest {
    private static final Logger LOG = LoggerFactory.getLogger(SaturationDischargeTest.class);
    private static final double L = 12e-6;
    private static final double CUTOFF_V = 3.0;

    /** The unit square split into SE and CAM (two disks and a layer at x &gt; 0.85), scaled to L. */
    static Mesh particles() {
        Mesh m = UnitMesh.square(24).perturb(0.15, 3).regions(List.of("se", "cam"), c -> cam(c[0], c[1]) ? 1 : 0)
                .build();
        double[] xyz = m.coords().clone();
        for (int i = 0; i < xyz.length; i++) {
            xyz[i] *= L;
        }
        List<FacetGroup> groups = new ArrayList<>();
        m.facetGroups().forEach((name, g) -> groups.add(new FacetGroup(
                "left".equals(name) ? "anode" : "right".equals(name) ? "current_collector" : name, g.type(), g.nodes())));
        return new Mesh(xyz, m.cellType(), m.cells(), m.cellRegions(), m.regionNames(), groups);
    }

    private static boolean cam(double x, double y) {
        return x > 0.85 || inDisk(x, y, 0.6, 0.3, 0.28) || inDisk(x, y, 0.7, 0.78, 0.17);
    }

    private static boolean inDisk(double x, double y, double cx, double cy, double r) {
        return (x - cx) * (x - cx) + (y - cy) * (y - cy) < r * r;
    }

    @Test
    void dischargeBelowTheFullLithiationOcvEndsAtTheCutOff() throws Exception {
        CellParameters p = TestCells.nmc(0.3, 0.1);
        CellModel model = new CellModel(particles(), p, 1);
        CellMonitor monitor = new CellMonitor(model);
        double oneCA = monitor.theoreticalCapacityC() / 3600.0;
        CellProblem problem = new CellProblem(model, oneCA);
        TimeStepper stepper = new TimeStepper(problem, TestCells.direct(), TestCells.steps().withSteps(0.1, 60));
        stepper.start(0.0, model.restState(), 0.0);
        List<Snapshot> out = new ArrayList<>();
        ProtocolRunner runner = new ProtocolRunner(problem, stepper, monitor, (s, u) -> out.add(s));
        runner.run(List.of(new ProtocolStep.ConstantCurrent(oneCA, CUTOFF_V, 7200)));
        ProtocolRunner.Counters n = runner.counters();
        Snapshot last = out.get(out.size() - 1);
        double lo = out.stream().mapToDouble(Snapshot::minLithiation).min().orElseThrow();
        double hi = out.stream().mapToDouble(Snapshot::maxLithiation).max().orElseThrow();
        double worstLi = 0;
        for (Snapshot s : out.subList(1, out.size())) {
            worstLi = Math.max(worstLi, Math.abs(s.insertedLiMol() * ButlerVolmer.FARADAY_C_PER_MOL - s.chargeC())
                    / s.chargeC());
        }
        LOG.info("saturating discharge: t {} s, V {} V, mean x {}, x {} .. {}, {} steps ({} rejected, {} failed),"
                + " {} Newton iterations, Li balance {}", last.timeS(), last.voltageV(), last.meanLithiation(), lo, hi,
                n.accepted(), n.rejected(), n.failed(), n.newtonIterations(), worstLi);
        assertTrue(last.timeS() < 7200, "ended by the cut-off, not by the time limit");
        assertEquals(CUTOFF_V, last.voltageV(), 1e-4, "cut-off located");
        assertTrue(TestCells.chenOcv().value(1.0) > CUTOFF_V + 0.4, "the cut-off lies well below U(x = 1)");
        assertTrue(last.meanLithiation() > 0.6, "a real discharge: mean lithiation " + last.meanLithiation());
        assertTrue(lo >= p.initialLithiation() - 1e-3 && hi <= 1 + 1e-3, "lithiation within bounds: " + lo + " .. " + hi);
        assertTrue(worstLi < 1e-8, "lithium inserted = charge / F: " + worstLi);
        assertTrue(n.accepted() <= 100 && n.failed() <= 1 && n.newtonIterations() <= 300, "steps " + n.accepted()
                + ", failed " + n.failed() + ", Newton " + n.newtonIterations());
    }
}
