package org.ssbfem.solver.study.network;

import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.micro.Microstructure;
import org.ssbfem.mesh.micro.Particle;
import org.ssbfem.mesh.network.ContactGraph;
import org.ssbfem.mesh.network.NetworkAnalysis;
import org.ssbfem.mesh.network.VoxelClusters;
import org.ssbfem.mesh.voxel.PhaseImage;
import org.ssbfem.mesh.voxel.Voxelizer;
import org.ssbfem.post.Summary;
import org.ssbfem.solver.casefile.CaseNode;
import org.ssbfem.solver.study.GeometryPipeline;
import org.ssbfem.solver.study.PeakMemory;
import org.ssbfem.solver.study.RunContext;
import org.ssbfem.solver.study.Study;
import org.ssbfem.solver.study.image.ImageSummaries;

/**
 * {@code study: network}: the conduction-network (percolation) analysis of a microstructure
 * without meshing (Bielefeld et al., J. Phys. Chem. C 2019): which CAM is electronically connected
 * to the collector, which SE ionically to the anode, the active interface and the utilization
 * bound. Works on voxel images ({@code source: image}) directly and on particle sources
 * (generated, DEM, LAMMPS) sampled on a voxel grid ({@code network.voxel_size_um}), where the
 * particle contact graph is analysed as well. Writes {@code summary.json} ({@link NetworkSummary})
 * and {@code network.vti} (cell arrays {@code phase}, {@code cluster}, {@code connected}).
 */
public final class NetworkStudy implements Study {
    private static final Logger LOG = LoggerFactory.getLogger(NetworkStudy.class);

    @Override
    public String name() { return "network"; }

    @Override
    public String description() {
        return "conduction network (percolation): connected CAM and SE, active interface, utilization bound";
    }

    @Override
    public void run(RunContext ctx) throws Exception {
        NetworkSettings[] st = new NetworkSettings[1];
        GeometryPipeline.Unmeshed g = GeometryPipeline.unmeshed(ctx, () -> st[0] = readInput(ctx));
        Summary s = ctx.summary();
        long t0 = System.nanoTime();
        PhaseImage img = g.image() != null ? g.image() : sample(ctx, g.microstructure(), st[0]);
        s.info("image.voxels", List.of(img.nx(), img.ny(), img.nz()));
        s.quantity("image.voxel_size", img.voxelSizeM(), "m");
        ImageSummaries.volumeFractions(s, img);
        long t1 = System.nanoTime();
        NetworkAnalysis.Result r = NetworkAnalysis.analyse(img, st[0].connectivity());
        s.quantity("time.network", (System.nanoTime() - t1) * 1e-9, "s");
        NetworkSummary.write(s, img, r, st[0]);
        LOG.info("network: utilization bound {}, active interface {} of {}", r.utilizationBound(),
                r.interfaces().activeSmoothedM2(), r.interfaces().smoothedM2());
        if (st[0].vtk()) {
            writeVti(ctx, img, r.clusters());
        }
        s.quantity("time.network_total", (System.nanoTime() - t0) * 1e-9, "s");
        s.quantity("network.peak_memory_rss", PeakMemory.rssMegabytes(), "MB");
        ctx.saveSummary();
    }

    private static NetworkSettings readInput(RunContext ctx) {
        CaseNode src = ctx.root().find("microstructure.source");
        boolean image = src != null && "image".equalsIgnoreCase(src.text());
        NetworkSettings st = NetworkSettings.read(ctx.root().section("network"), image);
        ctx.checkNoUnknownKeys();
        return st;
    }

    /** Samples a particle microstructure on voxels and analyses its contact graph. */
    private static PhaseImage sample(RunContext ctx, Microstructure m, NetworkSettings st) {
        double h = st.voxelSizeM();
        if (Double.isNaN(h)) {
            h = m.particles().stream().mapToDouble(Particle::radiusM).min().orElse(m.lxM() / 50) / 8;
        }
        long t0 = System.nanoTime();
        PhaseImage img = Voxelizer.sample(m, h);
        ctx.summary().quantity("time.voxelize", (System.nanoTime() - t0) * 1e-9, "s");
        if (st.contactGraph()) {
            NetworkSummary.contactGraph(ctx.summary(), ContactGraph.of(m));
        }
        return img;
    }

    private static void writeVti(RunContext ctx, PhaseImage img, VoxelClusters cl) throws IOException {
        int[] ids = cl.ids();
        byte[] connected = new byte[ids.length];
        for (int v = 0; v < ids.length; v++) {
            int c = ids[v];
            if (c >= 0) {
                byte terminal = cl.network(c) == 1 ? VoxelClusters.LOW : VoxelClusters.HIGH;
                connected[v] = (byte) ((cl.flags(c) & terminal) != 0 ? 1 : 0);
            }
        }
        VtiWriter.write(ctx.out("network.vti"), new int[] {img.nx(), img.ny(), img.nz()}, img.voxelSizeM(),
                img.phases(), ids, connected);
        LOG.info("wrote {}", ctx.out("network.vti"));
    }
}
