package org.ssbfem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ssbfem verify --quick} passes and writes its report; {@code ssbfem refine} refuses a case of another study. */
class VerifyRefineCommandTest {
    @TempDir
    Path dir;

    @Test
    void quickVerificationPassesAndWritesTheReport() throws Exception {
        assertEquals(0, Main.execute("verify", "--quick", "--out", dir.toString()));
        assertTrue(Files.readString(dir.resolve("verify.html")).contains("Butler-Volmer"));
        assertTrue(Files.exists(dir.resolve("verify.md")) && Files.exists(dir.resolve("verify.csv")));
    }

    @Test
    void refineRefusesACaseThatIsNotARefinement() throws Exception {
        Files.writeString(dir.resolve("case.yaml"), "study: mesh\n");
        assertEquals(2, Main.execute("refine", dir.resolve("case.yaml").toString(), "--out", dir.resolve("o").toString()));
        assertTrue(!Files.exists(dir.resolve("o")), "nothing is written for a refused case");
    }
}
