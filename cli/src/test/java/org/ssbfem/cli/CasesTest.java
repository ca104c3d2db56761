package org.ssbfem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ssbfem.post.Summary;
import org.ssbfem.solver.study.CaseRunner;

/**
 * Runs every case file in {@code cases/} (each {@code case*.yaml} with an {@code expected*.json}
 * of the same suffix beside it) and compares its summary with the stored numbers:
 * {@code {"tag": "default"|"slow", "quantities": {name: {"value": v, "rel_tol": t | "abs_tol": t}
 * | {"min": a, "max": b}}, "info": {name: value}}} (a bound, either side optional, for counts such as
 * time steps that must stay below a limit). Cases tagged {@code slow} run in the {@code slow} profile.
 */
class CasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> defaultCases() throws IOException {
        return cases("default");
    }

    @TestFactory
    @Tag("slow")
    Stream<DynamicTest> slowCases() throws IOException {
        return cases("slow");
    }

    @Test
    void everyCaseHasItsExpectedNumbers() throws IOException {
        for (Path f : caseFiles()) {
            assertTrue(Files.exists(expectedFor(f)), f + " has no " + expectedFor(f).getFileName()
                    + ": every case runs in the suite against stored numbers");
        }
    }

    private static List<Path> caseFiles() throws IOException {
        Path root = Path.of(System.getProperty("ssbfem.repo", "..")).resolve("cases");
        try (Stream<Path> s = Files.walk(root, 2)) {
            return s.filter(p -> p.getFileName().toString().matches("case.*\\.yaml"))
                    .sorted(Comparator.naturalOrder()).toList();
        }
    }

    private static Stream<DynamicTest> cases(String tag) throws IOException {
        Path root = Path.of(System.getProperty("ssbfem.repo", "..")).resolve("cases");
        List<Path> files = caseFiles();
        return files.stream().filter(f -> tag.equals(tagOf(expectedFor(f))))
                .map(f -> DynamicTest.dynamicTest(root.relativize(f).toString(), () -> check(f)));
    }

    static Path expectedFor(Path caseFile) {
        String suffix = caseFile.getFileName().toString().replaceFirst("^case", "").replaceFirst("\\.yaml$", "");
        return caseFile.resolveSibling("expected" + suffix + ".json");
    }

    private static String tagOf(Path expected) {
        try {
            return Files.exists(expected) ? JSON.readTree(expected.toFile()).path("tag").asText("default") : "missing";
        } catch (IOException e) {
            return "unreadable";
        }
    }

    /** A summary entry as a number: the value of a quantity, or a plain count (e.g. time_steps); NaN otherwise. */
    private static double number(Summary s, String name) {
        return s.entries().get(name) instanceof Number n ? n.doubleValue() : s.value(name);
    }

    private static void check(Path caseFile) throws Exception {
        JsonNode expected = JSON.readTree(expectedFor(caseFile).toFile());
        Path out = Files.createTempDirectory("ssbfem-case");
        Summary s = CaseRunner.run(caseFile, out, false);
        assertEquals("complete", s.entries().get("status"));
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.path("quantities").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            double got = number(s, e.getKey());
            if (!e.getValue().has("value")) {
                double max = e.getValue().path("max").asDouble(Double.POSITIVE_INFINITY);
                double min = e.getValue().path("min").asDouble(Double.NEGATIVE_INFINITY);
                assertTrue(got <= max && got >= min, caseFile + ": " + e.getKey() + " = " + got + ", expected within ["
                        + min + ", " + max + "]");
                continue;
            }
            double want = e.getValue().path("value").asDouble();
            double tol = e.getValue().has("abs_tol") ? e.getValue().path("abs_tol").asDouble()
                    : e.getValue().path("rel_tol").asDouble(1e-6) * Math.abs(want);
            assertTrue(Math.abs(got - want) <= tol, caseFile + ": " + e.getKey() + " = " + got
                    + ", expected " + want + " +- " + tol);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.path("info").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            assertEquals(e.getValue().asText(), String.valueOf(s.entries().get(e.getKey())), caseFile + ": " + e.getKey());
        }
        assertTrue(Files.exists(out.resolve("summary.json")) && Files.exists(out.resolve("case.resolved.yaml")));
    }
}
