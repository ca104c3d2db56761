package org.ssbfem.solver.linalg;

import java.util.List;
import java.util.Map;
import org.ssbfem.mesh.InputError;

/**
 * Settings of a linear solve, as given under {@code solver.linear} in a case file.
 *
 * <p>Convergence: a Krylov solve stops when ||b - A x||_2 &lt;= max(atol, rtol * ||b||_2), checked on
 * the true residual (not only the recursive estimate). With {@code equilibrate} the test applies to
 * the row/column-scaled system ({@link Equilibration}). The direct method uses rtol/atol the same
 * way to decide how many steps of iterative refinement to take and ignores the preconditioner and
 * the iteration limit.
 *
 * @param method solution method
 * @param preconditioner preconditioner of the Krylov methods
 * @param rtol relative tolerance, in (0, 1)
 * @param atol absolute tolerance on the residual norm (units of b), &gt;= 0
 * @param maxIterations iteration limit of a Krylov solve, &gt;= 1
 * @param gmresRestart Krylov subspace size m of GMRES(m), &gt;= 1
 * @param equilibrate scale rows and columns by powers of two before solving (badly scaled systems)
 */
public record LinearSolverOptions(SolverMethod method, PreconditionerType preconditioner, double rtol,
                                  double atol, int maxIterations, int gmresRestart, boolean equilibrate) {
    /** Parameter path of these options in case files. */
    public static final String PREFIX = "solver.linear";
    /** Keys accepted by {@link #fromMap}, relative to {@link #PREFIX}. */
    public static final List<String> KEYS = List.of("method", "preconditioner", "rtol", "atol",
            "max_iterations", "gmres_restart", "equilibrate");

    /** @throws InputError when a value is out of its range (naming the parameter) */
    public LinearSolverOptions {
        if (method == null || preconditioner == null) {
            throw new InputError(PREFIX, "method and preconditioner must be given", "set method and preconditioner");
        }
        if (!(rtol > 0 && rtol < 1)) {
            throw new InputError(PREFIX + ".rtol", "rtol = " + rtol + " is outside (0, 1)", "use e.g. 1e-10");
        }
        if (!(atol >= 0) || Double.isInfinite(atol)) {
            throw new InputError(PREFIX + ".atol", "atol = " + atol + " must be finite and >= 0", "use 0 or e.g. 1e-14");
        }
        if (maxIterations < 1) {
            throw new InputError(PREFIX + ".max_iterations", "max_iterations = " + maxIterations + " < 1", "use e.g. 1000");
        }
        if (gmresRestart < 1) {
            throw new InputError(PREFIX + ".gmres_restart", "gmres_restart = " + gmresRestart + " < 1", "use e.g. 50");
        }
    }

    /** GMRES(50) + ILU(0), rtol 1e-10, atol 0, 2000 iterations, equilibrated: safe for the coupled Jacobian. */
    public static LinearSolverOptions defaults() {
        return new LinearSolverOptions(SolverMethod.GMRES, PreconditionerType.ILU0, 1e-10, 0.0, 2000, 50, true);
    }

    /** The given method and preconditioner with the other {@link #defaults()}. */
    public static LinearSolverOptions of(SolverMethod method, PreconditionerType preconditioner) {
        return defaults().withMethod(method).withPreconditioner(preconditioner);
    }

    public LinearSolverOptions withMethod(SolverMethod m) {
        return new LinearSolverOptions(m, preconditioner, rtol, atol, maxIterations, gmresRestart, equilibrate);
    }

    public LinearSolverOptions withPreconditioner(PreconditionerType p) {
        return new LinearSolverOptions(method, p, rtol, atol, maxIterations, gmresRestart, equilibrate);
    }

    public LinearSolverOptions withTolerances(double relative, double absolute) {
        return new LinearSolverOptions(method, preconditioner, relative, absolute, maxIterations, gmresRestart, equilibrate);
    }

    public LinearSolverOptions withMaxIterations(int max) {
        return new LinearSolverOptions(method, preconditioner, rtol, atol, max, gmresRestart, equilibrate);
    }

    public LinearSolverOptions withGmresRestart(int m) {
        return new LinearSolverOptions(method, preconditioner, rtol, atol, maxIterations, m, equilibrate);
    }

    public LinearSolverOptions withEquilibrate(boolean on) {
        return new LinearSolverOptions(method, preconditioner, rtol, atol, maxIterations, gmresRestart, on);
    }

    /**
     * Options from case-file values (keys of {@link #KEYS}; values as strings, numbers or booleans);
     * missing keys keep {@link #defaults()}.
     *
     * @param values the map under {@code solver.linear}, not modified
     * @throws InputError for an unknown key or name, or a value that is not a number / boolean,
     *         naming the parameter path ({@code solver.linear.method} etc.) and the valid values
     */
    public static LinearSolverOptions fromMap(Map<String, ?> values) {
        LinearSolverOptions o = defaults();
        for (Map.Entry<String, ?> e : values.entrySet()) {
            o = o.with(e.getKey(), e.getValue());
        }
        return o;
    }

    private LinearSolverOptions with(String key, Object value) {
        String where = PREFIX + "." + key;
        String text = value == null ? "" : value.toString().trim();
        return switch (key) {
            case "method" -> withMethod(SolverMethod.parse(text, where));
            case "preconditioner" -> withPreconditioner(PreconditionerType.parse(text, where));
            case "rtol" -> withTolerances(parseDouble(text, where), atol);
            case "atol" -> withTolerances(rtol, parseDouble(text, where));
            case "max_iterations" -> withMaxIterations(parseInt(text, where));
            case "gmres_restart" -> withGmresRestart(parseInt(text, where));
            case "equilibrate" -> withEquilibrate(parseBoolean(text, where));
            default -> throw new InputError(where, "unknown key '" + key + "'",
                    "valid keys under " + PREFIX + ": " + String.join(", ", KEYS));
        };
    }

    private static double parseDouble(String text, String where) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InputError(where, "'" + text + "' is not a number", "write a number such as 1e-10", e);
        }
    }

    private static int parseInt(String text, String where) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InputError(where, "'" + text + "' is not an integer", "write a whole number such as 500", e);
        }
    }

    private static boolean parseBoolean(String text, String where) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new InputError(where, "'" + text + "' is not a boolean", "write true or false");
    }

    /** A short description, e.g. "GMRES(50) + ILU(0), rtol 1e-10, equilibrated". */
    public String describe() {
        String m = switch (method) {
            case CG -> "CG";
            case GMRES -> "GMRES(" + gmresRestart + ")";
            case BICGSTAB -> "BiCGstab";
            case DIRECT -> "direct sparse LU";
        };
        String p = switch (preconditioner) {
            case NONE -> "";
            case JACOBI -> " + Jacobi";
            case ILU0 -> " + ILU(0)";
            case IC0 -> " + IC(0)";
        };
        return m + (method.iterative() ? p : "") + ", rtol " + rtol + (atol > 0 ? ", atol " + atol : "")
                + (equilibrate ? ", equilibrated" : "");
    }
}
