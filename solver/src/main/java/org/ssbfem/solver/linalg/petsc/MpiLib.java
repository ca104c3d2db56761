package org.ssbfem.solver.linalg.petsc;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

/**
 * The few MPI calls made before PETSc starts and after it stops. Every function returns an MPI
 * error code (0 = {@code MPI_SUCCESS}).
 */
interface MpiLib extends Library {
    /** Open MPI's value of {@code MPI_THREAD_SERIALIZED}: any thread may call, one at a time. */
    int MPI_THREAD_SERIALIZED = 2;

    int MPI_Initialized(IntByReference flag);

    int MPI_Finalized(IntByReference flag);

    /** {@code argc} and {@code argv} may both be null. */
    int MPI_Init_thread(Pointer argc, Pointer argv, int required, IntByReference provided);

    int MPI_Finalize();
}
