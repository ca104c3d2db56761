package org.ssbfem.solver.study.network;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.post.Summary;
import org.ssbfem.solver.study.CaseRunner;

/**
 * Voxel-to-mesh and an ionic conductivity solve (x, P1, CG + Jacobi) on an n^3 image of
 * overlapping CAM spheres (radius 8 voxels, about 45 vol%) in SE, through the case runner: times of
 * meshing and solving, mesh size and peak memory. n from the environment variable
 * {@code SSBFEM_IMAGE_BENCH_N} (default 100; the issue asks for 200). Run with
 * {@code mvn test -pl solver -am -Dssbfem.groups=benchmark -Dssbfem.excludedGroups=
 * -Dtest=ImageConductivityBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class ImageConductivityBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(ImageConductivityBenchmark.class);

    @TempDir
    Path dir;

    @Test
    void conductivityOfAnImage() throws Exception {
        String env = System.getenv("SSBFEM_IMAGE_BENCH_N");
        int n = env == null ? 100 : Integer.parseInt(env);
        Files.write(dir.resolve("img.raw"), spheres(n, 8, 0.45, 11));
        Files.writeString(dir.resolve("case.yaml"), "study: conductivity\n"
                + "microstructure: {source: image, file: img.raw, raw: {dims: [" + n + ", " + n + ", " + n + "]},"
                + " voxel_size_um: 0.1, labels: {0: se, 1: cam}}\n"
                + "conductivity: {transports: [ionic], directions: [x], vtu: false,"
                + " solver: {backend: mtj, method: cg, preconditioner: jacobi, rtol: 1.0e-8}}\n"
                + "output: {mesh_vtu: false}\n");
        Summary s = CaseRunner.run(dir.resolve("case.yaml"), dir.resolve("out"), false);
        LOG.info("image {}^3: mesh {} nodes, {}; meshing {} s, conductivity {} s (CG {} iterations), "
                        + "sigma_eff {} S/m, peak RSS {} MB", n, s.entries().get("mesh.nodes"), s.entries().get("mesh.cells"),
                s.value("time.meshing"), s.value("time.conductivity"), s.entries().get("solver.iterations.ionic.x"),
                s.value("effective_conductivity.ionic"), s.value("peak_memory"));
    }

    /** Labels 0 (SE) and 1 (CAM spheres of radius r voxels, CAM fraction about phi). */
    static byte[] spheres(int n, double r, double phi, long seed) {
        byte[] p = new byte[n * n * n];
        int count = (int) (-Math.log(1 - phi) * n * (double) n * n / (4.0 / 3 * Math.PI * r * r * r));
        SplittableRandom rnd = new SplittableRandom(seed);
        int ir = (int) Math.ceil(r);
        for (int s = 0; s < count; s++) {
            double cx = rnd.nextDouble() * n;
            double cy = rnd.nextDouble() * n;
            double cz = rnd.nextDouble() * n;
            for (int k = Math.max(0, (int) cz - ir); k <= Math.min(n - 1, (int) cz + ir); k++) {
                for (int j = Math.max(0, (int) cy - ir); j <= Math.min(n - 1, (int) cy + ir); j++) {
                    for (int i = Math.max(0, (int) cx - ir); i <= Math.min(n - 1, (int) cx + ir); i++) {
                        double dx = i + 0.5 - cx;
                        double dy = j + 0.5 - cy;
                        double dz = k + 0.5 - cz;
                        if (dx * dx + dy * dy + dz * dz <= r * r) {
                            p[i + n * (j + n * k)] = 1;
                        }
                    }
                }
            }
        }
        return p;
    }
}
