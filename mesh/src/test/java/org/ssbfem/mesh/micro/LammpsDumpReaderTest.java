package org.ssbfem.mesh.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssbfem.mesh.InputError;

class LammpsDumpReaderTest {
    private static final double UM = 1e-6;
    private static final Map<Integer, Phase> TYPES = Map.of(1, Phase.CAM, 2, Phase.CBD);

    @TempDir
    Path dir;

    /** Two snapshots in micrometres, box [-5, 25] x [0, 30] x [0, 30] periodic in y, columns shuffled. */
    private static String dump(String secondAtoms) {
        return """
                ITEM: TIMESTEP
                100
                ITEM: NUMBER OF ATOMS
                2
                ITEM: BOX BOUNDS ff pp pp
                -5 25
                0 30
                0 30
                ITEM: ATOMS id x radius type z y
                1 0 3 1 10 10
                2 10 1 2 20 20
                ITEM: TIMESTEP
                200
                ITEM: NUMBER OF ATOMS
                2
                ITEM: BOX BOUNDS ff pp pp
                -5 25
                0 30
                0 30
                ITEM: ATOMS id x radius type z y
                """ + secondAtoms;
    }

    private Path write(String content) throws IOException {
        Path f = dir.resolve("run.dump");
        Files.writeString(f, content);
        return f;
    }

    @Test
    void readsTheLastSnapshotShiftedScaledAndWrapped() throws IOException {
        Path f = write(dump("7 1 3 1 10 31\n9 12 1.5 2 20 20\n"));
        ImportedParticles in = LammpsDumpReader.read(f, LammpsDumpReader.Options.of(TYPES, UM));
        Microstructure ms = in.microstructure();
        assertEquals(30 * UM, ms.lxM(), 1e-18);
        List<Particle> ps = ms.particles();
        assertEquals(2, ps.size());
        assertEquals(6 * UM, ps.get(0).xM(), 1e-15);
        assertEquals(1 * UM, ps.get(0).yM(), 1e-15);
        assertEquals(Phase.CBD, ps.get(1).phase());
        assertEquals(1.5 * UM, ps.get(1).radiusM(), 1e-18);
        assertEquals(List.of("run.dump atom 7", "run.dump atom 9"), in.labels());
    }

    @Test
    void readsAChosenTimestepWithTheCaseBox() throws IOException {
        Path f = write(dump("7 1 3 1 10 31\n9 12 1.5 2 20 20\n"));
        var o = new LammpsDumpReader.Options(TYPES, UM, 100L, new double[] {40 * UM, 30 * UM, 30 * UM}, 0);
        Microstructure ms = LammpsDumpReader.read(f, o).microstructure();
        assertEquals(40 * UM, ms.lxM());
        assertEquals(5 * UM, ms.particles().get(0).xM(), 1e-15);
    }

    @Test
    void readsDiameterAndScaledColumns() throws IOException {
        Path f = write("""
                ITEM: TIMESTEP
                5
                ITEM: NUMBER OF ATOMS
                1
                ITEM: BOX BOUNDS pp pp pp
                0 2e-5
                0 2e-5
                0 2e-5
                ITEM: ATOMS type xs ys zs diameter
                1 0.5 0.25 0.75 4e-6
                """);
        Particle p = LammpsDumpReader.read(f, LammpsDumpReader.Options.of(TYPES, 1)).microstructure().particles().get(0);
        assertEquals(1e-5, p.xM(), 1e-18);
        assertEquals(5e-6, p.yM(), 1e-18);
        assertEquals(1.5e-5, p.zM(), 1e-18);
        assertEquals(2e-6, p.radiusM(), 1e-18);
    }

    private InputError fails(String content, String where) throws IOException {
        Path f = write(content);
        InputError e = assertThrows(InputError.class, () -> LammpsDumpReader.read(f, LammpsDumpReader.Options.of(TYPES, UM)));
        assertEquals(f + where, e.where(), e.getMessage());
        return e;
    }

    @Test
    void unknownTypeNamesTheLineAndTheMappedTypes() throws IOException {
        InputError e = fails(dump("7 1 3 1 10 31\n9 12 1.5 3 20 20\n"), ":22");
        assertTrue(e.getMessage().contains("type 3"), e.getMessage());
    }

    @Test
    void nonNumericValue() throws IOException {
        fails(dump("7 1 3 1 ten 31\n9 12 1.5 2 20 20\n"), ":21");
    }

    @Test
    void raggedAtomLine() throws IOException {
        fails(dump("7 1 3 1 10\n9 12 1.5 2 20 20\n"), ":21");
    }

    @Test
    void truncatedSnapshot() throws IOException {
        InputError e = fails(dump("7 1 3 1 10 31\n"), ":21");
        assertTrue(e.getMessage().contains("announces 2 atoms"), e.getMessage());
    }

    @Test
    void missingColumn() throws IOException {
        fails(dump("").replace("ITEM: ATOMS id x radius type z y", "ITEM: ATOMS id x type z y") + "7 1 1 10 31\n9 12 2 20 20\n", ":20");
    }

    @Test
    void radiusNotPositive() throws IOException {
        fails(dump("7 1 0 1 10 31\n9 12 1.5 2 20 20\n"), ":21");
    }

    @Test
    void centreOutsideANonPeriodicBox() throws IOException {
        InputError e = fails(dump("7 1 3 1 10 31\n9 26 1.5 2 20 20\n"), ":22");
        assertTrue(e.getMessage().contains("outside the box"), e.getMessage());
    }

    @Test
    void triclinicBoxIsRefused() throws IOException {
        fails(dump("").replace("ITEM: BOX BOUNDS ff pp pp\n-5 25", "ITEM: BOX BOUNDS xy xz yz ff pp pp\n-5 25 0"), ":5");
    }

    @Test
    void notADump() throws IOException {
        fails("x_um,y_um,z_um,r_um,phase\n", ":1");
        fails("", "");
    }

    @Test
    void missingTimestepNamesTheCaseKey() throws IOException {
        Path f = write(dump("7 1 3 1 10 31\n9 12 1.5 2 20 20\n"));
        var o = new LammpsDumpReader.Options(TYPES, UM, 150L, null, 0);
        InputError e = assertThrows(InputError.class, () -> LammpsDumpReader.read(f, o));
        assertEquals("microstructure.dump.timestep", e.where());
        assertTrue(e.getMessage().contains("[100, 200]"), e.getMessage());
    }

    @Test
    void badOptionsNameTheirKeys() {
        assertEquals("microstructure.dump.types",
                assertThrows(InputError.class, () -> LammpsDumpReader.Options.of(Map.of(), UM)).where());
        assertEquals("microstructure.dump.length_unit_m",
                assertThrows(InputError.class, () -> LammpsDumpReader.Options.of(TYPES, 0)).where());
    }
}
