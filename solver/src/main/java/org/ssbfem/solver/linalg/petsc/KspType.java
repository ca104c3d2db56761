package org.ssbfem.solver.linalg.petsc;

import org.ssbfem.mesh.InputError;

/**
 * PETSc's Krylov methods offered, by case-file key ({@code solver.petsc.ksp}).
 *
 * <p>Every Krylov method is set up to test the unpreconditioned residual ||b - A x||_2, as the MTJ
 * solvers do: CG preconditions on the left (it tracks the true residual anyway), GMRES, FGMRES and
 * BiCGstab on the right.
 */
public enum KspType {
    /** Conjugate gradients: symmetric positive definite matrices and preconditioners only. */
    CG("cg", "cg", PcSide.LEFT),
    /** Restarted GMRES (PETSc's default restart 30; change it with "-ksp_gmres_restart 50"). */
    GMRES("gmres", "gmres", PcSide.RIGHT),
    /** Flexible GMRES: tolerates a preconditioner that changes between iterations (inner Krylov solves). */
    FGMRES("fgmres", "fgmres", PcSide.RIGHT),
    /** BiCGstab: nonsymmetric matrices, short recurrences. */
    BICGSTAB("bicgstab", "bcgs", PcSide.RIGHT),
    /** No iteration: applies the preconditioner once; with {@code pc lu} a sparse direct solve. */
    PREONLY("preonly", "preonly", PcSide.NONE);

    /** Where the preconditioner is applied; NONE for a method without a residual test. */
    enum PcSide { LEFT, RIGHT, NONE }

    private final String key;
    private final String petscName;
    private final PcSide side;

    KspType(String key, String petscName, PcSide side) {
        this.key = key;
        this.petscName = petscName;
        this.side = side;
    }

    /** Name used in case files. */
    public String key() { return key; }

    /** PETSc's KSPType name. */
    String petscName() { return petscName; }

    PcSide side() { return side; }

    /**
     * Parses a case-file name (case-insensitive).
     *
     * @param where parameter path for the message, e.g. {@code solver.petsc.ksp}
     * @throws InputError for an unknown name, listing the valid ones
     */
    public static KspType parse(String name, String where) {
        return Keys.parse(values(), KspType::key, name, "Krylov method", where);
    }
}
