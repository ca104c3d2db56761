package org.ssbfem.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ssbfem.mesh.build.MeshOptions;
import org.ssbfem.mesh.build.MeshResult;
import org.ssbfem.mesh.build.MicrostructureMesher;
import org.ssbfem.mesh.micro.ContactRule;
import org.ssbfem.mesh.micro.LateralMode;
import org.ssbfem.mesh.micro.PackingGenerator;
import org.ssbfem.mesh.micro.PackingResult;
import org.ssbfem.mesh.micro.PackingSpec;
import org.ssbfem.mesh.micro.SizeDistribution;
import org.ssbfem.solver.study.PeakMemory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ssbfem bench mesh}: generation and meshing time and peak memory of generated 60 vol% CAM
 * packings of given particle counts at order 1 and 2. Each configuration runs in a fresh JVM so
 * that its peak resident memory (VmHWM, Java heap and Gmsh's native memory together) is its own.
 */
@Command(name = "mesh", mixinStandardHelpOptions = true,
        description = {"Times packing generation and meshing for several particle counts and orders.",
            "Each configuration runs in its own process; prints a Markdown table and writes CSV with --csv."})
final class BenchMeshCommand implements Callable<Integer> {
    @Option(names = "--particles", split = ",", defaultValue = "100,300,1000",
            description = "particle counts (default: ${DEFAULT-VALUE})")
    List<Integer> particles;

    @Option(names = "--orders", split = ",", defaultValue = "1,2", description = "mesh orders (default: ${DEFAULT-VALUE})")
    List<Integer> orders;

    @Option(names = "--size-um", defaultValue = "1.2", description = "element size, um (interfaces: half)")
    double sizeUm;

    @Option(names = "--csv", description = "also write the table as CSV to this file")
    Path csv;

    @Option(names = "--one", hidden = true, description = "internal: run one configuration N:ORDER in this process")
    String one;

    static final String HEADER = "particles,order,cam_fraction,generate_s,mesh_s,nodes,cells,straightened,peak_rss_MB";

    @Override
    public Integer call() throws Exception {
        if (one != null) {
            String[] p = one.split(":");
            System.out.println("RESULT " + runOne(Integer.parseInt(p[0]), Integer.parseInt(p[1]), sizeUm));
            return 0;
        }
        List<String> rows = new ArrayList<>();
        System.out.println("| particles | order | CAM fraction | generate (s) | mesh (s) | nodes | cells | straightened | peak RSS (MB) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (int n : particles) {
            for (int order : orders) {
                String row = child(n, order);
                rows.add(row);
                System.out.println("| " + row.replace(",", " | ") + " |");
            }
        }
        if (csv != null) {
            Files.write(csv, prepend(HEADER, rows));
        }
        return 0;
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private String child(int n, int order) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx8g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "bench", "mesh", "--one", n + ":" + order, "--size-um", String.valueOf(sizeUm));
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String result = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("RESULT ")) {
                    result = line.substring(7);
                }
            }
        }
        if (p.waitFor() != 0 || result == null) {
            return n + "," + order + ",failed (exit " + p.exitValue() + "),,,,,,";
        }
        return result;
    }

    /** One configuration: box sized for about n CAM particles of mean radius 2.5 um at 60 vol%. */
    static String runOne(int n, int order, double sizeUm) {
        double r = 2.5e-6;
        double camVolume = n * 4.0 / 3.0 * Math.PI * r * r * r * 1.06;
        double side = Math.cbrt(camVolume / 0.6 / 2.0);
        PackingSpec spec = PackingSpec.camOnly(2 * side, side, side, 0,
                0.6, SizeDistribution.lognormal("bench.cam_radius_um", r, 0.4e-6, 1.8e-6, 3.5e-6),
                ContactRule.overlap(0.1, 0.05), LateralMode.CUT, 1);
        long t0 = System.nanoTime();
        PackingResult packing = PackingGenerator.generate(spec);
        double genS = (System.nanoTime() - t0) * 1e-9;
        long t1 = System.nanoTime();
        MeshResult m = MicrostructureMesher.mesh(packing.microstructure(),
                MeshOptions.of(sizeUm * 1e-6, sizeUm * 0.5e-6, order));
        double meshS = (System.nanoTime() - t1) * 1e-9;
        return String.format(Locale.ROOT, "%d,%d,%.4f,%.2f,%.2f,%d,%d,%d,%.0f", packing.stats().count().values()
                        .stream().mapToInt(Integer::intValue).sum(), order, packing.stats().composite(
                        org.ssbfem.mesh.micro.Phase.CAM), genS, meshS, m.mesh().nodeCount(), m.mesh().cellCount(),
                m.report().highOrder().straightenedCells(), PeakMemory.rssMegabytes());
    }
}
