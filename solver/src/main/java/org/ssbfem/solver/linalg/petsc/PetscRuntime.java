package org.ssbfem.solver.linalg.petsc;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.solver.linalg.SolverException;

/**
 * The one PETSc instance of this process: started lazily on first use, stopped by a JVM shutdown
 * hook, and guarded by one lock, since PETSc is not thread-safe.
 *
 * <p>Start-up: load the libraries ({@link PetscLoader}); initialize MPI with
 * {@code MPI_THREAD_SERIALIZED} (PETSc is called from whichever thread holds the lock); set
 * {@code -no_signal_handler}, because the JVM handles SIGSEGV itself (implicit null checks,
 * safepoints) and PETSc's handler would abort the process; {@code PetscInitializeNoArguments};
 * replace PETSc's error printer by {@code PetscReturnErrorHandler} (errors come back as codes and
 * {@link #check} turns them into exceptions with PETSc's message); verify 32-bit {@code PetscInt}.
 * A failure at any step is remembered as the reason PETSc is unavailable and never retried.
 */
final class PetscRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(PetscRuntime.class);
    private static final int PETSC_INT = 16;
    private static final Object START_LOCK = new Object();
    private static PetscRuntime instance;
    private static String failure;

    final PetscLib lib;
    /** {@code MPI_COMM_SELF}: every object here is sequential. */
    final Pointer commSelf;
    /** E.g. "3.18.5". */
    final String version;
    private final PetscLoader.Loaded loaded;
    private final boolean ownsMpi;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean finalized;

    private PetscRuntime(PetscLoader.Loaded loaded, boolean ownsMpi, String version) {
        this.loaded = loaded;
        this.lib = loaded.petsc();
        this.commSelf = loaded.commSelf();
        this.ownsMpi = ownsMpi;
        this.version = version;
    }

    /** Why PETSc cannot be used, or empty when it started (starting it on first call). */
    static Optional<String> unavailableReason() {
        synchronized (START_LOCK) {
            if (instance == null && failure == null) {
                try {
                    instance = start();
                } catch (UnsatisfiedLinkError | IllegalStateException | SolverException e) {
                    failure = e.getMessage();
                    LOG.debug("PETSc is not available: {}", failure);
                }
            }
            return Optional.ofNullable(failure);
        }
    }

    /**
     * The running instance.
     *
     * @throws IllegalStateException when PETSc is unavailable (callers check first)
     */
    static PetscRuntime get() {
        Optional<String> why = unavailableReason();
        if (why.isPresent()) {
            throw new IllegalStateException("PETSc is not available: " + why.get());
        }
        synchronized (START_LOCK) {
            return instance;
        }
    }

    /**
     * Runs {@code body} holding the PETSc lock.
     *
     * @throws SolverException when PETSc has already been finalized (JVM shutting down)
     */
    <T> T locked(Supplier<T> body) {
        lock.lock();
        try {
            if (finalized) {
                throw new SolverException("PETSc has been finalized: the JVM is shutting down");
            }
            return body.get();
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code body} holding the PETSc lock even after PETSc stopped; for releasing native objects. */
    void withLock(Runnable body) {
        lock.lock();
        try {
            body.run();
        } finally {
            lock.unlock();
        }
    }

    /** False once PETSc has been finalized; call holding the lock. */
    boolean running() {
        return !finalized;
    }

    /**
     * Throws when a PETSc call failed.
     *
     * @param code the returned {@code PetscErrorCode}
     * @param function the C function called, for the message
     * @throws SolverException with PETSc's generic text and specific message
     */
    void check(int code, String function) {
        if (code != 0) {
            throw new SolverException("PETSc " + function + " failed: " + errorText(code));
        }
    }

    /** PETSc's description of error {@code code}: "specific message (generic text, error n)". */
    String errorText(int code) {
        PointerByReference text = new PointerByReference();
        PointerByReference specific = new PointerByReference();
        if (lib.PetscErrorMessage(code, text, specific) != 0) {
            return "error code " + code;
        }
        String generic = text.getValue() == null ? "" : text.getValue().getString(0);
        String detail = specific.getValue() == null ? "" : specific.getValue().getString(0).trim();
        return (detail.isEmpty() ? "" : detail + " ") + "(" + generic + ", error " + code + ")";
    }

    private static PetscRuntime start() {
        PetscLoader.Loaded loaded = PetscLoader.load();
        boolean ownsMpi = startMpi(loaded.mpi());
        PetscLib lib = loaded.petsc();
        failIf(lib.PetscOptionsSetValue(null, "-no_signal_handler", null), "PetscOptionsSetValue");
        failIf(lib.PetscInitializeNoArguments(), "PetscInitializeNoArguments");
        failIf(lib.PetscPushErrorHandler(loaded.returnErrorHandler(), null), "PetscPushErrorHandler");
        PetscRuntime rt = new PetscRuntime(loaded, ownsMpi, versionOf(lib));
        LongByReference intSize = new LongByReference();
        rt.check(lib.PetscDataTypeGetSize(PETSC_INT, intSize), "PetscDataTypeGetSize");
        if (intSize.getValue() != 4) {
            rt.stop();
            throw new IllegalStateException(loaded.petscFile() + " uses " + 8 * intSize.getValue()
                    + "-bit indices; this binding needs a build with 32-bit PetscInt (Debian's libpetsc-real3.18)");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(rt::stopAtExit, "petsc-finalize"));
        LOG.info("PETSc {} started from {}", rt.version, loaded.petscFile());
        return rt;
    }

    /** Initializes MPI unless someone else did; true when this runtime must finalize it. */
    private static boolean startMpi(MpiLib mpi) {
        IntByReference flag = new IntByReference();
        failIf(mpi.MPI_Initialized(flag), "MPI_Initialized");
        if (flag.getValue() != 0) {
            return false;
        }
        IntByReference provided = new IntByReference();
        failIf(mpi.MPI_Init_thread(null, null, MpiLib.MPI_THREAD_SERIALIZED, provided), "MPI_Init_thread");
        if (provided.getValue() < MpiLib.MPI_THREAD_SERIALIZED) {
            LOG.warn("MPI provides thread level {} only; PETSc calls are serialized by one lock anyway",
                    provided.getValue());
        }
        return true;
    }

    private static String versionOf(PetscLib lib) {
        IntByReference major = new IntByReference();
        IntByReference minor = new IntByReference();
        IntByReference sub = new IntByReference();
        failIf(lib.PetscGetVersionNumber(major, minor, sub, new IntByReference()), "PetscGetVersionNumber");
        return major.getValue() + "." + minor.getValue() + "." + sub.getValue();
    }

    private static void failIf(int code, String function) {
        if (code != 0) {
            throw new IllegalStateException(function + " returned error " + code + " while starting PETSc");
        }
    }

    /** Shutdown hook: waits briefly for a running solve, then finalizes PETSc and MPI. */
    private void stopAtExit() {
        try {
            if (lock.tryLock(10, TimeUnit.SECONDS)) {
                try {
                    stop();
                } finally {
                    lock.unlock();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stop() {
        if (finalized) {
            return;
        }
        finalized = true;
        int code = lib.PetscFinalize();
        int mpiCode = ownsMpi ? loaded.mpi().MPI_Finalize() : 0;
        if (code != 0 || mpiCode != 0) {
            LOG.warn("PetscFinalize returned {}, MPI_Finalize {}", code, mpiCode);
        } else {
            LOG.debug("PETSc finalized{}", ownsMpi ? ", MPI finalized" : "");
        }
    }
}
