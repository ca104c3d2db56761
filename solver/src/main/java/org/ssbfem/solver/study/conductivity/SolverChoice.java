package org.ssbfem.solver.study.conductivity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ssbfem.mesh.InputError;
import org.ssbfem.solver.casefile.CaseNode;
import org.ssbfem.solver.linalg.LinearSolver;
import org.ssbfem.solver.linalg.LinearSolverOptions;
import org.ssbfem.solver.linalg.LinearSolvers;
import org.ssbfem.solver.linalg.PreconditionerType;
import org.ssbfem.solver.linalg.SolverMethod;
import org.ssbfem.solver.linalg.petsc.PetscLinearSolver;
import org.ssbfem.solver.linalg.petsc.PetscOptions;

/**
 * The linear solver of the conduction problem ({@code conductivity.solver}): the matrix is symmetric
 * positive definite, so CG is the default on both back ends.
 *
 * <p>Keys: {@code backend} ({@code mtj}, default, or {@code petsc}); {@code method} (mtj: cg, gmres,
 * bicgstab, direct; petsc: the ksp, cg, gmres, fgmres, bicgstab, preonly; default cg);
 * {@code preconditioner} (mtj: none, jacobi, ilu0, ic0, default jacobi; petsc: the pc, boomeramg (hypre,
 * default), gamg, ilu, bjacobi, jacobi, none, lu); {@code rtol} (default 1e-10, on the true residual
 * ||b - A x|| relative to ||b||); {@code atol} (A, default 0); {@code max_iterations} (default
 * 10000); mtj only: {@code equilibrate} (default false; it would break the symmetry CG needs when
 * the scaling is not symmetric); petsc only: {@code options} (free PETSc option string; default
 * {@link #HYPRE_3D_OPTIONS} with boomeramg, else empty).
 *
 * <p>Why Jacobi and not ILU(0) on MTJ: Gmsh's meshes of cut spheres hold slivers (shape measure
 * down to 5e-4 on the benchmark mesh), whose stiffness entries make the matrix far from an
 * M-matrix; ILU(0) then meets negative pivots and is indefinite. Measured on the P1 benchmark mesh
 * (86,400 unknowns, sigma 1 : 1e-4, rtol 1e-8): CG + ILU(0) breaks down in iteration 3 (also at
 * contrasts 1 : 0.1 and 1 : 0.01, with and without RCM), GMRES + ILU(0) needs 1050 iterations
 * and BiCGstab + ILU(0) 1209, CG + Jacobi 315. Jacobi is positive definite for every SPD matrix.
 * So is {@code ic0}: IC(0) of the unit-diagonal scaled matrix with the smallest diagonal shift
 * (1e-3 doubled) that keeps every pivot positive. On the same system it needs a shift of 0.064 and
 * CG + IC(0) takes 79 iterations (set-up 0.7-0.9 s, solve 1.1-1.9 s) against CG + Jacobi 315
 * (solve 3.0 s): faster at P1. At P2 (674k unknowns) it takes 264 iterations against 786, but each
 * costs about 3.6 times a Jacobi iteration there, so that CG + IC(0) (set-up 5.7 s, solve 81 s) is
 * slower than CG + Jacobi (solve 66 s); Jacobi stays the default. All figures from
 * {@code ssbfem bench conductivity} on a 2-core machine shared with other jobs.
 *
 * @param backend {@code mtj} or {@code petsc}
 * @param mtj options of the MTJ solvers (null for petsc)
 * @param petsc options of PETSc (null for mtj)
 */
public record SolverChoice(String backend, LinearSolverOptions mtj, PetscOptions petsc) {
    /**
     * BoomerAMG settings for 3D diffusion used unless {@code options} is given (hypre's advice for
     * 3D: strong threshold 0.5, HMIS coarsening, extended+i interpolation, one level of aggressive
     * coarsening). Measured on the benchmark (composite, rtol 1e-8, loaded 2-core machine), against
     * PETSc's defaults: P1 (86k unknowns) 16 instead of 7 iterations but set-up 0.6 s instead of
     * 2.4 s and solve 1.1-1.7 s instead of 2.9-3.4 s; P2 (676k unknowns) 96 instead of 74
     * iterations, set-up 7-9 s instead of 47-50 s, solve 72-80 s instead of 413-483 s. The smoother
     * sweeps the unknowns in order ({@code no_CF}; still symmetric Gauss-Seidel, so CG applies)
     * instead of coarse points first and fine points second, which takes two passes over the matrix
     * per sweep: P1 solve 0.26-0.41 -&gt; 0.19-0.29 s (14 iterations both), P2 22.9-25.2 -&gt;
     * 13.1-13.9 s (70 -&gt; 61 iterations), idle machine, same sigma_eff.
     */
    public static final String HYPRE_3D_OPTIONS = "-pc_hypre_boomeramg_strong_threshold 0.5"
            + " -pc_hypre_boomeramg_coarsen_type HMIS -pc_hypre_boomeramg_interp_type ext+i"
            + " -pc_hypre_boomeramg_agg_nl 1 -pc_hypre_boomeramg_no_CF";
    static final double DEFAULT_RTOL = 1e-10;
    static final int DEFAULT_MAX_ITERATIONS = 10000;

