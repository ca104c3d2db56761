package org.ssbfem.solver.study.discharge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.InputError;
import org.ssbfem.post.Summary;
import org.ssbfem.solver.electrochem.ProtocolRunner;
import org.ssbfem.solver.electrochem.ProtocolStep;
import org.ssbfem.solver.electrochem.Snapshot;
import org.ssbfem.solver.study.RunContext;

/**
 * The checks of {@code ssbfem run --resume} for a discharge case, each failing with an
 * {@link InputError} that names the checkpoint file and the fix: a checkpoint exists and is
 * readable, belongs to this case ({@link Fingerprint#checkCase}, before meshing) and mesh
 * ({@link Fingerprint#checkMesh}, once the model is built), and the run it saved has not finished.
 */
final class Resume {
    private static final Logger LOG = LoggerFactory.getLogger(Resume.class);
    /** Summary entry listing the simulated times at which the run was resumed, s. */
    static final String SUMMARY_KEY = "discharge.resumed_at_s";

    private Resume() {
    }

    /** The checkpoint in the output folder, checked against the case (not yet the mesh). */
    static Checkpoint load(RunContext ctx, Fingerprint caseFingerprint) {
        Path file = ctx.out(CheckpointFile.NAME);
        Checkpoint saved = CheckpointFile.read(file);
        caseFingerprint.checkCase(saved.fingerprint(), file);
        return saved;
    }

    /**
     * Checks the saved mesh and model size against {@code current} and that the saved run still
     * has protocol steps to go.
     *
     * @throws InputError naming {@code file} otherwise
     */
    static void check(Checkpoint saved, Fingerprint current, int protocolSize, Path file) {
        current.checkMesh(saved.fingerprint(), file);
        ProtocolRunner.Position p = saved.position();
        if (p.finished(protocolSize)) {
            throw new InputError(file.toString(), String.format(Locale.ROOT, "the run it belongs to finished its"
                    + " protocol (t = %.6g s): there is nothing to resume", p.last().timeS()),
                    "run without --resume to compute it again, or choose another --out");
        }
    }

    /** Logs where the run resumes and adds the time to the summary's list of resumptions. */
    static void report(RunContext ctx, Checkpoint saved, List<ProtocolStep> steps, CellScale scale, double ceVsLiV) {
        ProtocolRunner.Position p = saved.position();
        Snapshot s = p.last();
        LOG.info(String.format(Locale.ROOT, "resuming from %s: protocol step %d of %d (%s, %s), t = %.6g s, %.6g mAh/g,"
                + " V = %.6g V, after %d accepted steps", ctx.out(CheckpointFile.NAME), p.protocolStep() + 1,
                steps.size(), steps.get(p.protocolStep()).describe(), p.started() ? "continued" : "from its start",
                s.timeS(), scale.mAhPerG(s.chargeC()), s.voltageV() - ceVsLiV, saved.counters().accepted()));
        Summary summary = ctx.summary();
        List<Object> times = new ArrayList<>();
        if (summary.entries().get(SUMMARY_KEY) instanceof List<?> earlier) {
            times.addAll(earlier);
        }
        times.add(s.timeS());
        summary.info(SUMMARY_KEY, times);
    }
}
