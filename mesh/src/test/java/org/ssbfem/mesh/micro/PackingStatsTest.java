package org.ssbfem.mesh.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackingStatsTest {
    private static final double UM = 1e-6;

    private static Particle cam(double x, double y, double z, double r) {
        return new Particle(x * UM, y * UM, z * UM, r * UM, Phase.CAM);
    }

    @Test
    void countsContactsCoordinationAndCollectorTouches() {
        List<Particle> ps = List.of(
                cam(5, 10, 10, 2), cam(8.6, 10, 10, 2), cam(12.2, 10, 10, 2),  // a chain: 2 contacts (overlap 0.2 r)
                cam(8.6, 13.6, 10, 2),                                         // touches the middle one: 3rd contact
                cam(5, 4, 4, 1.5),                                             // alone, gap to the chain > 0.5 r
                cam(19.5, 15, 15, 1.5));                                       // crosses x = Lx = 20 by 1 um
        Microstructure ms = new Microstructure(20 * UM, 20 * UM, 20 * UM, 0, ps);
        ContactRule rule = ContactRule.overlap(0.1, 0.05);
        PackingStats st = PackingStats.measure(ms, ps, LateralMode.CUT, rule, Map.of(Phase.CAM, 0.1), Map.of());
        assertEquals(3, st.camContacts());
        assertEquals(6.0 / 6, st.camCoordination(), 1e-12);
        assertEquals(1, st.camAtCollector());
        assertEquals(0.2, st.minOverlapRel(), 1e-9);
        assertEquals(0.2, st.maxOverlapRel(), 1e-9);
        assertEquals(0, st.ruleViolations());
        assertEquals(6, st.count().get(Phase.CAM));
        assertTrue(st.toString().contains("requested 0.1000"), st.toString());
    }

    @Test
    void nearTangentPairsAndFacesAreViolations() {
        List<Particle> ps = List.of(cam(5, 10, 10, 2), cam(9.02, 10, 10, 2),  // gap 1 % of r
                cam(14, 10, 10, 2), cam(18.99, 10, 10, 1));                    // near-tangent to x = 20 (1 %)
        Microstructure ms = new Microstructure(20 * UM, 20 * UM, 20 * UM, 0, ps);
        PackingStats st = PackingStats.measure(ms, ps, LateralMode.CUT, ContactRule.overlap(0.1, 0.05),
                Map.of(), Map.of());
        assertEquals(0.01, st.minGapRel(), 1e-9);
        assertEquals(2, st.ruleViolations(), st.toString());
        assertEquals(0, st.camContacts());
    }

    @Test
    void periodicContactsUseTheNearestImage() {
        List<Particle> ps = List.of(cam(10, 0.5, 10, 2), cam(10, 17.3, 10, 2));  // 3.2 um apart through y = 0
        Microstructure ms = new Microstructure(20 * UM, 20 * UM, 20 * UM, 0,
                PeriodicImages.withImages(ps, 20 * UM, 20 * UM));
        PackingStats st = PackingStats.measure(ms, ps, LateralMode.PERIODIC, ContactRule.overlap(0.1, 0.05),
                Map.of(), Map.of());
        assertEquals(1, st.camContacts());
        assertEquals(3, ms.particles().size());  // one image, through y = 0
        double union = 2 * SphereVolumes.sphere(2 * UM) - SphereVolumes.lens(2 * UM, 2 * UM, 3.2 * UM);
        assertEquals(union / ms.boxVolume(), st.box(Phase.CAM), 1e-3 * union / ms.boxVolume());
    }
}
