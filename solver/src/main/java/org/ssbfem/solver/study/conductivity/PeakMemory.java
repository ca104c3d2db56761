package org.ssbfem.solver.study.conductivity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * Memory figures of this process for the summary: the peak resident set size ({@code VmHWM} of
 * {@code /proc/self/status}, Linux only: JVM, heap and native memory such as PETSc's) and the Java
 * heap in use now.
 */
final class PeakMemory {
    private static final double MIB = 1024.0 * 1024.0;

    private PeakMemory() {
    }

    /** Peak resident set size, MiB, or empty where /proc is not available. */
    static OptionalDouble peakRssMiB() {
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
    static double heapUsedMiB() {
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / MIB;
    }
}
