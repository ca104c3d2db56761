package org.ssbfem.solver.linalg.petsc;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds and loads Open MPI and PETSc with JNA. Nothing here runs before the first call of
 * {@link #load()}, so the MTJ path never touches native code.
 *
 * <p>Order matters: {@code libmpi} is loaded first with {@code RTLD_GLOBAL}, because Open MPI opens
 * its own plug-ins with {@code dlopen} and they need libmpi's symbols in the global namespace.
 * {@code MPI_COMM_SELF} under Open MPI is the address of the global {@code ompi_mpi_comm_self},
 * not a constant; an MPI without that symbol (MPICH) is refused.
 *
 * <p>Search order for PETSc: the system property {@value #LIBRARY_PROPERTY} (a file path or
 * library name) when set, then {@code petsc_real} (Debian's real build, needs the unversioned
 * link of the -dev package) and {@code libpetsc_real.so.3.18} (the runtime package's soname).
 * The library must be a real, double precision build with 32-bit indices; {@link PetscRuntime}
 * checks the index size.
 */
final class PetscLoader {
    /** System property naming the PETSc library explicitly. */
    static final String LIBRARY_PROPERTY = "ssbfem.petsc.library";

    private static final int RTLD_NOW = 0x2;
    private static final int RTLD_GLOBAL = 0x100;
    private static final Map<String, Object> GLOBAL = Map.of(Library.OPTION_OPEN_FLAGS, RTLD_NOW | RTLD_GLOBAL);
    private static final List<String> MPI_NAMES = List.of("libmpi.so.40", "mpi");

    /**
     * The loaded libraries.
     *
     * @param petsc PETSc's functions
     * @param mpi MPI's start and stop functions
     * @param commSelf the value of {@code MPI_COMM_SELF}
     * @param returnErrorHandler address of {@code PetscReturnErrorHandler}, to silence PETSc's printing
     * @param petscFile the PETSc library file that was loaded
     */
    record Loaded(PetscLib petsc, MpiLib mpi, Pointer commSelf, Pointer returnErrorHandler, String petscFile) {
    }

    private PetscLoader() {
    }

    /** Candidate names of the PETSc library, in search order. */
    static List<String> petscCandidates() {
        List<String> names = new ArrayList<>();
        String explicit = System.getProperty(LIBRARY_PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            names.add(explicit.trim());
        }
        names.add("petsc_real");
        names.add("libpetsc_real.so.3.18");
        return names;
    }

    /**
     * Loads MPI and PETSc.
     *
     * @throws UnsatisfiedLinkError when a library or a symbol is missing, naming what was tried
     */
    static Loaded load() {
        org.ssbfem.mesh.NativeThreads.limitBeforeLoading();
        if (Native.POINTER_SIZE != 8) {
            throw new UnsatisfiedLinkError("the PETSc binding needs a 64-bit JVM");
        }
        String mpiName = firstLoadable(MPI_NAMES, "Open MPI (libmpi.so.40)");
        Pointer commSelf;
        try {
            commSelf = NativeLibrary.getInstance(mpiName, GLOBAL).getGlobalVariableAddress("ompi_mpi_comm_self");
        } catch (UnsatisfiedLinkError e) {
            throw new UnsatisfiedLinkError("the MPI library " + mpiName + " is not Open MPI (no symbol"
                    + " ompi_mpi_comm_self); this binding supports PETSc built with Open MPI only");
        }
        String petscName = firstLoadable(petscCandidates(), "PETSc");
        NativeLibrary petsc = NativeLibrary.getInstance(petscName, GLOBAL);
        return new Loaded(Native.load(petscName, PetscLib.class, GLOBAL), Native.load(mpiName, MpiLib.class, GLOBAL),
                commSelf, petsc.getFunction("PetscReturnErrorHandler"), petsc.getFile().getPath());
    }

    private static String firstLoadable(List<String> names, String what) {
        List<String> failures = new ArrayList<>();
        for (String name : names) {
            try {
                NativeLibrary.getInstance(name, GLOBAL);
                return name;
            } catch (UnsatisfiedLinkError e) {
                failures.add(name + " (" + firstLine(e.getMessage()) + ")");
            }
        }
        throw new UnsatisfiedLinkError(what + " was not found; tried " + String.join(", ", failures));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no detail";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
