package org.ssbfem.solver.linalg.petsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * No native memory leak over 1000 create / solve / re-solve / release cycles. The cycles run in a
 * child JVM whose heap is fixed and pre-touched (-Xms = -Xmx, AlwaysPreTouch), so that its
 * resident set grows only with native memory, class metadata and compiled code; after a warm-up
 * of 200 cycles it must stay within {@value #ALLOWED_KB} kB.
 */
@Tag("slow")
class PetscNativeMemoryTest {
    private static final int CYCLES = 1000;
    private static final int WARM_UP = 200;
    private static final long ALLOWED_KB = 4096;

    @BeforeEach
    void needPetsc() {
        PetscAvailable.assumeAvailable();
    }

    @Test
    void residentSetStaysFlatOverRepeatedSolves() throws Exception {
        List<long[]> rss = runProbe();
        assertEquals(CYCLES / 100, rss.size(), "probe output");
        long atWarmUp = rss.stream().filter(r -> r[0] == WARM_UP).findFirst().orElseThrow()[1];
        long max = rss.stream().filter(r -> r[0] >= WARM_UP).mapToLong(r -> r[1]).max().orElseThrow();
        StringBuilder table = new StringBuilder("cycle  VmRSS kB\n");
        rss.forEach(r -> table.append(String.format("%5d  %8d%n", r[0], r[1])));
        System.out.print(table);
        assertTrue(max - atWarmUp <= ALLOWED_KB,
                "RSS grew by " + (max - atWarmUp) + " kB after the warm-up:\n" + table);
    }

    private static List<long[]> runProbe() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xms96m", "-Xmx96m", "-XX:+AlwaysPreTouch", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), PetscLeakProbe.class.getName(), String.valueOf(CYCLES));
        pb.redirectErrorStream(true);
        Process p = pb.start();
        List<long[]> rss = new ArrayList<>();
        StringBuilder other = new StringBuilder();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(" ");
                if (f.length == 3 && f[0].equals("rss")) {
                    rss.add(new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
                } else {
                    other.append(line).append('\n');
                }
            }
        }
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "probe did not finish");
        assertEquals(0, p.exitValue(), "probe failed:\n" + other);
        return rss;
    }
}
