package org.ssbfem.solver.study.discharge;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.solver.casefile.CaseNode;
import org.ssbfem.solver.electrochem.CellModel;
import org.ssbfem.solver.electrochem.CellMonitor;
import org.ssbfem.solver.electrochem.CellProblem;
import org.ssbfem.solver.electrochem.ProtocolRunner;
import org.ssbfem.solver.electrochem.ProtocolStep;
import org.ssbfem.solver.electrochem.TimeStepper;
import org.ssbfem.solver.study.GeometryPipeline;
import org.ssbfem.solver.study.RunContext;
import org.ssbfem.solver.study.Study;

/**
 * {@code study: discharge}: the microstructure-resolved half cell of MODEL.md sections 2 to 5
 * (Ohmic SE and CAM conduction, solid diffusion, Butler-Volmer on every CAM/SE face, ideal counter
 * electrode) run through a protocol of CC, CV and rest steps. Input: {@code microstructure:},
 * {@code mesh:}, {@code cell:} ({@link CellSection}), {@code protocol:} ({@link ProtocolSection}),
 * {@code discretization:}, {@code time:}, {@code solver:} and {@code output:}
 * ({@link RunSettings}), all checked before the mesh is built.
 *
 * <p>Output, written as the run goes: {@code discharge_curve.csv} ({@link CurveWriter}),
 * {@code fields.pvd} with {@code fields/} ({@link FieldWriter}), at the end
 * {@code discharge_curve.png}, and the summary ({@link DischargeSummary}).
 *
 * <p>Checkpoints and resuming: {@code checkpoint.bin} ({@link CheckpointFile}) is written after
 * accepted steps ({@link Checkpointer}); {@code ssbfem run --resume} checks it against the case
 * and mesh ({@link Resume}), reuses the mesh, restores the time stepper, the runner's counters and
 * the recorder, cuts the curve back to the checkpoint and continues the protocol where it stood.
 */
public final class DischargeStudy implements Study {
    private static final Logger LOG = LoggerFactory.getLogger(DischargeStudy.class);
    /**
     * Test hook: sees every accepted state after the recorder (so the state's curve row is
     * written); a test throws from it to interrupt a run as a crash would.
     */
    static volatile ProtocolRunner.Listener afterAccepted = (s, u) -> { };

    @Override
    public String name() { return "discharge"; }

    @Override
    public String description() {
        return "particle-resolved half-cell discharge (CC / CV / rest protocol) with Butler-Volmer kinetics";
    }

    @Override
    public boolean resumable() { return true; }

    /** The case's discharge sections, read before the mesh is built; the checkpoint when resuming. */
    private static final class Inputs {
        CellSection.Read cell;
        List<ProtocolSection.Spec> protocol;
        RunSettings settings;
        Fingerprint fingerprint;
        Checkpoint saved;
    }

    @Override
    public void run(RunContext ctx) throws Exception {
        CaseNode root = ctx.root();
        Inputs in = new Inputs();
        GeometryPipeline.Built built = GeometryPipeline.build(ctx, () -> {
            in.cell = CellSection.read(ctx, root.section("cell"));
            in.protocol = ProtocolSection.read(root.require("protocol"), in.cell.params(),
                    in.cell.counterElectrodeVsLiV());
            in.settings = RunSettings.read(root);
            checkDegree(root, in.settings.degree());
            ctx.checkNoUnknownKeys();
            in.fingerprint = Fingerprint.ofCase(ctx);
            in.saved = ctx.resume() ? Resume.load(ctx, in.fingerprint) : null;
        });
        CellModel model = new CellModel(built.mesh(), in.cell.params(), in.cell.counter(), in.settings.degree(),
                in.settings.mass());
        LOG.info(in.cell.counter().describe());
        simulate(ctx, model, in, in.fingerprint.withMesh(model.mesh(), model.size()));
    }

