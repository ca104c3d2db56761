package org.ssbfem.solver.study;

import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.mesh.build.MeshOptions;
import org.ssbfem.mesh.build.MeshResult;
import org.ssbfem.mesh.build.MicrostructureMesher;
import org.ssbfem.mesh.io.MshReader;
import org.ssbfem.mesh.micro.Microstructure;
import org.ssbfem.post.vtk.VtuWriter;
import org.ssbfem.solver.casefile.CaseNode;
import org.ssbfem.solver.casefile.MeshSection;

/**
 * From the case's {@code microstructure:} and {@code mesh:} sections to a {@link Mesh}: builds or
 * imports the microstructure ({@link MicrostructureSources}), reports it, meshes it with Gmsh (or
 * reads the user's {@code .msh}), writes {@code mesh.msh} and {@code mesh.vtu} (region ids) into
 * the output folder and the figures into the summary. Every study that needs a mesh starts here.
 */
public final class GeometryPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(GeometryPipeline.class);

    /**
     * @param mesh the mesh (SI units)
     * @param microstructure the particle geometry, or null for a user mesh
     */
    public record Built(Mesh mesh, Microstructure microstructure) { }

    private GeometryPipeline() {
    }

    /**
     * Reads the sections, validates them (all keys of the case must have been read by the caller
     * before, or are read here), then builds the mesh.
     *
     * @param ctx the run
     * @param beforeCompute called after the geometry input is read and before any expensive work,
     *     so that the study can read and check its own section first
     */
    public static Built build(RunContext ctx, Runnable beforeCompute) throws IOException {
        boolean vtu = ctx.root().section("output").bool("mesh_vtu", true);
        CaseNode ms = ctx.root().section("microstructure");
        String source = ms.choice("source", "generate", MicrostructureSources.NAMES);
        if ("gmsh_mesh".equals(source)) {
            Path file = ctx.caseFile(ms.require("file").text());
            double scale = ms.positive("length_unit_m", 1e-6);
            beforeCompute.run();
            Mesh mesh = MshReader.read(file, scale);
            MeshSummaries.mesh(ctx.summary(), mesh);
            writeVtu(ctx, mesh, vtu);
            return new Built(mesh, null);
        }
        MicrostructureSources.Prepared prepared = MicrostructureSources.prepare(ctx, ms, source);
        MeshOptions options = MeshSection.options(ctx.root().section("mesh"));
        beforeCompute.run();
        Microstructure micro = prepared.build(ctx);
        long t0 = System.nanoTime();
        MeshResult result = MicrostructureMesher.mesh(micro, options, ctx.out("mesh.msh"));
        ctx.summary().quantity("time.meshing", (System.nanoTime() - t0) * 1e-9, "s");
        MeshSummaries.report(ctx.summary(), result.report());
        MeshSummaries.mesh(ctx.summary(), result.mesh());
        writeVtu(ctx, result.mesh(), vtu);
        ctx.saveSummary();
        return new Built(result.mesh(), micro);
    }

    private static void writeVtu(RunContext ctx, Mesh mesh, boolean vtu) throws IOException {
        if (vtu) {
            VtuWriter.of(mesh).regionIds().write(ctx.out("mesh.vtu"));
            LOG.info("wrote {}", ctx.out("mesh.vtu"));
        }
    }
}
