package org.ssbfem.solver.study.discharge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssbfem.mesh.InputError;
import org.ssbfem.solver.electrochem.ProtocolRunner;
import org.ssbfem.solver.electrochem.Snapshot;
import org.ssbfem.solver.electrochem.TimeStepper;

/**
 * {@link CheckpointFile}: a checkpoint read back equals the one written, every double bit for bit
 * (NaN and infinities included), with and without a cut-off state; a damaged, truncated, foreign
 * or newer file is refused with the file named and the fix, and no temporary file is left.
 */
class CheckpointFileTest {
    @TempDir
    Path dir;

    private static Snapshot snapshot(Random r, int step) {
        return new Snapshot(step, r.nextDouble() * 1e4, 3.6 + r.nextDouble(), r.nextGaussian() * 1e-9,
                r.nextGaussian() * 1e-9, r.nextDouble() * 1e-5, r.nextDouble() * 1e-10, r.nextDouble(), r.nextDouble(),
                r.nextDouble(), r.nextDouble() * 60, 2, r.nextInt(100), r.nextInt(1000));
    }

    private static Checkpoint sample(boolean withCutoff, int states) {
        Random r = new Random(7);
        int n = 1234;
        double[][] u = new double[states][n];
        for (double[] s : u) {
            for (int i = 0; i < n; i++) {
                s[i] = r.nextGaussian() * Math.pow(10, r.nextInt(12) - 6);
            }
        }
        u[0][5] = Double.NaN;
        u[0][6] = Double.NEGATIVE_INFINITY;
        u[0][7] = -0.0;
        double[] t = {120.5, 100.25, 90.0};
        double[] q = {1e-6, 9e-7, 8e-7};
        TreeMap<String, String> sections = new TreeMap<>();
        sections.put("cell", "ab12");
        sections.put("protocol", "cd34");
        sections.put("time", "ef56");
        Fingerprint f = new Fingerprint(sections, 2022, 9209, n, -1234567890123L, 1.5e-3);
        Snapshot last = snapshot(r, 0);
        ProtocolRunner.Position p = new ProtocolRunner.Position(0, true, 0.0, 17.25, last);
        ProtocolRunner.Counters c = new ProtocolRunner.Counters(40, 3, 1, 123, 456);
        TimeStepper.History h = new TimeStepper.History(java.util.Arrays.copyOf(t, states),
                java.util.Arrays.copyOf(q, states), u);
        DischargeRecorder.State rec = new DischargeRecorder.State(41, last, true, 200.0, List.of(0.0, 100.5),
                1e-5, withCutoff ? snapshot(r, 0) : null, withCutoff ? 9e-6 : 0.0, 1e-12, 2e-12, 0.28,
                Double.NEGATIVE_INFINITY);
        return new Checkpoint(f, p, c, h, rec, 12.5);
    }

    @Test
    void roundTripKeepsEveryValue() throws IOException {
        for (boolean withCutoff : new boolean[] {true, false}) {
            Checkpoint c = sample(withCutoff, withCutoff ? 3 : 1);
            Path file = dir.resolve(CheckpointFile.NAME);
            long size = CheckpointFile.write(file, c);
            assertEquals(Files.size(file), size);
            assertTrue(size > 8L * 1234 * c.history().timesS().length, "the states are all there: " + size);
            Checkpoint back = CheckpointFile.read(file);
            assertEquals(c.fingerprint(), back.fingerprint());
            assertEquals(c.position(), back.position());
            assertEquals(c.counters(), back.counters());
            assertEquals(c.recorder(), back.recorder());
            assertEquals(c.wallS(), back.wallS());
            assertArrayEquals(c.history().timesS(), back.history().timesS());
            assertArrayEquals(c.history().chargesC(), back.history().chargesC());
            for (int j = 0; j < c.history().states().length; j++) {
                double[] a = c.history().states()[j];
                double[] b = back.history().states()[j];
                for (int i = 0; i < a.length; i++) {
                    assertEquals(Double.doubleToRawLongBits(a[i]), Double.doubleToRawLongBits(b[i]), "value " + i);
                }
            }
            if (!withCutoff) {
                assertNull(back.recorder().atCutoff());
            }
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(CheckpointFile.NAME), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file left");
        }
    }

    @Test
    void refusesDamagedTruncatedForeignAndNewerFiles() throws IOException {
        Path file = dir.resolve(CheckpointFile.NAME);
        CheckpointFile.write(file, sample(true, 3));
        byte[] good = Files.readAllBytes(file);

        byte[] flipped = good.clone();
        flipped[flipped.length / 2] ^= 0x10;
        Files.write(file, flipped);
        assertRefused(file, "damaged");

        Files.write(file, java.util.Arrays.copyOf(good, good.length - 100));
        assertRefused(file, "damaged");

        Files.writeString(file, "time_s,protocol_step\n0,1\n");
        assertRefused(file, "not an ssbfem checkpoint");

        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.writeBytes("SSBFEMCK");
            out.writeInt(CheckpointFile.VERSION + 1);
        }
        assertRefused(file, "format version " + (CheckpointFile.VERSION + 1));
    }

    private static void assertRefused(Path file, String why) {
        InputError e = assertThrows(InputError.class, () -> CheckpointFile.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains(why)
                && e.getMessage().contains("fix: run without --resume"), e.getMessage());
    }
}
