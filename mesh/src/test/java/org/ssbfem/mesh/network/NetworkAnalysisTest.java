package org.ssbfem.mesh.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.micro.Phase;
import org.ssbfem.mesh.voxel.PhaseImage;

/** Constructed structures with known answers. */
class NetworkAnalysisTest {
    private static final double H = 1e-6;

    @Test
    void allCamIsOneSpanningCluster() {
        PhaseImage img = Images.of(7, 5, 4, H, (i, j, k) -> PhaseImage.CAM);
        NetworkAnalysis.Result r = NetworkAnalysis.analyse(img, Connectivity.FACE);
        assertEquals(1, r.clusters().count());
        PhaseConnection cam = r.phases().get(Phase.CAM);
        assertEquals(1.0, cam.connectedFraction());
        assertEquals(1.0, cam.spanningFraction());
        assertEquals(0.0, cam.isolatedFraction());
        assertEquals(1.0, r.utilizationBound());
        assertEquals(0, r.interfaces().faces());
    }

    @Test
    void layersAcrossTheThickness() {
        // SE at x < 4 (separator side), CAM at x >= 4: both connected, the whole plane x = 4 active
        PhaseImage img = Images.of(8, 6, 5, H, (i, j, k) -> i < 4 ? PhaseImage.SE : PhaseImage.CAM);
        NetworkAnalysis.Result r = NetworkAnalysis.analyse(img, Connectivity.VERTEX);
        assertEquals(1.0, r.phases().get(Phase.CAM).connectedFraction());
        assertEquals(1.0, r.phases().get(Phase.CAM).deadEndFraction());
        assertEquals(1.0, r.phases().get(Phase.SE).connectedFraction());
        assertEquals(30, r.interfaces().faces());
        assertEquals(30, r.interfaces().activeFaces());
        assertEquals(30 * H * H, r.interfaces().staircaseM2(), 1e-24);
        assertEquals(30 * H * H, r.interfaces().smoothedM2(), 1e-24, "a plane is exact");
        assertEquals(1.0, r.activeCamFraction());
    }

    @Test
    void reversedLayersAreDisconnected() {
        // CAM at the anode side, SE at the collector: neither reaches its terminal
        PhaseImage img = Images.of(8, 4, 4, H, (i, j, k) -> i < 4 ? PhaseImage.CAM : PhaseImage.SE);
        NetworkAnalysis.Result r = NetworkAnalysis.analyse(img, Connectivity.FACE);
        assertEquals(0.0, r.utilizationBound());
        assertEquals(0.0, r.phases().get(Phase.SE).connectedFraction());
        assertEquals(1.0, r.phases().get(Phase.SE).deadEndFraction());
        assertEquals(0, r.interfaces().activeFaces());
    }

    @Test
    void stripesAlongXEachSpan() {
        PhaseImage img = Images.of(10, 6, 1, H, (i, j, k) -> j % 2 == 0 ? PhaseImage.CAM : PhaseImage.SE);
        NetworkAnalysis.Result r = NetworkAnalysis.analyse(img, Connectivity.FACE);
        assertEquals(6, r.clusters().count());
        assertEquals(1.0, r.phases().get(Phase.CAM).spanningFraction());
        assertEquals(1.0, r.phases().get(Phase.SE).spanningFraction());
        assertEquals(5 * 10, r.interfaces().faces(), "2D: faces are pixel edges");
        assertEquals(50 * H, r.interfaces().staircaseM2(), 1e-18);
    }

    @Test
    void checkerboardDependsOnConnectivity() {
        PhaseImage img = Images.of(6, 6, 6, H, (i, j, k) -> (i + j + k) % 2 == 0 ? PhaseImage.CAM : PhaseImage.SE);
        NetworkAnalysis.Result face = NetworkAnalysis.analyse(img, Connectivity.FACE);
        assertEquals(216, face.clusters().count(), "6-connectivity: every voxel alone");
        PhaseConnection cam = face.phases().get(Phase.CAM);
        assertEquals(18.0 / 108, cam.connectedFraction(), 1e-12, "CAM voxels on the x = Lx layer");
        assertEquals(1 - 36.0 / 108, cam.isolatedFraction(), 1e-12);
        NetworkAnalysis.Result edge = NetworkAnalysis.analyse(img, Connectivity.EDGE);
        assertEquals(2, edge.clusters().count(), "18-connectivity: edge neighbours join each colour");
        assertEquals(1.0, edge.utilizationBound());
        NetworkAnalysis.Result vertex = NetworkAnalysis.analyse(img, Connectivity.VERTEX);
        assertEquals(2, vertex.clusters().count());
    }

    @Test
    void isolatedParticle() {
        PhaseImage img = Images.ball(24, 6, 12);
        NetworkAnalysis.Result r = NetworkAnalysis.analyse(img, Connectivity.VERTEX);
        PhaseConnection cam = r.phases().get(Phase.CAM);
        assertEquals(0.0, cam.connectedFraction());
        assertEquals(1.0, cam.isolatedFraction());
        assertEquals(1.0, r.phases().get(Phase.SE).connectedFraction());
        assertEquals(0, r.interfaces().activeFaces());
        assertEquals(0.0, r.activeCamFraction());
        assertEquals(2, r.clusters().count());
    }

    @Test
    void voidSeparatesAndCbdConductsElectrons() {
        // x: SE | VOID | CBD | CAM; the void wall cuts the SE from the rest, CBD links CAM to nothing new
        PhaseImage img = Images.of(8, 3, 3, H, (i, j, k) -> i < 2 ? PhaseImage.SE : i < 4 ? PhaseImage.VOID
                : i < 6 ? PhaseImage.CAM : PhaseImage.CBD);
        NetworkAnalysis.Result r = NetworkAnalysis.analyse(img, Connectivity.FACE);
        assertEquals(2, r.clusters().count());
        assertEquals(1.0, r.phases().get(Phase.CAM).connectedFraction(), "connected through the CBD");
        assertTrue(r.phases().get(Phase.CBD).connectedFraction() == 1.0);
        assertEquals(0, r.interfaces().faces());
    }

    @Test
    void smoothedAreaOfABallIsCloseToTheSphere() {
        double radius = 14;
        NetworkAnalysis.Result r = NetworkAnalysis.analyse(Images.ball(40, radius, 20), Connectivity.FACE);
        double exact = 4 * Math.PI * radius * radius * H * H;
        double stair = r.interfaces().staircaseM2() / exact;
        double smooth = r.interfaces().smoothedM2() / exact;
        assertEquals(1.5, stair, 0.05, "staircase overestimates by ~3/2");
        assertEquals(1.0, smooth, 0.05, "smoothed within 5 % (measured 1.036): " + smooth);
    }
}
