package org.ssbfem.mesh;

/**
 * A problem with the user's input (case file, particle list, mesh, image, parameter) that the user
 * can fix. The CLI prints {@link #getMessage()} without a stack trace and exits with code 2.
 *
 * <p>The message always names where the problem is ({@code where}: a file and line, or a parameter
 * path such as {@code microstructure.cam_volume_fraction}) and what to do about it ({@code fix}).
 */
public class InputError extends RuntimeException {
    private final String where;
    private final String fix;
    private final String problem;

    /**
     * @param where file (with ":line" when known) or parameter path the problem is in
     * @param problem what is wrong
     * @param fix what the user should do
     */
    public InputError(String where, String problem, String fix) {
        super(where + ": " + problem + (fix == null || fix.isEmpty() ? "" : "\n  fix: " + fix));
        this.where = where;
        this.fix = fix;
        this.problem = problem;
    }

    /** Same, keeping the underlying cause for logs. */
    public InputError(String where, String problem, String fix, Throwable cause) {
        this(where, problem, fix);
        initCause(cause);
    }

    /** File (and line) or parameter path of the problem. */
    public String where() { return where; }

    /** What is wrong, without the location and the fix. */
    public String problem() { return problem; }

    /** Suggested fix, may be empty. */
    public String fix() { return fix; }
}
