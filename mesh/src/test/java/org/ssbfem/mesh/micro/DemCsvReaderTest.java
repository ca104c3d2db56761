package org.ssbfem.mesh.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.InputError;

class DemCsvReaderTest {
    private static final Logger LOG = LoggerFactory.getLogger(DemCsvReaderTest.class);
    private static final double UM = 1e-6;
    private static final double BOX = 30 * UM;

    @TempDir
    Path dir;

    /** The shared benchmark file: beside the repository (CI) or in /work/shared. */
    static Path bench() {
        String repo = System.getProperty("ssbfem.repo", ".");
        for (Path p : new Path[] {Path.of(repo).toAbsolutePath().getParent().resolve("shared/bench/spheres_125.csv"),
            Path.of("/work/shared/bench/spheres_125.csv")}) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        Assumptions.abort("shared/bench/spheres_125.csv not found beside the repository");
        return null;
    }

    private InputError fails(String content, String where) throws IOException {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, content);
        InputError e = assertThrows(InputError.class, () -> DemCsvReader.read(f, BOX, BOX, BOX, 0));
        assertEquals(f + where, e.where(), e.getMessage());
        return e;
    }

    @Test
    void benchFileLoadsWithItsPublishedFraction() {
        ImportedParticles in = DemCsvReader.read(bench(), BOX, BOX, BOX, 0);
        Microstructure ms = in.microstructure();
        assertEquals(125, ms.particles(Phase.CAM).size());
        double f = PhaseVolumes.of(ms.particles(), Phase.CAM, Box.of(ms)) / ms.boxVolume();
        LOG.info("bench CAM fraction {}", f);
        assertEquals(0.4426, f, 0.005 * 0.4426);
        assertEquals("spheres_125.csv:2", in.labels().get(0));
    }

    @Test
    void metresAndAnyColumnOrderWork() throws IOException {
        Path f = dir.resolve("m.csv");
        Files.writeString(f, "# comment\nphase,r_m,z_m,y_m,x_m,id\n\ncam,2e-6,1e-5,1.1e-5,1.2e-5,7\nvoid,1e-6,2e-5,2e-5,2e-5,8\n");
        Microstructure ms = DemCsvReader.read(f, BOX, BOX, BOX, 0).microstructure();
        assertEquals(new Particle(1.2e-5, 1.1e-5, 1e-5, 2e-6, Phase.CAM), ms.particles().get(0));
        assertEquals(Phase.VOID, ms.particles().get(1).phase());
    }

    @Test
    void emptyFile() throws IOException {
        fails("\n# only a comment\n", "");
    }

    @Test
    void headerWithoutUnits() throws IOException {
        InputError e = fails("x,y,z,r,phase\n1,2,3,1,cam\n", ":1");
        assertTrue(e.fix().contains("_um"), e.getMessage());
    }

    @Test
    void mixedUnits() throws IOException {
        fails("x_um,y_um,z_m,r_um,phase\n1,2,3,1,cam\n", ":1");
    }

    @Test
    void missingColumn() throws IOException {
        fails("x_um,y_um,r_um,phase\n1,2,1,cam\n", ":1");
    }

    @Test
    void headerOnly() throws IOException {
        fails("x_um,y_um,z_um,r_um,phase\n", ":1");
    }

    @Test
    void raggedRow() throws IOException {
        fails("x_um,y_um,z_um,r_um,phase\n1,2,3,1,cam\n1,2,3,cam\n", ":3");
    }

    @Test
    void nonNumericValue() throws IOException {
        InputError e = fails("x_um,y_um,z_um,r_um,phase\n1,2,3,1,cam\n\n1,two,3,1,cam\n", ":4");
        assertTrue(e.getMessage().contains("'two'"), e.getMessage());
    }

    @Test
    void unknownPhaseListsTheValidOnes() throws IOException {
        InputError e = fails("x_um,y_um,z_um,r_um,phase\n1,2,3,1,nmc\n", ":2");
        assertTrue(e.fix().contains("cam, void, cbd"), e.getMessage());
    }

    @Test
    void radiusNotPositive() throws IOException {
        fails("x_um,y_um,z_um,r_um,phase\n1,2,3,1,cam\n1,2,3,-1,cam\n", ":3");
        fails("x_um,y_um,z_um,r_um,phase\n1,2,3,0,cam\n", ":2");
    }

    @Test
    void centreOutsideTheBox() throws IOException {
        InputError e = fails("x_um,y_um,z_um,r_um,phase\n1,2,3,1,cam\n31,2,3,1,cbd\n", ":3");
        assertTrue(e.getMessage().contains("outside the box"), e.getMessage());
    }

    @Test
    void camInTheSeparator() throws IOException {
        Path f = dir.resolve("s.csv");
        Files.writeString(f, "x_um,y_um,z_um,r_um,phase\n10,2,3,1,cam\n5.5,2,3,1,cam\n");
        InputError e = assertThrows(InputError.class, () -> DemCsvReader.read(f, BOX, BOX, BOX, 5 * UM));
        assertEquals(f + ":3", e.where());
    }

    @Test
    void missingFile() {
        Path f = dir.resolve("none.csv");
        InputError e = assertThrows(InputError.class, () -> DemCsvReader.read(f, BOX, BOX, BOX, 0));
        assertEquals(f.toString(), e.where());
    }
}
