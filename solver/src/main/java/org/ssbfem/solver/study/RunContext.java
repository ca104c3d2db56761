package org.ssbfem.solver.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ssbfem.post.Summary;
import org.ssbfem.solver.casefile.CaseNode;

/**
 * What a study needs from the run around it: the case (root node and its folder, for relative
 * paths), the output folder, the summary being filled, and run options.
 *
 * @param root root of the case file
 * @param caseDir folder of the case file; relative file names in the case resolve against it
 * @param outDir output folder (exists)
 * @param summary the run's summary, written to {@code outDir/summary.json}
 * @param profile whether to record and print detailed timings
 * @param resume whether to continue the interrupted run in {@code outDir} from its checkpoint
 *     (only studies with {@link Study#resumable()} see true)
 */
public record RunContext(CaseNode root, Path caseDir, Path outDir, Summary summary, boolean profile,
                         boolean resume) {

    /** A context of a fresh run (not resumed). */
    public RunContext(CaseNode root, Path caseDir, Path outDir, Summary summary, boolean profile) {
        this(root, caseDir, outDir, summary, profile, false);
    }

    /** A file named in the case, resolved against the case file's folder. */
    public Path caseFile(String name) {
        Path p = Path.of(name);
        return p.isAbsolute() ? p : caseDir.resolve(p).normalize();
    }

    /**
     * Refuses any key of the case that no study code has read so far (a typo, or a unit suffix
     * missing). Studies call this once they have read their input, before computing.
     */
    public void checkNoUnknownKeys() {
        root.rejectUnknownKeys();
    }

    /** A path inside the output folder. */
    public Path out(String name) {
        return outDir.resolve(name);
    }

    /** Writes the summary as it stands now (studies call this as results come in). */
    public void saveSummary() {
        summary.write(out("summary.json"));
    }

    /** Creates a sub-folder of the output folder. */
    public Path outSubdir(String name) {
        try {
            return Files.createDirectories(out(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
