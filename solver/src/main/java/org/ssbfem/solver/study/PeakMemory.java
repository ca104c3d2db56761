package org.ssbfem.solver.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Peak resident memory of this process (Java heap and native libraries such as Gmsh together). */
public final class PeakMemory {
    private PeakMemory() {
    }

    /** VmHWM from /proc/self/status in MB, or the Java heap in use where /proc is absent. */
    public static double rssMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // fall through to the heap figure
        }
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / 1048576.0;
    }
}
