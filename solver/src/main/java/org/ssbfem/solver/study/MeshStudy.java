package org.ssbfem.solver.study;

/**
 * {@code study: mesh}: builds or imports the microstructure and meshes it, nothing more. Writes
 * {@code mesh.msh}, {@code mesh.vtu} (region ids for ParaView) and the packing and mesh figures
 * (volume fractions, contacts, counts, quality, times) into {@code summary.json}.
 */
public final class MeshStudy implements Study {
    @Override
    public String name() { return "mesh"; }

    @Override
    public String description() {
        return "build or import the microstructure and mesh it (no physics)";
    }

    @Override
    public void run(RunContext ctx) throws Exception {
        GeometryPipeline.build(ctx, ctx::checkNoUnknownKeys);
    }
}
