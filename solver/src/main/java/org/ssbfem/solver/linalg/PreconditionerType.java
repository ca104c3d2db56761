package org.ssbfem.solver.linalg;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ssbfem.mesh.InputError;

/**
 * The preconditioners offered, by the name used in case files ({@code solver.linear.preconditioner}).
 *
 * <p>MTJ's AMG, ICC, ILUT and SSOR are deliberately absent: see {@code package-info.java}.
 */
public enum PreconditionerType {
    /** No preconditioning (M = I). */
    NONE("none"),
    /** Diagonal scaling: M = diag(A). */
    JACOBI("jacobi"),
    /** Incomplete LU without fill on the matrix's own pattern ({@link Ilu0Preconditioner}). */
    ILU0("ilu0"),
    /**
     * Incomplete Cholesky without fill for symmetric positive definite matrices, on the symmetrically
     * scaled matrix with a diagonal shift where needed ({@link Ic0Preconditioner}): positive
     * definite, the preconditioner for CG.
     */
    IC0("ic0");

    private final String key;

    PreconditionerType(String key) {
        this.key = key;
    }

    /** Name used in case files. */
    public String key() { return key; }

    /**
     * Builds the preconditioner for {@code a} (values read now; later changes to {@code a} are not seen).
     *
     * @throws SolverException when the matrix has a zero or non-finite diagonal or pivot
     */
    public Preconditioner setUp(SparseMatrix a) {
        return switch (this) {
            case NONE -> (r, z) -> System.arraycopy(r, 0, z, 0, r.length);
            case JACOBI -> new JacobiPreconditioner(a);
            case ILU0 -> new Ilu0Preconditioner(a);
            case IC0 -> new Ic0Preconditioner(a);
        };
    }

    /**
     * Parses a case-file name (case-insensitive).
     *
     * @param where parameter path for the error message, e.g. {@code solver.linear.preconditioner}
     * @throws InputError for an unknown name, listing the valid ones
     */
    public static PreconditionerType parse(String name, String where) {
        String k = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (PreconditionerType t : values()) {
            if (t.key.equals(k)) {
                return t;
            }
        }
        throw new InputError(where, "unknown preconditioner '" + name + "'",
                "use one of: " + Arrays.stream(values()).map(PreconditionerType::key).collect(Collectors.joining(", ")));
    }
}
