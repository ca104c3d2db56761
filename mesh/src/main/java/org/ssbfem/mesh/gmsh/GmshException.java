package org.ssbfem.mesh.gmsh;

/**
 * A Gmsh call failed. The message carries Gmsh's own error text (from
 * {@code gmshLoggerGetLastError}) and the API function that reported it, or, for checks ssbfem makes
 * itself (a missing entity, a missing library), what was wrong.
 */
public class GmshException extends RuntimeException {
    private final String function;
    private final String gmshMessage;

    /**
     * @param function the Gmsh C function (or ssbfem operation) that failed
     * @param gmshMessage Gmsh's error text, or ssbfem's description of the problem
     */
    public GmshException(String function, String gmshMessage) {
        super(function + ": " + gmshMessage);
        this.function = function;
        this.gmshMessage = gmshMessage;
    }

    /** Same, keeping the underlying cause. */
    public GmshException(String function, String gmshMessage, Throwable cause) {
        this(function, gmshMessage);
        initCause(cause);
    }

    /** The Gmsh C function (or ssbfem operation) that failed. */
    public String function() { return function; }

    /** Gmsh's error text (without the function name). */
    public String gmshMessage() { return gmshMessage; }
}
