package org.ssbfem.mesh.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the {@code gmsh} command-line program in tests; tests are skipped when it is absent. */
final class GmshCli {
    /** Exit code and merged standard output and error of one run. */
    record Result(int exitCode, String output) {
    }

    private GmshCli() {
    }

    /** Skips the calling test (JUnit assumption) when {@code gmsh} cannot be run. */
    static void assumeAvailable() {
        boolean found;
        try {
            found = run(List.of("-version")).exitCode() == 0;
        } catch (IOException e) {
            found = false;
        }
        assumeTrue(found, "the gmsh command-line program is not installed (apt-get install gmsh); "
                + "skipping the tests that compare with Gmsh's own files");
    }

    /** Runs {@code gmsh args...}, waiting at most two minutes. */
    static Result run(List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("gmsh");
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("gmsh did not finish: " + command);
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Meshes {@code geo} in 3D to {@code out} with the given order and extra options. */
    static void mesh3d(Path geo, Path out, int order, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of(geo.toString(), "-3", "-order", "" + order));
        args.addAll(List.of(options));
        args.addAll(List.of("-o", out.toString()));
        Result r = run(args);
        if (r.exitCode() != 0 || r.output().contains("Error")) {
            throw new IOException("gmsh failed: " + args + "\n" + r.output());
        }
    }
}
