package org.ssbfem.solver.linalg.petsc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ssbfem.mesh.InputError;

/**
 * Settings of the PETSc backend, as given under {@code solver.petsc} in a case file.
 *
 * <p>Convergence, as for the MTJ solvers: a solve succeeds when the true residual
 * ||b - A x||_2 &lt;= max(atol, rtol * ||b||_2). With ksp {@code preonly} + pc {@code lu} (a direct
 * solve) the same test decides whether a step of iterative refinement is taken.
 *
 * @param ksp Krylov method
 * @param pc preconditioner
 * @param factorSolver package of the factorization when pc is {@code lu} or {@code ilu}
 * @param rtol relative tolerance, in (0, 1)
 * @param atol absolute tolerance on the residual norm (units of b), &gt;= 0
 * @param maxIterations Krylov iteration limit, &gt;= 1 (ignored by {@code preonly})
 * @param reusePreconditioner keep the preconditioner (AMG hierarchy, factorization) of the previous
 *        solve when the same solver is called again with a matrix of the same pattern but new
 *        values: set-up is often most of the cost, and a slightly stale preconditioner usually costs
 *        a few iterations only. With preonly a stale factorization is corrected by iterative
 *        refinement, which may fail when the values changed much. The matrix structure is kept
 *        whenever the pattern is the same, whatever this flag says.
 * @param extraOptions PETSc options for experts, passed through unchanged except for this solver's
 *        prefix, e.g. "-pc_hypre_boomeramg_strong_threshold 0.5 -ksp_gmres_restart 50"; values may
 *        not contain spaces. rtol, atol and the iteration limit always come from this record.
 */