    private static void simulate(RunContext ctx, CellModel model, Inputs in, Fingerprint fingerprint)
            throws Exception {
        double ceVsLiV = in.cell.counterElectrodeVsLiV();
        CellMonitor monitor = new CellMonitor(model);
        CellScale scale = CellScale.of(model.mesh(), monitor, model.params());
        ProtocolSection.Scale s = new ProtocolSection.Scale(scale.oneCA(), scale.collectorAreaM2(), ceVsLiV,
                scale.camMassG());
        List<ProtocolStep> steps = in.protocol.stream().flatMap(p -> p.build(s).stream()).toList();
        Checkpoint saved = in.saved;
        if (saved != null) {
            Resume.check(saved, fingerprint, steps.size(), ctx.out(CheckpointFile.NAME));
        }
        try (DischargeRecorder rec = new DischargeRecorder(model, ctx.outDir(), steps, scale, ceVsLiV,
                in.settings.vtkEveryS(), saved == null ? null : saved.recorder(),
                saved == null ? null : saved.history().states()[0])) {
            TimedSolver linear = new TimedSolver(in.settings.solverFor(model));
            try {
                LOG.info(String.format(Locale.ROOT, "theoretical capacity %.4g mAh/g, %.4g mAh/cm2 (CAM %.4g g, x_0"
                        + " %.3g -> x_max %.3g): 1C = %.4g A; %d unknowns (P%d), %s",
                        scale.mAhPerG(scale.theoreticalC()), scale.mAhPerCm2(scale.theoreticalC()), scale.camMassG(),
                        model.params().initialLithiation(), model.params().maxLithiation(), scale.oneCA(),
                        model.size(), in.settings.degree(), linear.describe()));
                DischargeSummary.start(ctx.summary(), scale, model.params(), ceVsLiV, model.size(), linear.describe());
                ctx.saveSummary();
                CellProblem problem = new CellProblem(model, scale.oneCA());
                TimeStepper stepper = new TimeStepper(problem, linear, in.settings.steps());
                ProtocolRunner runner = new ProtocolRunner(problem, stepper, monitor, (snap, u) -> {
                    rec.accepted(snap, u);
                    afterAccepted.accepted(snap, u);
                });
                Checkpointer checkpoints = new Checkpointer(ctx.out(CheckpointFile.NAME), fingerprint, stepper, rec,
                        saved == null ? 0.0 : saved.wallS());
                checkpoints.attach(runner);
                try {
                    if (saved == null) {
                        stepper.start(0.0, model.restState(), 0.0);
                        runner.run(steps);
                    } else {
                        stepper.restore(saved.history());
                        runner.restoreCounters(saved.counters());
                        Resume.report(ctx, saved, steps, scale, ceVsLiV);
                        runner.resume(steps, saved.position());
                    }
                    rec.finish(ctx.root().text("title", "discharge"), ctx.out("discharge_curve.png"));
                } catch (Exception | Error e) {
                    flush(checkpoints, e);
                    throw e;
                } finally {
                    DischargeSummary.results(ctx.summary(), rec, scale, runner.counters(), checkpoints.wallS());
                    DischargeSummary.checkpoints(ctx.summary(), checkpoints);
                    DischargeSummary.times(ctx.summary(), problem, linear);
                    ctx.saveSummary();
                }
            } finally {
                linear.close();
            }
        }
    }

    /** Saves the last position reached before the failure {@code e} (a failure to do so is added to it). */
    private static void flush(Checkpointer checkpoints, Throwable e) {
        try {
            checkpoints.flush();
        } catch (Exception x) {
            e.addSuppressed(x);
        }
    }

    /** P2 needs a second-order mesh: checked before meshing for generated meshes (by the space for user meshes). */
    private static void checkDegree(CaseNode root, int degree) {
        CaseNode order = root.find("mesh.order");
        int meshOrder = order == null ? 1 : (int) order.number();
        CaseNode source = root.find("microstructure.source");
        boolean userMesh = source != null && "gmsh_mesh".equalsIgnoreCase(source.text());
        if (!userMesh && degree > meshOrder) {
            throw root.section("discretization").error("degree", "P" + degree + " elements need mesh.order: " + degree
                    + " but the mesh order is " + meshOrder, "set mesh.order: 2, or degree: 1");
        }
    }
}
