package org.ssbfem.mesh.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SphereVolumesTest {
    private static final Box UNIT = new Box(0, 1, 0, 1, 0, 1);

    @Test
    void sphereCutInHalfByAFaceIsHalfASphere() {
        double r = 0.2;
        double half = SphereVolumes.sphere(r) / 2;
        assertEquals(half, SphereVolumes.sphereInBox(0.5, 0.5, 1.0, r, UNIT), 1e-15);
        assertEquals(half, SphereVolumes.sphereInBox(0.0, 0.5, 0.5, r, UNIT), 1e-15);
    }

    @Test
    void sphereInACornerIsAnOctantAndOnAnEdgeAQuarter() {
        double r = 0.3;
        double v = SphereVolumes.sphere(r);
        assertEquals(v / 8, SphereVolumes.sphereInBox(0, 0, 0, r, UNIT), 1e-9 * v);
        assertEquals(v / 8, SphereVolumes.sphereInBox(1, 1, 1, r, UNIT), 1e-9 * v);
        assertEquals(v / 4, SphereVolumes.sphereInBox(0.5, 0, 1, r, UNIT), 1e-9 * v);
        assertEquals(v / 4, SphereVolumes.sphereInBox(1, 0.5, 0, r, UNIT), 1e-9 * v);
    }

    @Test
    void capMatchesClosedForm() {
        double r = 0.25;
        double h = 0.1;
        double cap = Math.PI * h * h * (3 * r - h) / 3;
        assertEquals(SphereVolumes.sphere(r) - cap, SphereVolumes.sphereInBox(0.5, 0.5, 1 - r + h, r, UNIT), 1e-15);
    }

    @Test
    void sliceIntegralAgreesWithCapWhenOnlyOnePlaneCuts() {
        double r = 0.25;
        double exact = SphereVolumes.sphere(r) - SphereVolumes.cap(r, 0.1);
        assertEquals(exact, SphereVolumes.sphereInBox(0.5, 0.5, 0.5, r, new Box(0, 1, 0, 1, 0, 0.65)), 1e-15);
        // a second plane that only grazes the sphere forces the slice integration
        assertEquals(exact, SphereVolumes.sphereInBox(0.5, 0.5, 0.5, r,
                new Box(0, 1, 0.5 - r + 1e-14, 1, 0, 0.65)), 1e-9 * exact);
    }

    @Test
    void lensMatchesTheTwoCapFormula() {
        double r1 = 0.2;
        double r2 = 0.15;
        double d = 0.3;
        double t = (d * d + r1 * r1 - r2 * r2) / (2 * d);
        double expected = SphereVolumes.cap(r1, r1 - t) + SphereVolumes.cap(r2, r2 - (d - t));
        assertEquals(expected, SphereVolumes.lens(r1, r2, d), 1e-15);
        assertEquals(expected, SphereVolumes.lensInBox(new double[] {0.4, 0.5, 0.5}, r1,
                new double[] {0.7, 0.5, 0.5}, r2, UNIT), 1e-15);
        assertEquals(0, SphereVolumes.lens(r1, r2, 0.36));
        assertEquals(SphereVolumes.sphere(r2), SphereVolumes.lens(r1, r2, 0.04), 1e-15);
    }

    @Test
    void lensCutByAFaceIsHalvedBySymmetry() {
        double r = 0.2;
        double full = SphereVolumes.lens(r, r, 0.3);
        double cut = SphereVolumes.lensInBox(new double[] {0.35, 0.5, 1.0}, r, new double[] {0.65, 0.5, 1.0}, r, UNIT);
        assertEquals(full / 2, cut, 2e-3 * full);
    }

    @Test
    void multiPlaneCutsAgreeWithMonteCarlo() {
        SplittableRandom rng = new SplittableRandom(7);
        double r = 0.3;
        double[][] centres = {{0.1, 0.2, 0.05}, {0.95, 0.1, 0.5}, {0.5, 0.99, 0.02}};
        for (double[] c : centres) {
            int hits = 0;
            int n = 2_000_000;
            for (int k = 0; k < n; k++) {
                double x = c[0] + r * (2 * rng.nextDouble() - 1);
                double y = c[1] + r * (2 * rng.nextDouble() - 1);
                double z = c[2] + r * (2 * rng.nextDouble() - 1);
                boolean in = x >= 0 && x <= 1 && y >= 0 && y <= 1 && z >= 0 && z <= 1;
                if (in && sq(x - c[0]) + sq(y - c[1]) + sq(z - c[2]) <= r * r) {
                    hits++;
                }
            }
            double mc = 8 * r * r * r * hits / n;
            double sigma = 8 * r * r * r * Math.sqrt(hits * (1.0 - (double) hits / n)) / n;
            assertEquals(mc, SphereVolumes.sphereInBox(c[0], c[1], c[2], r, UNIT), 4 * sigma);
        }
    }

    private static double sq(double v) { return v * v; }
}