    /** CG + Jacobi on MTJ storage, rtol 1e-10. */
    public static SolverChoice defaults() {
        return new SolverChoice("mtj", LinearSolverOptions.of(SolverMethod.CG, PreconditionerType.JACOBI)
                .withTolerances(DEFAULT_RTOL, 0).withMaxIterations(DEFAULT_MAX_ITERATIONS).withEquilibrate(false),
                null);
    }

    /** MTJ with the given options. */
    public static SolverChoice mtj(LinearSolverOptions options) {
        return new SolverChoice("mtj", options, null);
    }

    /** PETSc with the given options. */
    public static SolverChoice petsc(PetscOptions options) {
        return new SolverChoice("petsc", null, options);
    }

    /**
     * A new solver. A PETSc solver holds native memory: close it when done (see {@link #close}).
     *
     * @throws InputError when PETSc was asked for and cannot be loaded
     */
    public LinearSolver create() {
        return petsc != null ? PetscLinearSolver.create(petsc) : LinearSolvers.create(mtj);
    }

    /** Releases {@code solver} when it holds native resources. */
    public static void close(LinearSolver solver) {
        if (solver instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot release the linear solver", e);
            }
        }
    }

    /** E.g. "mtj: CG + Jacobi, rtol 1e-10". */
    public String describe() {
        return backend + ": " + (petsc != null ? petsc.describe() : mtj.describe());
    }

    /**
     * Reads the section (defaults written back) and checks it, PETSc's availability included.
     *
     * @throws InputError located at the offending key
     */
    public static SolverChoice read(CaseNode s) {
        String backend = s.choice("backend", "mtj", "mtj", "petsc");
        boolean petsc = "petsc".equals(backend);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(petsc ? "ksp" : "method", s.text("method", "cg"));
        String pc = s.text("preconditioner", petsc ? "boomeramg" : "jacobi");
        m.put(petsc ? "pc" : "preconditioner", pc);
        m.put("rtol", s.number("rtol", DEFAULT_RTOL));
        m.put("atol", s.number("atol", 0));
        m.put("max_iterations", s.integer("max_iterations", DEFAULT_MAX_ITERATIONS));
        if (petsc) {
            if ("fieldsplit".equalsIgnoreCase(pc)) {
                throw s.error("preconditioner", "fieldsplit splits a coupled system by field; conduction has one"
                        + " field", "use boomeramg (or gamg, ilu, jacobi)");
            }
            m.put("options", s.text("options", "boomeramg".equalsIgnoreCase(pc) ? HYPRE_3D_OPTIONS : ""));
            return available(located(s, () -> PetscOptions.fromMap(m)), s);
        }
        m.put("equilibrate", s.bool("equilibrate", false));
        return mtj(located(s, () -> LinearSolverOptions.fromMap(m)));
    }

    private static SolverChoice available(PetscOptions options, CaseNode s) {
        Optional<String> why = PetscLinearSolver.unavailableReason();
        if (why.isPresent()) {
            throw s.error("backend", "petsc was requested but PETSc cannot be used: " + why.get(),
                    "install it (apt-get install libpetsc-real3.18) or use backend: mtj");
        }
        return petsc(options);
    }

    /** Re-throws the options' errors at the case key they came from. */
    private static <T> T located(CaseNode s, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InputError e) {
            String key = e.where().substring(e.where().lastIndexOf('.') + 1);
            key = switch (key) {
                case "ksp" -> "method";
                case "pc" -> "preconditioner";
                default -> key;
            };
            throw s.error(s.has(key) ? key : "method", e.problem(), e.fix());
        }
    }
}
