package org.ssbfem.solver.linalg;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ssbfem.mesh.InputError;

/** The linear solution methods, by the name used in case files ({@code solver.linear.method}). */
public enum SolverMethod {
    /** Preconditioned conjugate gradients: symmetric positive definite matrices only. */
    CG("cg"),
    /** Restarted GMRES(m), right-preconditioned: any nonsingular matrix. */
    GMRES("gmres"),
    /** BiCGstab, right-preconditioned: any nonsingular matrix, short recurrences. */
    BICGSTAB("bicgstab"),
    /** Sparse LU (multifrontal, threshold partial pivoting): small and medium problems, reference solutions. */
    DIRECT("direct");

    private final String key;

    SolverMethod(String key) {
        this.key = key;
    }

    /** Name used in case files. */
    public String key() { return key; }

    /** True for the Krylov methods, which use a preconditioner and an iteration limit. */
    public boolean iterative() { return this != DIRECT; }

    /**
     * Parses a case-file name (case-insensitive).
     *
     * @param where parameter path for the error message, e.g. {@code solver.linear.method}
     * @throws InputError for an unknown name, listing the valid ones
     */
    public static SolverMethod parse(String name, String where) {
        String k = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (SolverMethod m : values()) {
            if (m.key.equals(k)) {
                return m;
            }
        }
        throw new InputError(where, "unknown linear solver method '" + name + "'",
                "use one of: " + Arrays.stream(values()).map(SolverMethod::key).collect(Collectors.joining(", ")));
    }
}
