package org.ssbfem.solver.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verification report of one measured row and the analytic rows is written and its HTML parses. */
class VerifyReportTest {
    @TempDir
    Path dir;

    @Test
    void writesHtmlMarkdownAndCsv() throws Exception {
        VerifyRow row = VerifySuite.row(new NonlinearDiffusionCase(), 1, true);
        VerifyReport.write(dir, List.of(row), AnalyticChecks.run(), true, 1.0);
        var html = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("verify.html").toFile());
        assertTrue(html.getElementsByTagName("img").getLength() == 2);
        String csv = Files.readString(dir.resolve("verify.csv"));
        assertTrue(csv.contains("nonlinear diffusion") && csv.contains(",P1,"), csv);
        assertTrue(Files.readString(dir.resolve("verify.md")).contains("| series slabs"));
        assertTrue(AnalyticChecks.run().stream().allMatch(AnalyticChecks.Check::pass));
    }
}
