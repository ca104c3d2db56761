package org.ssbfem.solver.testutil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the {@code gmsh} command-line program on a .geo text to make second-order test meshes. */
public final class GmshCli {
    private GmshCli() {
    }

    /** True when {@code gmsh --version} runs. */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("gmsh", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Meshes {@code geo} (which reads the constant {@code h}) in dimension {@code dim} at order 2
     * and returns the .msh (format 4.1) file in {@code dir}.
     */
    public static Path mesh(Path dir, String name, String geo, int dim, double h) throws IOException, InterruptedException {
        Path geoFile = dir.resolve(name + ".geo");
        Files.writeString(geoFile, geo, StandardCharsets.UTF_8);
        Path out = dir.resolve(name + "_h" + h + ".msh");
        Process p = new ProcessBuilder(List.of("gmsh", geoFile.toString(), "-" + dim, "-order", "2", "-format", "msh41",
                "-setnumber", "h", Double.toString(h), "-o", out.toString())).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.exists(out)) {
            throw new IOException("gmsh failed on " + geoFile + ":\n" + log);
        }
        return out;
    }
}