public record PetscOptions(KspType ksp, PcType pc, FactorSolver factorSolver, double rtol, double atol,
                           int maxIterations, boolean reusePreconditioner, String extraOptions) {
    /** Parameter path of these options in case files. */
    public static final String PREFIX = "solver.petsc";
    /** Keys accepted by {@link #fromMap}, relative to {@link #PREFIX}. */
    public static final List<String> KEYS = List.of("ksp", "pc", "factor_solver", "rtol", "atol", "max_iterations",
            "reuse_preconditioner", "options");

    /** @throws InputError when a value is out of range or the combination is not meaningful */
    public PetscOptions {
        if (ksp == null || pc == null || factorSolver == null) {
            throw new InputError(PREFIX, "ksp, pc and factor_solver must be given", "set ksp and pc");
        }
        extraOptions = extraOptions == null ? "" : extraOptions.trim();
        checkRanges(rtol, atol, maxIterations);
        checkCombination(ksp, pc, factorSolver);
        if (!extraOptions.isEmpty() && !extraOptions.startsWith("-")) {
            throw new InputError(PREFIX + ".options", "'" + extraOptions + "' does not start with an option name",
                    "write PETSc options as on a command line, e.g. -pc_hypre_boomeramg_strong_threshold 0.5");
        }
    }

    private static void checkRanges(double rtol, double atol, int maxIterations) {
        if (!(rtol > 0 && rtol < 1)) {
            throw new InputError(PREFIX + ".rtol", "rtol = " + rtol + " is outside (0, 1)", "use e.g. 1e-10");
        }
        if (!(atol >= 0) || Double.isInfinite(atol)) {
            throw new InputError(PREFIX + ".atol", "atol = " + atol + " must be finite and >= 0",
                    "use 0 or e.g. 1e-14");
        }
        if (maxIterations < 1) {
            throw new InputError(PREFIX + ".max_iterations", "max_iterations = " + maxIterations + " < 1",
                    "use e.g. 1000");
        }
    }

    private static void checkCombination(KspType ksp, PcType pc, FactorSolver factorSolver) {
        if (ksp == KspType.PREONLY && pc != PcType.LU) {
            throw new InputError(PREFIX + ".ksp", "ksp preonly applies the preconditioner once and solves only"
                    + " with pc lu, not pc " + pc.key(),
                    "use pc: lu (a direct solve), or a Krylov method such as gmres");
        }
        if (factorSolver != FactorSolver.PETSC && !pc.factorization()) {
            throw new InputError(PREFIX + ".factor_solver", "factor_solver " + factorSolver.key()
                    + " applies to pc lu or ilu only, not pc " + pc.key(), "set pc: lu, or factor_solver: petsc");
        }
        if (pc == PcType.ILU && !factorSolver.offersIlu()) {
            throw new InputError(PREFIX + ".factor_solver", factorSolver.key() + " computes no incomplete"
                    + " factorization",
                    "use factor_solver petsc or superlu with pc ilu, or pc lu with " + factorSolver.key());
        }
    }

    /** GMRES + ILU(0), rtol 1e-10, atol 0, 2000 iterations, no reuse: like the MTJ default. */
    public static PetscOptions defaults() {
        return new PetscOptions(KspType.GMRES, PcType.ILU, FactorSolver.PETSC, 1e-10, 0.0, 2000, false, "");
    }

    /** The given Krylov method and preconditioner with the other {@link #defaults()}. */
    public static PetscOptions of(KspType ksp, PcType pc) {
        return new PetscOptions(ksp, pc, FactorSolver.PETSC, 1e-10, 0.0, 2000, false, "");
    }

    /** A sparse direct solve: ksp preonly, pc lu by {@code solver}, with refinement to rtol 1e-10. */
    public static PetscOptions direct(FactorSolver solver) {
        return new PetscOptions(KspType.PREONLY, PcType.LU, solver, 1e-10, 0.0, 2000, false, "");
    }

    public PetscOptions withFactorSolver(FactorSolver s) {
        return new PetscOptions(ksp, pc, s, rtol, atol, maxIterations, reusePreconditioner, extraOptions);
    }

    public PetscOptions withTolerances(double relative, double absolute) {
        return new PetscOptions(ksp, pc, factorSolver, relative, absolute, maxIterations, reusePreconditioner,
                extraOptions);
    }

    public PetscOptions withMaxIterations(int max) {
        return new PetscOptions(ksp, pc, factorSolver, rtol, atol, max, reusePreconditioner, extraOptions);
    }

    public PetscOptions withReusePreconditioner(boolean reuse) {
        return new PetscOptions(ksp, pc, factorSolver, rtol, atol, maxIterations, reuse, extraOptions);
    }

    public PetscOptions withExtraOptions(String options) {
        return new PetscOptions(ksp, pc, factorSolver, rtol, atol, maxIterations, reusePreconditioner, options);
    }

    /**
     * Options from case-file values (keys of {@link #KEYS}); missing keys keep {@link #defaults()}.
     * Combinations are checked once all keys are read.
     *
     * @param values the map under {@code solver.petsc}, not modified
     * @throws InputError for an unknown key or name or a malformed value, naming the parameter path
     */
    public static PetscOptions fromMap(Map<String, ?> values) {
        PetscOptionsParser p = new PetscOptionsParser(defaults());
        values.forEach(p::set);
        return p.build();
    }

    /** The option names in {@link #extraOptions}, with their leading '-', in order. */
    List<String> extraOptionNames() {
        List<String> names = new ArrayList<>();
        for (String token : extraOptions.split("\\s+")) {
            if (token.length() > 1 && token.charAt(0) == '-' && Character.isLetter(token.charAt(1))) {
                names.add(token);
            }
        }
        return names;
    }

    /** A short description, e.g. "PETSc cg + boomeramg, rtol 1e-10" or "PETSc LU (mumps), rtol 1e-10". */
    public String describe() {
        String method = ksp == KspType.PREONLY ? "LU (" + factorSolver.key() + ")"
                : ksp.key() + " + " + pc.key() + (pc.factorization() && factorSolver != FactorSolver.PETSC
                ? " (" + factorSolver.key() + ")" : "");
        return "PETSc " + method + ", rtol " + rtol + (atol > 0 ? ", atol " + atol : "")
                + (reusePreconditioner ? ", reused preconditioner" : "")
                + (extraOptions.isEmpty() ? "" : ", options '" + extraOptions + "'");
    }
}
