package org.ssbfem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: help, version, and bad input ending with a message and exit code 2. */
class CliTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) { }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void helpListsSubcommandsAndStudies() {
        Run top = run("--help");
        assertEquals(0, top.code());
        assertTrue(top.out().contains("run"), top.out());
        Run sub = run("run", "--help");
        assertTrue(sub.out().contains("--out") && sub.out().contains("mesh"), sub.out());
    }

    @Test
    void versionNamesGmsh() {
        Run v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().contains("ssbfem") && v.out().contains("Gmsh"), v.out());
    }

    @Test
    void unknownKeyIsAnInputErrorWithLineAndNoResult() throws Exception {
        Path c = dir.resolve("case.yaml");
        Files.writeString(c, "study: mesh\nmicrostructure:\n  source: generate\n  box_um: [20, 10, 10]\n"
                + "  cam_volume_fraction: 0.5\n  cam_radius_um: {mean: 2}\n  cam_radius: 3\nmesh:\n  size_um: 2\n");
        Path out = dir.resolve("out");
        Run r = run("run", c.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("case.yaml:7") && r.err().contains("cam_radius"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out.resolve("summary.json")), "no summary may look like a result");
    }

    @Test
    void badValuesNameTheKey() throws Exception {
        Path c = dir.resolve("case.yaml");
        Files.writeString(c, "study: mesh\nmicrostructure:\n  source: generate\n  box_um: [20, 10, 10]\n"
                + "  cam_volume_fraction: 1.4\n  cam_radius_um: {mean: 2}\nmesh:\n  size_um: 2\n");
        Run r = run("run", c.toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("cam_volume_fraction") && r.err().contains("case.yaml:5"), r.err());
        Path missing = dir.resolve("nope.yaml");
        Run m = run("run", missing.toString());
        assertEquals(2, m.code());
        assertTrue(m.err().contains("nope.yaml") && m.err().contains("not found"), m.err());
    }

    @Test
    void unknownStudyListsValidOnes() throws Exception {
        Path c = dir.resolve("case.yaml");
        Files.writeString(c, "study: dischrage\n");
        Run r = run("run", c.toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("case.yaml:1") && r.err().contains("mesh"), r.err());
    }
}
