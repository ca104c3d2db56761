package org.ssbfem.solver.electrochem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.mesh.io.MshReader;
import org.ssbfem.solver.physics.ButlerVolmer;
import org.ssbfem.solver.testutil.GmshCli;

/**
 * A single CAM sphere in a very conductive SE with fast kinetics (MODEL.md section 8, items 2 and
 * 3): the surface lithiation follows the analytic diffusion in a sphere under constant surface
 * flux (Crank eq. 6.44, {@link SphereDiffusion}). The mesh is one octant: a sphere of radius
 * 5 um centred on the corner (8, 0, 0) um of the box [0, 8] x [0, 7] x [0, 7] um, so that its
 * flat faces lie on the collector (x = 8) and the symmetry planes y = 0 and z = 0, where the
 * model's zero-flux conditions are the symmetry conditions of the full sphere; the SE fills the
 * rest, the anode at x = 0. Curved P2 cells (Gmsh order 2), constant D, 1C for 1500 s
 * (tau = D t / a^2 = 0.6), BDF2 at a tight tolerance so that the time error is negligible.
 */
@Tag("slow")
class SingleParticleTest {
    private static final Logger LOG = LoggerFactory.getLogger(SingleParticleTest.class);
    private static final double RADIUS_M = 5e-6;
    private static final double D = 1e-14;
    private static final double X0 = 0.3;
    private static final String OCTANT = """
            SetFactory("OpenCASCADE");
            DefineConstant[ h = 1.0 ];
            Box(1) = {0, 0, 0, 8, 7, 7};
            Sphere(2) = {8, 0, 0, 5};
            BooleanIntersection(3) = { Volume{2}; Delete; }{ Volume{1}; };
            BooleanFragments{ Volume{1}; Delete; }{ Volume{3}; Delete; }
            cam() = Volume In BoundingBox{2.99, -0.01, -0.01, 8.01, 5.01, 5.01};
            se() = Volume{:};
            se() -= cam();
            Physical Volume("se") = {se()};
            Physical Volume("cam") = {cam()};
            Physical Surface("anode") = Surface In BoundingBox{-0.01, -0.01, -0.01, 0.01, 7.01, 7.01};
            Physical Surface("current_collector") = Surface In BoundingBox{7.99, -0.01, -0.01, 8.01, 5.01, 5.01};
            bnd() = Abs(Boundary{ Volume{cam()}; });
            flat() = Surface In BoundingBox{2.99, -0.01, -0.01, 8.01, 0.01, 5.01};
            flat() += Surface In BoundingBox{2.99, -0.01, -0.01, 8.01, 5.01, 0.01};
            flat() += Surface In BoundingBox{7.99, -0.01, -0.01, 8.01, 5.01, 5.01};
            bnd() -= flat();
            Physical Surface("interface") = {bnd()};
            Mesh.MeshSizeMin = h;
            Mesh.MeshSizeMax = h;
            Mesh.HighOrderOptimize = 1;
            """;

    @TempDir
    Path dir;

    @Test
    void surfaceLithiationFollowsDiffusionInASphereUnderConstantFlux() throws Exception {
        assumeTrue(GmshCli.available(), "gmsh is not installed");
        Mesh mesh = MshReader.read(GmshCli.mesh(dir, "octant", OCTANT, 3, 1.0), 1e-6);
        CellParameters fast = fastParticle();
        CellModel model = new CellModel(mesh, fast, 2);
        CellMonitor monitor = new CellMonitor(model);
        double exactVolume = Math.PI * RADIUS_M * RADIUS_M * RADIUS_M / 6;
        assertEquals(exactVolume, monitor.camVolumeM3(), 2e-3 * exactVolume, "curved P2 octant volume");
        double oneCA = monitor.theoreticalCapacityC() / 3600.0;
        double fluxMolPerM2S = oneCA / ButlerVolmer.FARADAY_C_PER_MOL / (Math.PI * RADIUS_M * RADIUS_M / 2);
        CellProblem problem = new CellProblem(model, oneCA);
        StepOptions steps = TestCells.steps().withLithiationTolerance(1e-5).withSteps(0.01, 20.0);
        TimeStepper stepper = new TimeStepper(problem, TestCells.direct(), steps);
        stepper.start(0.0, model.restState(), 0.0);
        List<Snapshot> out = new ArrayList<>();
        new ProtocolRunner(problem, stepper, monitor, (s, u) -> out.add(s))
                .run(List.of(new ProtocolStep.ConstantCurrent(oneCA, 0.5, 1500.0)));
        SphereDiffusion exact = new SphereDiffusion(4000);
        double worstOfX = 0;
        double worstOfRise = 0;
        for (Snapshot s : out.subList(1, out.size())) {
            double xExact = X0 + exact.surfaceRise(fluxMolPerM2S, RADIUS_M, D, s.timeS()) / TestCells.C_MAX;
            double err = Math.abs(s.maxLithiation() - xExact);
            worstOfX = Math.max(worstOfX, err / xExact);
            if (s.timeS() >= 100) {
                worstOfRise = Math.max(worstOfRise, err / (xExact - X0));
            }
            double liError = Math.abs(s.insertedLiMol() * ButlerVolmer.FARADAY_C_PER_MOL - s.chargeC()) / s.chargeC();
            assertTrue(liError < 1e-8, "lithium balance " + liError + " at t = " + s.timeS());
        }
        Snapshot last = out.get(out.size() - 1);
        LOG.info("sphere, P2, {} cells, {} steps: surface lithiation at t = {} s {} (exact {}), worst error {} of x_s,"
                + " {} of the rise after 100 s", mesh.cellCount(), out.size() - 1, last.timeS(), last.maxLithiation(),
                X0 + exact.surfaceRise(fluxMolPerM2S, RADIUS_M, D, last.timeS()) / TestCells.C_MAX, worstOfX,
                worstOfRise);
        assertEquals(1500.0, last.timeS(), 1e-9);
        assertTrue(worstOfX < 0.01, "surface lithiation within 1 %: " + worstOfX);
    }

    /** NMC-like particle with constant D, kinetics 1000 times Chen's and conductivities of 10 S/m (40 times Li6PS5Cl). */
    private static CellParameters fastParticle() {
        ExchangeCurrent i0 = new ExchangeCurrent(1000 * 3.42e-6 / ButlerVolmer.FARADAY_C_PER_MOL, 1000.0,
                TestCells.C_MAX, 0.5, 0.5);
        return new CellParameters(TestCells.C_MAX, X0, 1.0, TestCells.chenOcv(), i0, 0.5, 0.5,
                LithiationFunction.constant(D), LithiationFunction.constant(10.0), 10.0, 1.0, 4800.0, 298.15);
    }
}
