package org.ssbfem.solver.study.conductivity;

import org.ssbfem.solver.study.PeakMemory;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.post.Summary;
import org.ssbfem.solver.casefile.CaseNode;
import org.ssbfem.solver.study.GeometryPipeline;
import org.ssbfem.solver.study.RunContext;
import org.ssbfem.solver.study.Study;

/**
 * {@code study: conductivity}: the steady conduction problem on the resolved microstructure (a
 * "flux-based simulation limited to Ohmic losses"): effective ionic and electronic conductivities,
 * tortuosity factors and the current distribution, per transport ({@link Transport}) and direction
 * ({@link Axis}). Input: the {@code microstructure:} and {@code mesh:} sections (any geometry
 * source, a user's {@code .msh} included) and {@code conductivity:} ({@link ConductivitySettings}),
 * all read and checked before the mesh is built.
 *
 * <p>Output: {@code summary.json} ({@link ConductivitySummary}; also {@code volume_fraction.<region>}
 * and {@code interface_area_density} from the mesh when the mesher did not report them,
 * {@code solver.method}, {@code solver.peak_memory_rss} and {@code solver.heap_used} (MiB),
 * {@code time.conductivity} (s)) and, unless {@code vtu: false},
 * {@code conductivity_<transport>_<direction>.vtu} ({@link ConductivityVtu}).
 */
public final class ConductivityStudy implements Study {
    private static final Logger LOG = LoggerFactory.getLogger(ConductivityStudy.class);

    @Override
    public String name() { return "conductivity"; }

    @Override
    public String description() {
        return "effective ionic / electronic conductivity and tortuosity by steady conduction on the microstructure";
    }

    @Override
    public void run(RunContext ctx) throws Exception {
        ConductivitySettings[] settings = new ConductivitySettings[1];
        GeometryPipeline.Built built = GeometryPipeline.build(ctx, () -> settings[0] = readInput(ctx));
        long t0 = System.nanoTime();
        Summary s = ctx.summary();
        s.info("solver.method", settings[0].solver().describe());
        MeshMeasures m = MeshMeasures.of(built.mesh());
        geometry(s, m);
        List<String> notes = ConductivityNotes.of(built.microstructure(), settings[0]);
        if (!notes.isEmpty()) {
            s.info("conductivity.notes", notes);
        }
        for (Transport t : settings[0].transports()) {
            TransportResult r = ConductivitySolver.solve(m, t, settings[0]);
            ConductivitySummary.transport(s, r);
            writeVtu(ctx, r, settings[0].vtu());
            ctx.saveSummary();
        }
        s.quantity("time.conductivity", (System.nanoTime() - t0) * 1e-9, "s");
        PeakMemory.peakRssMiB().ifPresent(v -> s.quantity("solver.peak_memory_rss", v, "MiB"));
        s.quantity("solver.heap_used", PeakMemory.heapUsedMiB(), "MiB");
        ctx.saveSummary();
    }

    /** Reads and checks the section, then refuses unknown keys anywhere in the case: before meshing. */
    private static ConductivitySettings readInput(RunContext ctx) {
        CaseNode section = ctx.root().section("conductivity");
        ConductivitySettings settings = ConductivitySettings.read(section);
        checkDegree(ctx, section, settings.degree());
        if (ctx.root().has("output")) {
            ctx.root().section("output").bool("mesh_vtu", true); // read after meshing by GeometryPipeline
        }
        ctx.checkNoUnknownKeys();
        return settings;
    }

    /** P2 needs a second-order mesh: checked here for generated meshes, by the space for user meshes. */
    private static void checkDegree(RunContext ctx, CaseNode section, int degree) {
        CaseNode order = ctx.root().find("mesh.order");
        int meshOrder = order == null ? 1 : (int) order.number();
        CaseNode source = ctx.root().find("microstructure.source");
        boolean userMesh = source != null && "gmsh_mesh".equalsIgnoreCase(source.text());
        if (!userMesh && degree > meshOrder) {
            throw section.error("degree", "P" + degree + " elements need mesh.order: " + degree
                    + " but the mesh order is " + meshOrder, "set mesh.order: 2, or degree: 1");
        }
    }

    /** Volume fractions and interface area density from the mesh where the mesher gave none. */
    private static void geometry(Summary s, MeshMeasures m) {
        Mesh mesh = m.mesh();
        for (String r : mesh.regionNames()) {
            if (Double.isNaN(s.value("volume_fraction." + r))) {
                s.quantity("volume_fraction." + r, m.volume(List.of(r)) / m.boxVolume(), "1");
            }
        }
        if (Double.isNaN(s.value("interface_area_density"))) {
            m.interfaceArea().ifPresent(a -> s.quantity("interface_area_density", a / m.boxVolume(), "1/m"));
        }
    }

    private static void writeVtu(RunContext ctx, TransportResult r, boolean vtu) throws java.io.IOException {
        if (!vtu || r.space() == null) {
            return;
        }
        for (DirectionResult d : r.directions()) {
            String name = "conductivity_" + r.transport().key() + "_" + d.axis().key() + ".vtu";
            ConductivityVtu.write(r, d, ctx.out(name));
            LOG.info("wrote {}", ctx.out(name));
        }
    }
}
