package org.ssbfem.solver.study;

import org.ssbfem.mesh.micro.Microstructure;
import org.ssbfem.mesh.micro.PackingGenerator;
import org.ssbfem.mesh.micro.PackingResult;
import org.ssbfem.mesh.micro.PackingSpec;
import org.ssbfem.solver.casefile.CaseNode;
import org.ssbfem.solver.casefile.MicrostructureSection;

/**
 * The particle geometry sources of {@code microstructure.source}: {@code generate} (seeded
 * packing), {@code dem_csv} (x, y, z, r, phase table), {@code lammps_dump} (LIGGGHTS/LAMMPS text
 * dump); {@code gmsh_mesh} (a user's mesh) and {@code image} (a segmented voxel image,
 * {@link org.ssbfem.solver.study.image.ImageSource}) bypass particles and are handled by
 * {@link GeometryPipeline}. Reading the case ({@link #prepare}) is separate from the work
 * ({@link Prepared#build}) so that every key is checked before anything expensive runs.
 */
final class MicrostructureSources {
    static final String[] NAMES = {"generate", "dem_csv", "lammps_dump", "gmsh_mesh", "image"};

    /** A validated source, ready to build its microstructure. */
    interface Prepared {
        Microstructure build(RunContext ctx);
    }

    private MicrostructureSources() {
    }

    static Prepared prepare(RunContext ctx, CaseNode ms, String source) {
        switch (source) {
            case "generate":
                return generate(MicrostructureSection.packing(ms));
            case "dem_csv":
                return ParticleFiles.demCsv(ctx, ms);
            case "lammps_dump":
                return ParticleFiles.lammpsDump(ctx, ms);
            default:
                throw new IllegalArgumentException(source);
        }
    }

    private static Prepared generate(PackingSpec spec) {
        return ctx -> {
            long t0 = System.nanoTime();
            PackingResult r = PackingGenerator.generate(spec);
            ctx.summary().quantity("time.packing", (System.nanoTime() - t0) * 1e-9, "s");
            MeshSummaries.packing(ctx.summary(), r.stats());
            ctx.saveSummary();
            return r.microstructure();
        };
    }
}
