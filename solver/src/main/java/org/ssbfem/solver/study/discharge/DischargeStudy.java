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
import org.ssbfem.solver.linalg.LinearSolver;
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
 */
public final class DischargeStudy implements Study {
    private static final Logger LOG = LoggerFactory.getLogger(DischargeStudy.class);

    @Override
    public String name() { return "discharge"; }

    @Override
    public String description() {
        return "particle-resolved half-cell discharge (CC / CV / rest protocol) with Butler-Volmer kinetics";
    }

    /** The case's discharge sections, read before the mesh is built. */
    private static final class Inputs {
        CellSection.Read cell;
        List<ProtocolSection.Spec> protocol;
        RunSettings settings;
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
        });
        CellModel model = new CellModel(built.mesh(), in.cell.params(), in.cell.counter(), in.settings.degree());
        LOG.info(in.cell.counter().describe());
        simulate(ctx, model, in.cell.counterElectrodeVsLiV(), in.protocol, in.settings);
    }

    private static void simulate(RunContext ctx, CellModel model, double ceVsLiV, List<ProtocolSection.Spec> specs,
                                 RunSettings settings) throws Exception {
        CellMonitor monitor = new CellMonitor(model);
        CellScale scale = CellScale.of(model.mesh(), monitor, model.params());
        LinearSolver linear = settings.solverFor(model.size());
        LOG.info(String.format(Locale.ROOT, "theoretical capacity %.4g mAh/g, %.4g mAh/cm2 (CAM %.4g g, x_0 %.3g ->"
                + " x_max %.3g): 1C = %.4g A; %d unknowns (P%d), %s", scale.mAhPerG(scale.theoreticalC()),
                scale.mAhPerCm2(scale.theoreticalC()), scale.camMassG(), model.params().initialLithiation(),
                model.params().maxLithiation(), scale.oneCA(), model.size(), settings.degree(), linear.describe()));
        DischargeSummary.start(ctx.summary(), scale, model.params(), ceVsLiV, model.size(), linear.describe());
        ctx.saveSummary();
        ProtocolSection.Scale s = new ProtocolSection.Scale(scale.oneCA(), scale.collectorAreaM2(), ceVsLiV,
                scale.camMassG());
        List<ProtocolStep> steps = specs.stream().flatMap(p -> p.build(s).stream()).toList();
        CellProblem problem = new CellProblem(model, scale.oneCA());
        TimeStepper stepper = new TimeStepper(problem, linear, settings.steps());
        stepper.start(0.0, model.restState(), 0.0);
        long t0 = System.nanoTime();
        try (DischargeRecorder rec = new DischargeRecorder(model, ctx.outDir(), steps, scale, ceVsLiV,
                settings.vtkEveryS())) {
            ProtocolRunner runner = new ProtocolRunner(problem, stepper, monitor, rec);
            try {
                runner.run(steps);
                rec.finish(ctx.root().text("title", "discharge"), ctx.out("discharge_curve.png"));
            } finally {
                DischargeSummary.results(ctx.summary(), rec, scale, runner.counters(), (System.nanoTime() - t0) * 1e-9);
                ctx.saveSummary();
                if (linear instanceof AutoCloseable c) {
                    c.close();
                }
            }
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
