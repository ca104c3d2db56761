package org.ssbfem.solver.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * Memory figures of this process: the peak resident set size ({@code VmHWM} of
 * {@code /proc/self/status}, Linux only: JVM, heap and native libraries such as Gmsh and PETSc
 * together) and the Java heap in use now. MB here means MiB (2^20 bytes).
 */
public final class PeakMemory {
    private static final double MIB = 1024.0 * 1024.0;

    private PeakMemory() {
    }

    /** Peak resident set size, MiB, or empty where /proc is not available. */
    public static OptionalDouble peakRssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.substring(6).trim().split("\\s+");
                    return OptionalDouble.of(Long.parseLong(parts[0]) / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.empty();
    }

    /** Java heap in use, MiB. */
    public static double heapUsedMiB() {
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / MIB;
    }

    /** The peak resident set size, MiB, or the Java heap in use where /proc is absent. */
    public static double rssMegabytes() {
        return peakRssMiB().orElseGet(PeakMemory::heapUsedMiB);
    }
}
