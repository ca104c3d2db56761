package org.ssbfem.post.refine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** A synthetic P1/P2 sequence with a failed level: the report is written and its HTML parses. */
class RefinementReportTest {
    @TempDir
    Path dir;

    private static RefinementSequence sequence(String name, int degree, double order, boolean failLast) {
        List<RefinementLevel> levels = new ArrayList<>();
        double[] size = {2.0, 1.5, 1.15, 0.9};
        for (int k = 0; k < size.length; k++) {
            long n = (long) (1000 * Math.pow(2.0 / size[k], 3) * degree * degree);
            double h = Math.cbrt(1000.0 / n);
            double f = 0.05 + 0.01 * Math.pow(h, order);
            double[][] curve = {{0, 4.2}, {100, 3.8 - 0.01 * h}, {180, 3.0}};
            String err = failLast && k == size.length - 1 ? "out of memory" : null;
            levels.add(new RefinementLevel(name, "level-" + (k + 1) + "-P" + degree, degree, size[k], n, h, 10.0 * k,
                    err, Map.of("sigma", f), curve));
        }
        return new RefinementSequence(name, "mesh size_um", false, degree + 1, 0.0, levels);
    }

    @Test
    void writesParsableHtmlMarkdownAndCsv() throws Exception {
        RefinementReport report = new RefinementReport("test refinement", Map.of("case", "synthetic", "date", "today"),
                List.of("sigma"), Map.of("sigma", "S/m"), List.of(sequence("h P1", 1, 2, true),
                sequence("h P2", 2, 4, false)), 0.01);
        report.write(dir, "refinement");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document html = f.newDocumentBuilder().parse(dir.resolve("refinement.html").toFile());
        assertTrue(html.getElementsByTagName("img").getLength() >= 3, "figures embedded");
        assertTrue(html.getElementsByTagName("table").getLength() >= 4);
        String csv = Files.readString(dir.resolve("refinement.csv"));
        assertTrue(csv.startsWith("quantity,unit,sequence"), csv);
        assertTrue(Files.readString(dir.resolve("refinement-levels.csv")).contains("failed: out of memory"));
        assertTrue(Files.readString(dir.resolve("refinement.md")).contains("| sigma | S/m | h P2 |"));
        RefinementReport.Row p2 = report.rows().get(1);
        assertEquals(4.0, p2.result().observedOrder(), 1e-6);
        assertEquals(0.05, p2.result().extrapolated(), 1e-9);
        assertEquals(3, report.pChecks().size(), "the failed P1 level has no p-check");
    }
}
