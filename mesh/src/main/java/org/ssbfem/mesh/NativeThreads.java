package org.ssbfem.mesh;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the native libraries' own thread pools out of the way: sets {@code OPENBLAS_NUM_THREADS}
 * and {@code OMP_NUM_THREADS} to 1 in this process's environment (unless the user set them) before
 * Gmsh or PETSc is loaded, since OpenBLAS and libgomp read them once, when they are loaded.
 *
 * <p>Why: PETSc here is sequential, and the OpenBLAS and OpenMP threads that Debian's PETSc, hypre
 * and MUMPS bring along busy-wait ({@code sched_yield}) after every call. Measured on the first
 * 135 s of the 1C bench discharge (field split, 2 cores): 98 s CPU, 22 s of it system time in
 * 550,000 sched_yield calls per 40 s simulated, against 66 s CPU and 1 s system time with both set
 * to 1, at equal or shorter wall time. Gmsh sets its own thread count ({@code mesh.threads}).
 * Idempotent; failures (no libc, a non-glibc platform) are logged at debug and ignored.
 */
public final class NativeThreads {
    private static final Logger LOG = LoggerFactory.getLogger(NativeThreads.class);
    private static final List<String> VARIABLES = List.of("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS");
    private static boolean done;

    private NativeThreads() {
    }

    /** The part of libc used here. */
    private interface CLib extends Library {
        int setenv(String name, String value, int overwrite);
    }

    /** Sets the variables to 1 where unset; call before loading any native library that uses them. */
    public static synchronized void limitBeforeLoading() {
        if (done) {
            return;
        }
        done = true;
        try {
            CLib c = Native.load("c", CLib.class);
            for (String v : VARIABLES) {
                if (System.getenv(v) == null && c.setenv(v, "1", 0) != 0) {
                    LOG.debug("setenv {} failed", v);
                }
            }
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            LOG.debug("could not limit the native thread pools: {}", e.toString());
        }
    }
}
