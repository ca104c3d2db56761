package org.ssbfem.post.vtk;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Test support: checks a .vtu file with VTK's own reader through the system Python
 * ({@code /usr/bin/python3} with the {@code vtkmodules} package, from Debian's python3-paraview
 * or python3-vtk9) and the
 * script {@code postprocess/src/test/resources/check_vtu.py}. Other modules may copy this class;
 * it finds the script on the test class path or under the repository folder given by the system
 * property {@code ssbfem.repo} (set by the parent pom's Surefire configuration).
 */
public final class VtkPythonCheck {
    /** The system Python (the {@code python3} on PATH may be a pyenv one without VTK). */
    public static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String SCRIPT = "check_vtu.py";

    /** What the script printed: exit code, all output, and its key=value lines. */
    public record Result(int exitCode, String output, Map<String, List<String>> values) {
        /** True when every check passed (exit code 0). */
        public boolean ok() { return exitCode == 0; }

        /** The single value of {@code key}, e.g. {@code points}. */
        public String value(String key) {
            List<String> v = values.get(key);
            if (v == null || v.size() != 1) {
                throw new IllegalStateException("no single '" + key + "' in:\n" + output);
            }
            return v.get(0);
        }

        public int points() { return Integer.parseInt(value("points")); }

        public int cells() { return Integer.parseInt(value("cells")); }

        /** Sum of cell volumes (3D cells), areas (2D) or lengths (1D) per vtkCellSizeFilter. */
        public double totalSize() { return Double.parseDouble(value("total_size")); }

        /** Smallest signed measure of the linear pieces VTK splits cells into. */
        public double minSubcellSize() { return Double.parseDouble(value("min_subcell_size")); }

        public int negativeCells() { return Integer.parseInt(value("negative_cells")); }

        /** Lines {@code name:components:tuples[:value]} for arrays of kind point, cell or field. */
        public List<String> arrays(String kind) {
            return values.getOrDefault(kind + "_array", List.of());
        }
    }

    private VtkPythonCheck() {
    }

    /** Skips the calling test (JUnit assumption) when the system Python has no VTK module. */
    public static void assumeAvailable() {
        boolean found = false;
        if (Files.isExecutable(PYTHON)) {
            try {
                found = run(List.of(PYTHON.toString(), "-c",
                        "import vtkmodules.vtkIOXML, vtkmodules.vtkFiltersVerdict")).exitCode() == 0;
            } catch (IOException e) {
                found = false;
            }
        }
        assumeTrue(found, "skipped: " + PYTHON + " cannot import vtkmodules "
                + "(apt-get install python3-paraview or python3-vtk9) "
                + "- the .vtu files are not checked with VTK's reader");
    }

    /**
     * Runs the check on {@code vtu}: arrays by name with their component counts must exist with one
     * tuple per point / cell, and no cell may be inverted.
     */
    public static Result check(Path vtu, Map<String, Integer> pointArrays, Map<String, Integer> cellArrays)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script().toString(),
                vtu.toString()));
        pointArrays.forEach((name, comps) -> command.addAll(List.of("--point", name + ":" + comps)));
        cellArrays.forEach((name, comps) -> command.addAll(List.of("--cell", name + ":" + comps)));
        return run(command);
    }

    /** The check script: from the test class path, else from the repository folder. */
    public static Path script() {
        URL url = VtkPythonCheck.class.getResource("/" + SCRIPT);
        try {
            if (url != null && "file".equals(url.getProtocol())) {
                return Path.of(url.toURI());
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path inRepo = Path.of(System.getProperty("ssbfem.repo", "."), "postprocess", "src", "test",
                "resources", SCRIPT);
        if (!Files.isRegularFile(inRepo)) {
            throw new IllegalStateException("cannot find " + SCRIPT + " (looked at " + inRepo + ")");
        }
        return inRepo;
    }

    private static Result run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + command);
            }
            return new Result(p.exitValue(), out, parse(out));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + command, e);
        }
    }

    private static Map<String, List<String>> parse(String out) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("FAIL")) {
                values.computeIfAbsent(line.substring(0, eq), k -> new ArrayList<>()).add(line.substring(eq + 1));
            }
        }
        return values;
    }
}
