package org.ssbfem.mesh.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PhaseVolumesTest {
    private static final double UM = 1e-6;

    @Test
    void twoOverlappingSpheresCountTheirLensOnce() {
        double r = 2 * UM;
        double d = 3.6 * UM;
        List<Particle> ps = List.of(new Particle(5 * UM, 5 * UM, 5 * UM, r, Phase.CAM),
                new Particle(5 * UM + d, 5 * UM, 5 * UM, r, Phase.CAM));
        Box box = new Box(0, 20 * UM, 0, 20 * UM, 0, 20 * UM);
        double expected = 2 * SphereVolumes.sphere(r) - SphereVolumes.lens(r, r, d);
        assertEquals(expected, PhaseVolumes.of(ps, Phase.CAM, box), 1e-12 * expected);
    }

    @Test
    void differentPhasesAreMeasuredApart() {
        List<Particle> ps = List.of(new Particle(5 * UM, 5 * UM, 5 * UM, 1 * UM, Phase.CAM),
                new Particle(10 * UM, 5 * UM, 5 * UM, 2 * UM, Phase.VOID),
                new Particle(0, 0, 0, 1 * UM, Phase.CBD));
        Map<Phase, Double> v = PhaseVolumes.inRegion(ps, new Box(0, 20 * UM, 0, 20 * UM, 0, 20 * UM));
        assertEquals(SphereVolumes.sphere(1 * UM), v.get(Phase.CAM), 1e-30);
        assertEquals(SphereVolumes.sphere(2 * UM), v.get(Phase.VOID), 1e-30);
        assertEquals(SphereVolumes.sphere(1 * UM) / 8, v.get(Phase.CBD), 1e-9 * SphereVolumes.sphere(1 * UM));
    }

    @Test
    void generatedPackingAgreesWithMonteCarlo() {
        PackingSpec spec = PackingGeneratorTest.spec(0.6, 0.5, ContactRule.overlap(0.15, 0.05), LateralMode.CUT, 2);
        Microstructure ms = PackingGenerator.generate(spec).microstructure();
        Box comp = Box.compositeOf(ms);
        double exact = PhaseVolumes.of(ms.particles(), Phase.CAM, comp) / comp.volume();
        CellGrid grid = CellGrid.forParticles(ms.particles());
        SplittableRandom rng = new SplittableRandom(99);
        int n = 1_000_000;
        int hits = 0;
        int[] buf = new int[64];
        for (int k = 0; k < n; k++) {
            double x = comp.x0M() + rng.nextDouble() * (comp.x1M() - comp.x0M());
            double y = rng.nextDouble() * comp.y1M();
            double z = rng.nextDouble() * comp.z1M();
            buf = grid.near(x, y, z, buf);
            for (int m = 0; m < grid.found(); m++) {
                Particle p = ms.particles().get(buf[m]);
                double dx = x - p.xM();
                double dy = y - p.yM();
                double dz = z - p.zM();
                if (dx * dx + dy * dy + dz * dz <= p.radiusM() * p.radiusM()) {
                    hits++;
                    break;
                }
            }
        }
        double mc = (double) hits / n;
        double sigma = Math.sqrt(mc * (1 - mc) / n);
        org.slf4j.LoggerFactory.getLogger(PhaseVolumesTest.class).info(
                "CAM fraction of the composite layer: computed {}, Monte Carlo {} +- {}", exact, mc, sigma);
        assertEquals(mc, exact, 4 * sigma, "exact " + exact + " vs Monte Carlo " + mc + " +- " + sigma);
        assertTrue(4 * sigma < 0.002);
    }
}
