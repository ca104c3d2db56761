package org.ssbfem.mesh.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.ssbfem.mesh.InputError;

class PackingSpecTest {
    private static final double UM = 1e-6;
    private static final String KEY = "microstructure.cam_radius_um";
    private static final SizeDistribution DIST = SizeDistribution.lognormal(KEY, 2.5 * UM, 0.5 * UM);
    private static final ContactRule RULE = ContactRule.overlap(0.1, 0.05);

    private static InputError refused(String key, Executable e) {
        InputError err = assertThrows(InputError.class, e);
        assertEquals(key, err.where(), err.getMessage());
        assertTrue(!err.fix().isEmpty(), err.getMessage());
        return err;
    }

    private static PackingSpec spec(double lx, double ly, double lz, double sep, double f, SizeDistribution d,
                                    ContactRule rule, LateralMode lateral) {
        return PackingSpec.camOnly(lx * UM, ly * UM, lz * UM, sep * UM, f, d, rule, lateral, 1);
    }

    @Test
    void everyFieldIsValidatedWithItsCaseKey() {
        refused("microstructure.box_um", () -> spec(0, 30, 30, 5, 0.6, DIST, RULE, LateralMode.CUT));
        refused("microstructure.box_um", () -> spec(60, -1, 30, 5, 0.6, DIST, RULE, LateralMode.CUT));
        refused("microstructure.separator_um", () -> spec(60, 30, 30, 60, 0.6, DIST, RULE, LateralMode.CUT));
        refused("microstructure.separator_um", () -> spec(60, 30, 30, -1, 0.6, DIST, RULE, LateralMode.CUT));
        refused("microstructure.cam_volume_fraction", () -> spec(60, 30, 30, 5, 1.2, DIST, RULE, LateralMode.CUT));
        refused("microstructure.cam_volume_fraction", () -> spec(60, 30, 30, 5, 0, DIST, RULE, LateralMode.CUT));
        PackingSpec ok = spec(60, 30, 30, 5, 0.5, DIST, RULE, LateralMode.CUT);
        refused("microstructure.void_volume_fraction", () -> ok.withVoid(-0.1, DIST));
        refused("microstructure.cbd_volume_fraction", () -> ok.withCbd(1.5, DIST));
        refused("microstructure.void_radius_um", () -> ok.withVoid(0.1, null));
        refused("microstructure.cam_volume_fraction", () -> ok.withVoid(0.3, DIST).withCbd(0.25, DIST));
        refused("microstructure.lateral", () -> spec(60, 30, 30, 5, 0.5, DIST, RULE, null));
    }

    @Test
    void distributionsAndRulesNameTheirKeys() {
        refused(KEY + ".mean", () -> SizeDistribution.lognormal(KEY, -1 * UM, 0.5 * UM));
        refused(KEY + ".sd", () -> SizeDistribution.normal(KEY, 2 * UM, -0.5 * UM));
        refused(KEY + ".min", () -> SizeDistribution.normal(KEY, 2 * UM, 0.5 * UM, 0, 3 * UM));
        refused(KEY + ".max", () -> SizeDistribution.normal(KEY, 2 * UM, 0.5 * UM, 1 * UM, 0.5 * UM));
        refused(KEY + ".mean", () -> SizeDistribution.normal(KEY, 5 * UM, 0.5 * UM, 1 * UM, 3 * UM));
        refused(KEY + ".list", () -> SizeDistribution.list(KEY));
        refused(KEY + ".list", () -> SizeDistribution.list(KEY, 1 * UM, 0));
        refused("microstructure.contact.mode", () -> ContactRule.Mode.parse("touching"));
        refused("microstructure.contact.min_gap", () -> ContactRule.gap(0.001));
        refused("microstructure.contact.min_overlap", () -> ContactRule.overlap(0.9, 0.05));
        refused("microstructure.lateral", () -> LateralMode.parse("mirror"));
        assertEquals(ContactRule.Mode.OVERLAP, ContactRule.Mode.parse(" Overlap "));
        assertEquals(LateralMode.PERIODIC, LateralMode.parse("periodic"));
    }

    @Test
    void unreachableFractionIsRefusedWithTheReason() {
        SizeDistribution mono = SizeDistribution.list(KEY, 2 * UM);
        InputError e = refused("microstructure.cam_volume_fraction",
                () -> spec(60, 30, 30, 5, 0.75, mono, ContactRule.gap(0.05), LateralMode.CUT));
        assertTrue(e.getMessage().contains("0.7405"), e.getMessage());
    }

    @Test
    void particlesLargerThanTheBoxAreRefused() {
        SizeDistribution big = SizeDistribution.normal(KEY, 10 * UM, 1 * UM);
        InputError e = refused(KEY + ".max", () -> spec(60, 30, 30, 40, 0.5, big, RULE, LateralMode.CUT));
        assertTrue(e.getMessage().contains("do not fit"), e.getMessage());
        refused(KEY + ".max", () -> spec(200, 25, 25, 5, 0.5, big, RULE, LateralMode.CUT));
        refused(KEY + ".max", () -> spec(200, 50, 50, 5, 0.5, big, RULE, LateralMode.PERIODIC));
    }

    @Test
    void aPackingTheAlgorithmCannotReachFailsWithTheClosestState() {
        SizeDistribution mono = SizeDistribution.list(KEY, 2 * UM);
        PackingSpec s = spec(24, 16, 16, 2, 0.66, mono, ContactRule.gap(0.05), LateralMode.PERIODIC);
        InputError e = refused("microstructure.cam_volume_fraction", () -> PackingGenerator.generate(s));
        assertTrue(e.getMessage().contains("still overlap") || e.getMessage().contains("could not be met"),
                e.getMessage());
    }

    @Test
    void lognormalSamplesHaveTheRequestedMoments() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(3);
        SizeDistribution d = SizeDistribution.lognormal(KEY, 3 * UM, 0.6 * UM, 0.1 * UM, 100 * UM);
        double sum = 0;
        double sum2 = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double r = d.sample(rng);
            sum += r;
            sum2 += r * r;
        }
        double mean = sum / n;
        assertEquals(3 * UM, mean, 0.01 * UM);
        assertEquals(0.6 * UM, Math.sqrt(sum2 / n - mean * mean), 0.01 * UM);
    }
}
