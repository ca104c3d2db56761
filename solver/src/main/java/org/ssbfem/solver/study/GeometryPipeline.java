package org.ssbfem.solver.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.mesh.MeshOrdering;
import org.ssbfem.mesh.build.MeshOptions;
import org.ssbfem.mesh.build.MeshResult;
import org.ssbfem.mesh.build.MicrostructureMesher;
import org.ssbfem.mesh.io.MshReader;
import org.ssbfem.mesh.io.MshWriter;
import org.ssbfem.mesh.micro.Microstructure;
import org.ssbfem.mesh.voxel.PhaseImage;
import org.ssbfem.mesh.voxel.VoxelMesher;
import org.ssbfem.post.vtk.VtuWriter;
import org.ssbfem.solver.casefile.CaseNode;
import org.ssbfem.solver.casefile.MeshSection;
import org.ssbfem.solver.study.image.ImageSource;
import org.ssbfem.solver.study.image.ImageSummaries;

/**
 * From the case's {@code microstructure:} and {@code mesh:} sections to a {@link Mesh}: builds or
 * imports the microstructure ({@link MicrostructureSources}), reports it, meshes it with Gmsh (or
 * reads the user's {@code .msh}, or splits the voxels of an image into tetrahedra with
 * {@link VoxelMesher}), writes {@code mesh.msh} and {@code mesh.vtu} (region ids) into
 * the output folder and the figures into the summary. Every study that needs a mesh starts here.
 *
 * <p>Resuming ({@link RunContext#resume()}): a mesh that Gmsh generated from particles is read
 * back from the output folder's {@code mesh.msh} ({@link MicrostructureMesher#reread}) instead of
 * packing and meshing again, so the run continues on the mesh it started on (its figures stay in
 * the summary of the interrupted run); user meshes and images are read and meshed as before.
 */
public final class GeometryPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(GeometryPipeline.class);
    /** Largest voxel mesh written as {@code mesh.msh}. */
    private static final int MAX_MSH_CELLS = 2_000_000;

    /**
     * @param mesh the mesh (SI units)
     * @param microstructure the particle geometry, or null for a user mesh
     */
    public record Built(Mesh mesh, Microstructure microstructure) { }

    /**
     * The geometry of a case before any meshing: exactly one of the two is non-null.
     *
     * @param microstructure particles (sources generate, dem_csv, lammps_dump)
     * @param image voxels (source image)
     */
    public record Unmeshed(Microstructure microstructure, PhaseImage image) { }

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
            return new Built(localized(mesh), null);
        }
        if ("image".equals(source)) {
            ImageSource image = ImageSource.read(ms, ctx.caseFile(ms.require("file").text()));
            beforeCompute.run();
            return meshImage(ctx, image.load(), vtu);
        }
        MicrostructureSources.Prepared prepared = MicrostructureSources.prepare(ctx, ms, source);
        MeshOptions options = MeshSection.options(ctx.root().section("mesh"));
        beforeCompute.run();
        if (ctx.resume()) {
            return rereadGenerated(ctx);
        }
        Microstructure micro = prepared.build(ctx);
        long t0 = System.nanoTime();
        MeshResult result = MicrostructureMesher.mesh(micro, options, ctx.out("mesh.msh"));
        ctx.summary().quantity("time.meshing", (System.nanoTime() - t0) * 1e-9, "s");
        MeshSummaries.report(ctx.summary(), result.report());
        MeshSummaries.mesh(ctx.summary(), result.mesh());
        writeVtu(ctx, result.mesh(), vtu);
        ctx.saveSummary();
        return new Built(localized(result.mesh()), micro);
    }

    /** The mesh of the interrupted run, from its {@code mesh.msh}. */
    private static Built rereadGenerated(RunContext ctx) {
        Path msh = ctx.out("mesh.msh");
        if (!Files.isRegularFile(msh)) {
            throw new InputError(msh.toString(), "missing: a resumed run continues on the mesh of the interrupted one",
                    "run without --resume to mesh and start again");
        }
        Mesh mesh = MicrostructureMesher.reread(msh);
        LOG.info("resuming on the mesh of the interrupted run, {}: {} nodes, {} cells", msh, mesh.nodeCount(),
                mesh.cellCount());
        MeshSummaries.mesh(ctx.summary(), mesh);
        return new Built(localized(mesh), null);
    }

    /**
     * The particles or the voxel image of the case, without meshing (for studies that work on the
     * geometry itself, such as the network analysis).
     *
     * @param beforeCompute called once the geometry input is read, before the expensive work
     * @throws InputError for {@code source: gmsh_mesh}, which has neither particles nor voxels
     */
    public static Unmeshed unmeshed(RunContext ctx, Runnable beforeCompute) throws IOException {
        CaseNode ms = ctx.root().section("microstructure");
        String source = ms.choice("source", "generate", MicrostructureSources.NAMES);
        if ("gmsh_mesh".equals(source)) {
            throw ms.error("source", "this study works on particles or voxels, and a Gmsh mesh has neither",
                    "use source: generate, dem_csv, lammps_dump or image");
        }
        if ("image".equals(source)) {
            ImageSource image = ImageSource.read(ms, ctx.caseFile(ms.require("file").text()));
            beforeCompute.run();
            return new Unmeshed(null, image.load());
        }
        MicrostructureSources.Prepared prepared = MicrostructureSources.prepare(ctx, ms, source);
        beforeCompute.run();
        return new Unmeshed(prepared.build(ctx), null);
    }

    /**
     * Meshes an image voxel by voxel; writes {@code mesh.msh} (ASCII) only up to
     * {@link #MAX_MSH_CELLS} cells, since larger voxel meshes make files of gigabytes.
     */
    private static Built meshImage(RunContext ctx, PhaseImage img, boolean vtu) throws IOException {
        ImageSummaries.image(ctx.summary(), img);
        long t0 = System.nanoTime();
        Mesh mesh = VoxelMesher.mesh(img);
        ctx.summary().quantity("time.meshing", (System.nanoTime() - t0) * 1e-9, "s");
        MeshSummaries.mesh(ctx.summary(), mesh);
        if (mesh.cellCount() <= MAX_MSH_CELLS) {
            MshWriter.write(mesh, ctx.out("mesh.msh"));
        } else {
            ctx.summary().info("mesh.notes", java.util.List.of("mesh.msh not written: " + mesh.cellCount()
                    + " cells > " + MAX_MSH_CELLS + " (downsample or crop the image for a Gmsh file)"));
        }
        writeVtu(ctx, mesh, vtu);
        ctx.saveSummary();
        return new Built(localized(mesh), null);
    }

    /**
     * The mesh the solver works on: renumbered for memory locality ({@link MeshOrdering}), which
     * makes the pattern build and assembly 2-4x faster than on Gmsh's numbering. Files written
     * before ({@code mesh.msh}, {@code mesh.vtu}) keep Gmsh's numbering; every later output uses
     * this one, consistently.
     */
    public static Mesh localized(Mesh mesh) {
        long t0 = System.nanoTime();
        Mesh out = MeshOrdering.localized(mesh);
        LOG.debug("mesh renumbered for locality in {} s", String.format("%.3f", (System.nanoTime() - t0) * 1e-9));
        return out;
    }

    private static void writeVtu(RunContext ctx, Mesh mesh, boolean vtu) throws IOException {
        if (vtu) {
            VtuWriter.of(mesh).regionIds().write(ctx.out("mesh.vtu"));
            LOG.info("wrote {}", ctx.out("mesh.vtu"));
        }
    }
}
