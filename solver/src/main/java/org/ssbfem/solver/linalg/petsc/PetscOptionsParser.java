package org.ssbfem.solver.linalg.petsc;

import org.ssbfem.mesh.InputError;

/**
 * Reads {@link PetscOptions} key by key from case-file values, deferring the combination checks
 * (e.g. ksp preonly needs pc lu) until every key has been read, so that the order of keys in the
 * file does not matter.
 */
final class PetscOptionsParser {
    private KspType ksp;
    private PcType pc;
    private FactorSolver factorSolver;
    private double rtol;
    private double atol;
    private int maxIterations;
    private boolean reuse;
    private String extra;

    PetscOptionsParser(PetscOptions start) {
        ksp = start.ksp();
        pc = start.pc();
        factorSolver = start.factorSolver();
        rtol = start.rtol();
        atol = start.atol();
        maxIterations = start.maxIterations();
        reuse = start.reusePreconditioner();
        extra = start.extraOptions();
    }

    /**
     * Sets one key (relative to {@link PetscOptions#PREFIX}).
     *
     * @throws InputError for an unknown key or name, or a value of the wrong type
     */
    void set(String key, Object value) {
        String where = PetscOptions.PREFIX + "." + key;
        String text = value == null ? "" : value.toString().trim();
        switch (key) {
            case "ksp" -> ksp = KspType.parse(text, where);
            case "pc" -> pc = PcType.parse(text, where);
            case "factor_solver" -> factorSolver = FactorSolver.parse(text, where);
            case "rtol" -> rtol = parseDouble(text, where);
            case "atol" -> atol = parseDouble(text, where);
            case "max_iterations" -> maxIterations = parseInt(text, where);
            case "reuse_preconditioner" -> reuse = parseBoolean(text, where);
            case "options" -> extra = text;
            default -> throw new InputError(where, "unknown key '" + key + "'",
                    "valid keys under " + PetscOptions.PREFIX + ": " + String.join(", ", PetscOptions.KEYS));
        }
    }

    /** @throws InputError when the values read do not make valid options */
    PetscOptions build() {
        return new PetscOptions(ksp, pc, factorSolver, rtol, atol, maxIterations, reuse, extra);
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
}
