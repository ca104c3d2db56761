package org.ssbfem.mesh.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.InputError;

class TangencyCheckTest {
    private static final Logger LOG = LoggerFactory.getLogger(TangencyCheckTest.class);
    private static final double UM = 1e-6;
    private static final ContactRule RULE = ContactRule.overlap(0.1, 0.05);

    private static Particle cam(double x, double y, double z, double r) {
        return new Particle(x * UM, y * UM, z * UM, r * UM, Phase.CAM);
    }

    /** a-b 1 % apart, c-d overlapping by 3 %, e-f a proper contact (20 %), g 2 % clear of x = Lx. */
    private static ImportedParticles sample() {
        List<Particle> ps = List.of(cam(5, 5, 5, 2), cam(9.02, 5, 5, 2),
                cam(5, 15, 15, 2), cam(8.94, 15, 15, 2),
                cam(15, 5, 15, 2), cam(18.6, 5, 15, 2),
                cam(27.96, 15, 5, 2));
        List<String> labels = List.of("a", "b", "c", "d", "e", "f", "g");
        return new ImportedParticles(new Microstructure(30 * UM, 20 * UM, 20 * UM, 0, ps), labels);
    }

    @Test
    void refuseNamesTheCountAndTheWorstPair() {
        InputError e = assertThrows(InputError.class,
                () -> TangencyCheck.check(sample(), RULE, TangencyCheck.Fix.REFUSE));
        assertTrue(e.getMessage().contains("2 near-tangent particle pairs and 1 particle/face"), e.getMessage());
        assertTrue(e.getMessage().contains("a and b, gap +1.00 %"), e.getMessage());
        assertEquals("a", e.where());
        assertEquals("microstructure.tangency", assertThrows(InputError.class,
                () -> TangencyCheck.Fix.parse("ignore")).where());
    }

    @Test
    void shrinkSeparatesWithoutMovingAnything() {
        ImportedParticles in = sample();
        TangencyCheck.Result r = TangencyCheck.check(in, RULE, TangencyCheck.Fix.SHRINK);
        LOG.info("shrink:\n{}", r.report());
        List<Particle> before = in.microstructure().particles();
        List<Particle> after = r.particles().microstructure().particles();
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i).xM(), after.get(i).xM());
            assertTrue(after.get(i).radiusM() <= before.get(i).radiusM());
        }
        assertEquals(before.get(4), after.get(4));
        assertTrue(TangencyCheck.find(after, r.particles().microstructure(), RULE).isEmpty());
        assertTrue(after.get(0).gap(after.get(1)) >= 0.05 * 1.9 * UM);
        assertEquals(2, r.report().nearPairs());
        assertEquals(1, r.report().nearFaces());
        assertTrue(r.report().fractionChange().get(Phase.CAM) < 0);
    }

    @Test
    void mergeJoinsPairsAndFaces() {
        TangencyCheck.Result r = TangencyCheck.check(sample(), RULE, TangencyCheck.Fix.MERGE);
        LOG.info("merge:\n{}", r.report());
        Microstructure ms = r.particles().microstructure();
        List<Particle> after = ms.particles();
        assertTrue(TangencyCheck.find(after, ms, RULE).isEmpty());
        for (int[] pair : new int[][] {{0, 1}, {2, 3}}) {
            Particle a = after.get(pair[0]);
            Particle b = after.get(pair[1]);
            assertEquals(-0.1 * TangencyCheck.MARGIN, ContactRule.relativeGap(a.radiusM(), b.radiusM(), a.centreDistance(b)), 1e-9);
            assertEquals(2 * UM, a.radiusM());
        }
        assertTrue(BoxFace.HIGH_X.relDistance(after.get(6), ms) < 1 - 0.05);
        assertTrue(r.report().fractionChange().get(Phase.CAM) != 0);
    }

    @Test
    void cleanInputPassesUnchanged() {
        ImportedParticles in = new ImportedParticles(new Microstructure(30 * UM, 20 * UM, 20 * UM, 0,
                List.of(cam(10, 10, 10, 2))), List.of("only"));
        TangencyCheck.Result r = TangencyCheck.check(in, RULE, TangencyCheck.Fix.REFUSE);
        assertSame(in, r.particles());
        assertEquals(0, r.report().nearPairs() + r.report().nearFaces());
    }

    @Test
    void benchFileCanBeMadeMeshable() {
        ImportedParticles in = DemCsvReader.read(DemCsvReaderTest.bench(), 30 * UM, 30 * UM, 30 * UM, 0);
        TangencyCheck.Result r = TangencyCheck.check(in, RULE, TangencyCheck.Fix.SHRINK);
        LOG.info("bench:\n{}", r.report());
        Microstructure ms = r.particles().microstructure();
        assertTrue(TangencyCheck.find(ms.particles(), ms, RULE).isEmpty());
        assertTrue(Math.abs(r.report().fractionChange().getOrDefault(Phase.CAM, 0.0)) < 0.01);
    }
}
