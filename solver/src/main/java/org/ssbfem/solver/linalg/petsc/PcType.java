package org.ssbfem.solver.linalg.petsc;

import org.ssbfem.mesh.InputError;

/** PETSc's preconditioners offered, by case-file key ({@code solver.petsc.pc}). */
public enum PcType {
    /** No preconditioning. */
    NONE("none", "none"),
    /** Diagonal scaling. */
    JACOBI("jacobi", "jacobi"),
    /** Block Jacobi; on one process a single block solved by ILU(0), tunable with "-sub_pc_type". */
    BJACOBI("bjacobi", "bjacobi"),
    /** Incomplete LU, ILU(0) unless "-pc_factor_levels k" is given. */
    ILU("ilu", "ilu"),
    /** hypre's BoomerAMG algebraic multigrid: iteration counts independent of the mesh size for diffusion. */
    BOOMERAMG("boomeramg", "hypre"),
    /** PETSc's own smoothed-aggregation algebraic multigrid. */
    GAMG("gamg", "gamg"),
    /** Sparse LU factorization, by the package chosen with {@link FactorSolver}; a direct solve with ksp preonly. */
    LU("lu", "lu"),
    /**
     * Block preconditioning by field ({@link FieldSplits}, given by the study: the discharge study's
     * potentials and concentration); each block's solver set with "-fieldsplit_NAME_..." options.
     */
    FIELDSPLIT("fieldsplit", "fieldsplit");

    private final String key;
    private final String petscName;

    PcType(String key, String petscName) {
        this.key = key;
        this.petscName = petscName;
    }

    /** Name used in case files. */
    public String key() { return key; }

    /** PETSc's PCType name. */
    String petscName() { return petscName; }

    /** True for the factorizations, whose package {@link FactorSolver} chooses. */
    boolean factorization() { return this == LU || this == ILU; }

    /**
     * Parses a case-file name (case-insensitive).
     *
     * @param where parameter path for the message, e.g. {@code solver.petsc.pc}
     * @throws InputError for an unknown name, listing the valid ones
     */
    public static PcType parse(String name, String where) {
        return Keys.parse(values(), PcType::key, name, "preconditioner", where);
    }
}
