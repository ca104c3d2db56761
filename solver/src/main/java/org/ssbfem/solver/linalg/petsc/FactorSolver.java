package org.ssbfem.solver.linalg.petsc;

import org.ssbfem.mesh.InputError;

/**
 * The package that computes an LU or ILU factorization ({@code solver.petsc.factor_solver}),
 * PETSc's {@code -pc_factor_mat_solver_type}.
 */
public enum FactorSolver {
    /** PETSc's own sequential factorization (LU with nested-dissection ordering, or ILU(k)). */
    PETSC("petsc", true),
    /** MUMPS multifrontal LU: robust and fast for 3D problems; no ILU. */
    MUMPS("mumps", false),
    /** SuperLU supernodal LU, or its threshold ILU with pc ilu. */
    SUPERLU("superlu", true);

    private final String key;
    private final boolean incomplete;

    FactorSolver(String key, boolean incomplete) {
        this.key = key;
        this.incomplete = incomplete;
    }

    /** Name used in case files; also PETSc's MatSolverType name. */
    public String key() { return key; }

    /** True when the package can compute an incomplete factorization (pc ilu). */
    boolean offersIlu() { return incomplete; }

    /**
     * Parses a case-file name (case-insensitive).
     *
     * @param where parameter path for the message, e.g. {@code solver.petsc.factor_solver}
     * @throws InputError for an unknown name, listing the valid ones
     */
    public static FactorSolver parse(String name, String where) {
        return Keys.parse(values(), FactorSolver::key, name, "factorization package", where);
    }
}
