package org.ssbfem.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ssbfem.post.Summary;
import org.ssbfem.solver.study.CaseRunner;
import org.ssbfem.solver.study.Progress;
import org.ssbfem.solver.study.Studies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ssbfem run CASE.yaml --out DIR [--profile] [--resume]}. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a case file: builds or reads the microstructure, meshes it and runs its study.",
            "Writes DIR/summary.json (named quantities with units), DIR/case.resolved.yaml (the case "
                + "with defaults filled in) and the study's files (meshes, .vtu for ParaView, curves)."},
        footerHeading = "%nStudies (the case file's 'study:' key):%n")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CASE.yaml", description = "the case file (see cases/README.md)")
    Path caseFile;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "output folder (default: results/<case folder name>)")
    Path out;

    @Option(names = "--profile", description = "print detailed timings and peak memory at the end")
    boolean profile;

    @Option(names = "--resume", description = {"continue the interrupted run in DIR from DIR/checkpoint.bin "
        + "(study: discharge; the case must be the one it ran, apart from title, output, time and solver)"})
    boolean resume;

    @Override
    public Integer call() throws Exception {
        Path dir = out != null ? out : Path.of("results", defaultName(caseFile));
        if (System.console() != null) {
            Progress.install(new StatusLine(System.console().writer()));
        }
        Summary s;
        try {
            s = CaseRunner.run(caseFile, dir, profile, resume);
        } finally {
            Progress.done();
            Progress.uninstall();
        }
        if (profile) {
            printProfile(s);
        }
        System.out.println("results: " + dir.toAbsolutePath().normalize());
        return 0;
    }

    /** Every timing, size and solver figure of the summary, one per line. */
    private static void printProfile(Summary s) {
        System.out.println("profile:");
        s.entries().forEach((k, v) -> {
            if (k.startsWith("time.") || k.startsWith("solver.") || k.startsWith("mesh.nodes") || k.equals("wall_time")
                    || k.equals("peak_memory") || k.startsWith("mesh.cells")) {
                Object val = v instanceof java.util.Map<?, ?> m && m.containsKey("value")
                        ? m.get("value") + " " + m.get("unit") : v;
                System.out.printf("  %-40s %s%n", k, val);
            }
        });
    }

    private static String defaultName(Path caseFile) {
        Path parent = caseFile.toAbsolutePath().getParent();
        return parent == null ? "run" : parent.getFileName().toString();
    }

    /** The list of studies, for --help. */
    static String studyList() {
        StringBuilder sb = new StringBuilder();
        Studies.all().values().forEach(s -> sb.append(String.format("  %-14s %s%n", s.name(), s.description())));
        return sb.toString();
    }
}
