package org.ssbfem.solver.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.InputError;
import org.ssbfem.post.Summary;
import org.ssbfem.solver.casefile.CaseNode;
import org.ssbfem.solver.casefile.CaseReader;

/**
 * Runs one case file: reads it, selects the study, runs it into the output folder, and writes
 * {@code summary.json} and {@code case.resolved.yaml} (the case with every default filled in).
 *
 * <p>On failure the summary is not left behind as if it were a result: a partial
 * {@code summary.json} is rewritten with {@code "status": "failed"} and the error, and
 * {@code error.txt} holds the message.
 */
public final class CaseRunner {
    private static final Logger LOG = LoggerFactory.getLogger(CaseRunner.class);

    private CaseRunner() {
    }

    /**
     * @param caseFile the YAML case
     * @param outDir output folder (created when missing)
     * @param profile record detailed timings
     * @return the summary of the finished run
     * @throws Exception whatever the study throws (InputError for user mistakes)
     */
    public static Summary run(Path caseFile, Path outDir, boolean profile) throws Exception {
        CaseNode root = CaseReader.read(caseFile);
        CaseNode studyKey = root.require("study");
        Study study = Studies.byName(studyKey.text(), studyKey.where());
        root.text("title", caseFile.getFileName().toString());
        Files.createDirectories(outDir);
        Files.deleteIfExists(outDir.resolve("error.txt"));
        Summary summary = new Summary();
        summary.info("status", "running");
        summary.info("study", study.name());
        summary.info("case", caseFile.toAbsolutePath().normalize().toString());
        summary.info("ssbfem_version", Version.ssbfem());
        summary.info("started", Instant.now().toString());
        Path caseDir = caseFile.toAbsolutePath().getParent();
        RunContext ctx = new RunContext(root, caseDir, outDir, summary, profile);
        long t0 = System.nanoTime();
        try {
            study.run(ctx);
            root.rejectUnknownKeys();
        } catch (InputError e) {
            InputError located = root.locate(e);
            fail(ctx, located);
            throw located;
        } catch (Exception | Error e) {
            fail(ctx, e);
            throw e;
        }
        summary.quantity("wall_time", (System.nanoTime() - t0) * 1e-9, "s");
        summary.quantity("peak_memory", PeakMemory.rssMegabytes(), "MB");
        summary.info("status", "complete");
        ctx.saveSummary();
        CaseReader.writeResolved(root, outDir.resolve("case.resolved.yaml"));
        LOG.info("results in {}", outDir.toAbsolutePath());
        return summary;
    }

    private static void fail(RunContext ctx, Throwable e) throws IOException {
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        Files.writeString(ctx.out("error.txt"), msg + System.lineSeparator());
        if (Files.exists(ctx.out("summary.json"))) {
            ctx.summary().info("status", "failed");
            ctx.summary().info("error", msg);
            ctx.saveSummary();
        }
    }
}
