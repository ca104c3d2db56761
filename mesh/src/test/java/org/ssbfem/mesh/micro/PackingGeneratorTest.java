package org.ssbfem.mesh.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class PackingGeneratorTest {
    private static final Logger LOG = LoggerFactory.getLogger(PackingGeneratorTest.class);
    private static final double UM = 1e-6;
    private static final String CAM_KEY = "microstructure.cam_radius_um";

    static PackingSpec spec(double fraction, double sdUm, ContactRule rule, LateralMode lateral, long seed) {
        return PackingSpec.camOnly(60 * UM, 30 * UM, 30 * UM, 5 * UM, fraction,
                SizeDistribution.lognormal(CAM_KEY, 2.5 * UM, sdUm * UM), rule, lateral, seed);
    }

    private static PackingResult timed(PackingSpec spec, double maxSeconds) {
        long t0 = System.nanoTime();
        PackingResult r = PackingGenerator.generate(spec);
        double s = (System.nanoTime() - t0) * 1e-9;
        LOG.info("packed {} particles in {} s:\n{}", r.particles().size(), String.format("%.2f", s), r.stats());
        assertTrue(s < maxSeconds, "took " + s + " s");
        return r;
    }

    @Test
    void reaches60PercentWithOverlapRule() {
        ContactRule rule = ContactRule.overlap(0.1, 0.05);
        PackingResult r = timed(spec(0.60, 0.5, rule, LateralMode.CUT, 11), 30);
        PackingStats st = r.stats();
        assertTrue(st.count().get(Phase.CAM) >= 100);
        assertEquals(0.60, st.composite(Phase.CAM), 0.01);
        assertEquals(0.60, st.composite(Phase.CAM), PackingGenerator.TOLERANCE + 1e-12);
        assertRuleHolds(r, rule);
        assertNoCamInSeparator(r);
        assertTrue(st.camContacts() > 0 && st.camAtCollector() > 0, st.toString());
    }

    @Test
    void thousandParticlesInSeconds() {
        ContactRule rule = ContactRule.overlap(0.1, 0.05);
        PackingSpec s = PackingSpec.camOnly(70 * UM, 36 * UM, 36 * UM, 5 * UM, 0.6,
                SizeDistribution.lognormal(CAM_KEY, 2.5 * UM, 0.5 * UM), rule, LateralMode.CUT, 8);
        PackingResult r = timed(s, 30);
        assertTrue(r.stats().count().get(Phase.CAM) >= 900, r.stats().toString());
        assertEquals(0.60, r.stats().composite(Phase.CAM), PackingGenerator.TOLERANCE + 1e-12);
        assertRuleHolds(r, rule);
    }

    @Test
    void reaches70PercentWithABroadDistribution() {
        ContactRule rule = ContactRule.overlap(0.1, 0.05);
        PackingResult r = timed(spec(0.70, 1.0, rule, LateralMode.CUT, 5), 30);
        assertEquals(0.70, r.stats().composite(Phase.CAM), 0.01);
        assertTrue(r.stats().count().get(Phase.CAM) >= 100);
        assertRuleHolds(r, rule);
        assertNoCamInSeparator(r);
    }

    @Test
    void gapRuleMakesNoContacts() {
        ContactRule rule = ContactRule.gap(0.05);
        PackingResult r = timed(spec(0.50, 0.5, rule, LateralMode.CUT, 3), 30);
        assertEquals(0.50, r.stats().composite(Phase.CAM), 0.01);
        assertEquals(0, r.stats().camContacts());
        assertRuleHolds(r, rule);
        assertTrue(r.stats().minGapRel() >= 0.05 - 1e-9);
    }

    @Test
    void sameSeedSameParticlesOtherSeedOthers() {
        PackingSpec s = spec(0.45, 0.5, ContactRule.overlap(0.1, 0.05), LateralMode.CUT, 42);
        List<Particle> a = PackingGenerator.generate(s).particles();
        List<Particle> b = PackingGenerator.generate(s).particles();
        List<Particle> c = PackingGenerator.generate(s.withSeed(43)).particles();
        assertEquals(a, b);
        assertTrue(!a.equals(c));
    }

    @Test
    void periodicPackingIsPeriodicAcrossLateralFaces() {
        ContactRule rule = ContactRule.overlap(0.1, 0.05);
        PackingResult r = timed(spec(0.55, 0.5, rule, LateralMode.PERIODIC, 9), 30);
        Microstructure ms = r.microstructure();
        assertEquals(0.55, r.stats().composite(Phase.CAM), 0.01);
        assertRuleHolds(r, rule);
        int crossing = 0;
        for (Particle p : r.particles()) {
            assertTrue(p.yM() >= 0 && p.yM() < ms.lyM() && p.zM() >= 0 && p.zM() < ms.lzM());
            for (int sy = -1; sy <= 1; sy++) {
                for (int sz = -1; sz <= 1; sz++) {
                    double y = p.yM() + sy * ms.lyM();
                    double z = p.zM() + sz * ms.lzM();
                    boolean reaches = y - p.radiusM() < ms.lyM() && y + p.radiusM() > 0
                            && z - p.radiusM() < ms.lzM() && z + p.radiusM() > 0;
                    Particle image = new Particle(p.xM(), y, z, p.radiusM(), p.phase());
                    assertEquals(reaches, ms.particles().contains(image), "image " + sy + "," + sz + " of " + p);
                    crossing += reaches && (sy != 0 || sz != 0) ? 1 : 0;
                }
            }
        }
        assertEquals(r.particles().size() + crossing, ms.particles().size());
        assertTrue(crossing > 10, "images: " + crossing);
        double withImages = PhaseVolumes.of(ms.particles(), Phase.CAM, Box.compositeOf(ms));
        Box slab = new Box(ms.separatorM(), ms.lxM(), -ms.lyM(), 2 * ms.lyM(), -ms.lzM(), 2 * ms.lzM());
        double whole = 0;
        for (Particle p : r.particles()) {
            whole += SphereVolumes.sphereInBox(p.xM(), p.yM(), p.zM(), p.radiusM(), slab);
        }
        double[] lenses = {0};
        Pairs.forEachClose(r.particles(), ms.lyM(), ms.lzM(), true, 0, (i, j, d) -> lenses[0] += SphereVolumes.lens(
                r.particles().get(i).radiusM(), r.particles().get(j).radiusM(), d));
        assertEquals(whole - lenses[0], withImages, 1e-3 * withImages, "images restore what the faces cut off");
    }

    @Test
    void poresAndCarbonKeepTheirOwnFractionsAndGaps() {
        ContactRule rule = ContactRule.overlap(0.1, 0.05);
        PackingSpec s = spec(0.50, 0.5, rule, LateralMode.CUT, 21)
                .withVoid(0.05, SizeDistribution.normal("microstructure.void_radius_um", 1.5 * UM, 0.3 * UM))
                .withCbd(0.05, SizeDistribution.list("microstructure.cbd_radius_um", 1.0 * UM, 1.2 * UM));
        PackingResult r = timed(s, 40);
        for (Phase p : new Phase[] {Phase.CAM, Phase.VOID, Phase.CBD}) {
            assertEquals(s.fraction(p), r.stats().composite(p), 0.01, p.id());
        }
        assertRuleHolds(r, rule);
    }

    /** Every pair and every particle/face position obeys the rule (checked by brute force). */
    static void assertRuleHolds(PackingResult r, ContactRule rule) {
        Microstructure ms = r.microstructure();
        List<Particle> ps = ms.particles();
        for (int i = 0; i < ps.size(); i++) {
            Particle a = ps.get(i);
            for (int j = i + 1; j < ps.size(); j++) {
                Particle b = ps.get(j);
                double rel = ContactRule.relativeGap(a.radiusM(), b.radiusM(), a.centreDistance(b));
                if (rel < 1) {
                    assertTrue(rule.pairAllowed(a.phase(), b.phase(), rel), a + " / " + b + " at " + rel);
                }
            }
            for (BoxFace f : BoxFace.values()) {
                assertTrue(rule.faceAllowed(f.relDistance(a, ms)), a + " near " + f);
            }
        }
        assertEquals(0, r.stats().ruleViolations());
    }

    static void assertNoCamInSeparator(PackingResult r) {
        Microstructure ms = r.microstructure();
        for (Particle p : ms.particles(Phase.CAM)) {
            assertTrue(p.xM() - p.radiusM() >= ms.separatorM() * (1 + 1e-12), p.toString());
        }
    }
}
