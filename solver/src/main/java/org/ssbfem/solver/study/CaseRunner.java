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
 *
 * <p>Resuming ({@code resume}: a study that supports it continues the interrupted run in the
 * output folder): the summary starts from the folder's {@code summary.json}, so the figures of
 * the stages not run again (packing, meshing) stay; when the resume is refused with an
 * {@link InputError} (no checkpoint, another case), the folder's summary and error file are left
 * as they were.
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
        return run(caseFile, outDir, profile, false);
    }

    /**
     * @param caseFile the YAML case
     * @param outDir output folder (created when missing; must exist to resume)
     * @param profile record detailed timings
     * @param resume continue the interrupted run in {@code outDir} (studies with
     *     {@link Study#resumable()} only)
     * @return the summary of the finished run
     * @throws Exception whatever the study throws (InputError for user mistakes)
     */
    public static Summary run(Path caseFile, Path outDir, boolean profile, boolean resume) throws Exception {
        CaseNode root = CaseReader.read(caseFile);
        CaseNode studyKey = root.require("study");
        Study study = Studies.byName(studyKey.text(), studyKey.where());
        if (resume) {
            checkResumable(study, studyKey, outDir);
        }
        root.text("title", caseFile.getFileName().toString());
        Files.createDirectories(outDir);
        Kept kept = resume ? Kept.of(outDir) : null;
        Files.deleteIfExists(outDir.resolve("error.txt"));
        Summary summary = resume && kept.summary() != null ? previousSummary(outDir) : new Summary();
        summary.info("status", "running");
        summary.info("study", study.name());
        summary.info("case", caseFile.toAbsolutePath().normalize().toString());
        summary.info("ssbfem_version", Version.ssbfem());
        summary.info("started", Instant.now().toString());
        Path caseDir = caseFile.toAbsolutePath().getParent();
        RunContext ctx = new RunContext(root, caseDir, outDir, summary, profile, resume);
        long t0 = System.nanoTime();
        try {
            study.run(ctx);
            root.rejectUnknownKeys();
        } catch (InputError e) {
            InputError located = root.locate(e);
            if (kept != null) {
                kept.restore(outDir);
            } else {
                fail(ctx, located);
            }
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

    private static void checkResumable(Study study, CaseNode studyKey, Path outDir) {
        if (!study.resumable()) {
            throw new InputError(studyKey.where() + " (study)", "--resume applies only to study: discharge; this case"
                    + " runs study: " + study.name(), "run without --resume");
        }
        if (!Files.isDirectory(outDir)) {
            throw new InputError(outDir.toString(), "no such folder: there is no run to resume",
                    "give the --out folder of the interrupted run, or run without --resume");
        }
    }

    /** The summary of the run being resumed, without its error; a new one when it cannot be read. */
    private static Summary previousSummary(Path outDir) {
        try {
            Summary s = Summary.read(outDir.resolve("summary.json"));
            s.entries().remove("error");
            return s;
        } catch (java.io.UncheckedIOException e) {
            LOG.warn("cannot read {}: the summary starts afresh ({})", outDir.resolve("summary.json"), e.getMessage());
            return new Summary();
        }
    }

    /**
     * The summary and error file of a run about to be resumed, put back when the resume is refused.
     *
     * @param summary bytes of {@code summary.json}, or null
     * @param error bytes of {@code error.txt}, or null
     */
    private record Kept(byte[] summary, byte[] error) {
        static Kept of(Path outDir) throws IOException {
            return new Kept(read(outDir.resolve("summary.json")), read(outDir.resolve("error.txt")));
        }

        private static byte[] read(Path p) throws IOException {
            return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
        }

        void restore(Path outDir) throws IOException {
            put(outDir.resolve("summary.json"), summary);
            put(outDir.resolve("error.txt"), error);
        }

        private static void put(Path p, byte[] bytes) throws IOException {
            if (bytes != null) {
                Files.write(p, bytes);
            } else {
                Files.deleteIfExists(p);
            }
        }
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
