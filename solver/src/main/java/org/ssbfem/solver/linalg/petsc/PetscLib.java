package org.ssbfem.solver.linalg.petsc;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.DoubleByReference;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * The part of PETSc's C API (3.18, real double scalars, 32-bit {@code PetscInt}) this package calls.
 * Every function returns a {@code PetscErrorCode} (0 on success) that {@link PetscRuntime#check}
 * turns into an exception.
 *
 * <p>Type mapping: {@code Mat}, {@code Vec}, {@code KSP}, {@code PC}, {@code PetscOptions} and
 * Open MPI's {@code MPI_Comm} are opaque pointers; {@code PetscInt}, {@code PetscBool} and C enums
 * are {@code int}; {@code PetscReal}/{@code PetscScalar} are {@code double}; {@code size_t} is
 * {@code long}. A {@code null} {@code PetscOptions} means the global options database.
 */
interface PetscLib extends Library {
    int PetscOptionsSetValue(Pointer options, String name, String value);

    int PetscOptionsInsertString(Pointer options, String text);

    int PetscOptionsPrefixPush(Pointer options, String prefix);

    int PetscOptionsPrefixPop(Pointer options);

    int PetscOptionsClearValue(Pointer options, String name);

    int PetscOptionsUsed(Pointer options, String name, IntByReference used);

    int PetscInitializeNoArguments();

    int PetscFinalize();

    int PetscGetVersionNumber(IntByReference major, IntByReference minor, IntByReference subminor,
                              IntByReference release);

    int PetscDataTypeGetSize(int dataType, LongByReference size);

    int PetscPushErrorHandler(Pointer handler, Pointer context);

    int PetscErrorMessage(int code, PointerByReference text, PointerByReference specific);

    int MatCreateSeqAIJWithArrays(Pointer comm, int rows, int cols, Pointer rowPtr, Pointer colIdx, Pointer values,
                                  PointerByReference mat);

    int MatSeqAIJGetArray(Pointer mat, PointerByReference values);

    int MatSeqAIJRestoreArray(Pointer mat, PointerByReference values);

    int MatDestroy(PointerByReference mat);

    int VecCreateSeq(Pointer comm, int n, PointerByReference vec);

    int VecGetArray(Pointer vec, PointerByReference values);

    int VecRestoreArray(Pointer vec, PointerByReference values);

    int VecDestroy(PointerByReference vec);

    int ISCreateGeneral(Pointer comm, int n, Pointer indices, int copyMode, PointerByReference is);

    int ISDestroy(PointerByReference is);

    int PCFieldSplitSetIS(Pointer pc, String splitName, Pointer is);

    int KSPCreate(Pointer comm, PointerByReference ksp);

    int KSPSetOptionsPrefix(Pointer ksp, String prefix);

    int KSPSetType(Pointer ksp, String type);

    int KSPGetPC(Pointer ksp, PointerByReference pc);

    int PCSetType(Pointer pc, String type);

    int PCHYPRESetType(Pointer pc, String type);

    int PCFactorSetMatSolverType(Pointer pc, String type);

    int PCGetFailedReason(Pointer pc, IntByReference reason);

    int KSPSetPCSide(Pointer ksp, int side);

    int KSPSetNormType(Pointer ksp, int normType);

    int KSPSetOperators(Pointer ksp, Pointer amat, Pointer pmat);

    int KSPSetFromOptions(Pointer ksp);

    int KSPSetReusePreconditioner(Pointer ksp, int flag);

    int KSPSetTolerances(Pointer ksp, double rtol, double abstol, double dtol, int maxIterations);

    int KSPSetUp(Pointer ksp);

    int KSPSolve(Pointer ksp, Pointer b, Pointer x);

    int KSPGetIterationNumber(Pointer ksp, IntByReference iterations);

    int KSPGetConvergedReason(Pointer ksp, IntByReference reason);

    int KSPGetConvergedReasonString(Pointer ksp, PointerByReference text);

    int KSPGetResidualNorm(Pointer ksp, DoubleByReference norm);

    int KSPGetType(Pointer ksp, PointerByReference type);

    int KSPDestroy(PointerByReference ksp);
}
