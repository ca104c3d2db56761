package org.ssbfem.mesh.network;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.voxel.PhaseImage;

/**
 * Speed of the network analysis on a 500^3 voxel image (125 M voxels): overlapping random CAM
 * spheres (radius 8 voxels, about 45 vol%) in SE, 6-, 18- and 26-connectivity; wall time and the
 * process CPU time (all threads, JIT and GC included), which a loaded machine inflates less. Target: under 10 s and
 * 2 GB. Run with
 * {@code mvn test -pl mesh -Dssbfem.groups=benchmark -Dssbfem.excludedGroups= -Dtest=NetworkBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; other sizes with {@code -Dnetwork.bench.n=...}.
 * The peak resident memory (VmHWM) includes the JVM and the 125 MB image itself.
 */
@Tag("benchmark")
class NetworkBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(NetworkBenchmark.class);

    @Test
    void fiveHundredCubed() throws Exception {
        int n = Integer.getInteger("network.bench.n", 500);
        long t0 = System.nanoTime();
        PhaseImage img = spheres(n, 8, 0.45, 7);
        LOG.info("built {}^3 image in {} s, peak RSS {} MB", n, String.format("%.1f", (System.nanoTime() - t0) * 1e-9),
                peakRssMb());
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (Connectivity c : new Connectivity[] {Connectivity.FACE, Connectivity.EDGE, Connectivity.VERTEX}) {
            long t1 = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            NetworkAnalysis.Result r = NetworkAnalysis.analyse(img, c);
            double s = (System.nanoTime() - t1) * 1e-9;
            double cpuS = (os.getProcessCpuTime() - cpu) * 1e-9;
            LOG.info("network {}^3, {}-connectivity: {} s wall, {} s CPU, {} clusters, utilization bound {}, peak RSS {} MB",
                    n, c.neighbours(), String.format("%.2f", s), String.format("%.2f", cpuS), r.clusters().count(),
                    String.format("%.4f", r.utilizationBound()), peakRssMb());
            assertTrue(r.utilizationBound() > 0);
        }
    }

    private static long peakRssMb() throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    /** Overlapping CAM spheres of radius r voxels until the CAM fraction reaches about phi. */
    static PhaseImage spheres(int n, double r, double phi, long seed) {
        byte[] p = new byte[n * n * n];
        double vSphere = 4.0 / 3 * Math.PI * r * r * r;
        int count = (int) (-Math.log(1 - phi) * n * (double) n * n / vSphere);
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
                            p[i + n * (j + n * k)] = PhaseImage.CAM;
                        }
                    }
                }
            }
        }
        return new PhaseImage(n, n, n, 1e-7, p);
    }
}
