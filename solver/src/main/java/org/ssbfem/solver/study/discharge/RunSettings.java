package org.ssbfem.solver.study.discharge;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.ssbfem.solver.casefile.CaseNode;
import org.ssbfem.solver.electrochem.CellModel;
import org.ssbfem.solver.electrochem.FallbackSolver;
import org.ssbfem.solver.electrochem.LaggedSolver;
import org.ssbfem.solver.electrochem.StepOptions;
import org.ssbfem.solver.linalg.DirectSolver;
import org.ssbfem.solver.linalg.FrozenLuGmres;
import org.ssbfem.solver.linalg.LinearSolver;
import org.ssbfem.solver.linalg.LinearSolverOptions;
import org.ssbfem.solver.linalg.LinearSolvers;
import org.ssbfem.solver.linalg.PreconditionerType;
import org.ssbfem.solver.linalg.SolverMethod;
import org.ssbfem.solver.linalg.petsc.FactorSolver;
import org.ssbfem.solver.linalg.petsc.FieldSplits;
import org.ssbfem.solver.linalg.petsc.KspType;
import org.ssbfem.solver.linalg.petsc.PcType;
import org.ssbfem.solver.linalg.petsc.PetscLinearSolver;
import org.ssbfem.solver.linalg.petsc.PetscOptions;
import org.ssbfem.solver.nonlinear.Newton;
import org.ssbfem.solver.physics.MassMatrix;

/**
 * The numerical settings of a discharge case: {@code discretization.degree} and {@code .mass}, {@code time:},
 * {@code solver.linear} and {@code output:}.
 *
 * <pre>
 * discretization:
 *   degree: 1                          # 1 or 2 (2 needs mesh.order: 2)
 *   mass: lumped                       # lumped (default for P1) | consistent (default and only choice for P2)
 * time:
 *   bdf_order: 2                       # 1 or 2
 *   initial_step_s: 0.1                # first step of every protocol step
 *   max_step_s: 100
 *   min_step_s: 1.0e-6                 # give up below
 *   lithiation_tolerance: 2.0e-4       # local error per step of x = c / c_max (RMS over CAM nodes)
 *   cutoff_tolerance_V: 1.0e-5         # how closely the cut-off is located
 *   max_voltage_step_V: 0.02           # the next step is shortened so that V changes by about this much at most
 *   cv_end_tolerance: 1.0e-3           # relative, for the CV end current
 *   max_retries: 12
 *   newton_tolerance: 1.0e-9           # on the residual scaled by the 1C current
 *   newton_max_iterations: 20
 * solver:                             # one of the two, or neither (automatic, below)
 *   backend: auto                      # auto (PETSc when installed), mtj (Java only) or petsc
 *   linear: {method: direct}           # the Java solvers: keys of LinearSolverOptions
 *   petsc: {ksp: gmres, pc: lu, factor_solver: mumps, reuse_preconditioner: true}   # PETSc
 *   # or pc: fieldsplit: blocks "p" (phi_e, phi_s, V) and "c", sub-solvers {@link #fieldSplitOptions}
 *   # unless options: "-fieldsplit_p_pc_type ... -fieldsplit_c_pc_type ..." are given
 * </pre>
 *
 * Automatic choice: with PETSc, GMRES preconditioned by the field split ({@link #fieldSplitOptions}),
 * and should a solve fail, GMRES preconditioned by a MUMPS LU factorization for the rest of the run
 * ({@link FallbackSolver}); either preconditioner is kept between solves and renewed when GMRES needs more
 * than {@value #LAGGED_SPLIT_ITERATIONS} (P1 field split) or {@value #LAGGED_ITERATIONS} (P2, LU) iterations
 * ({@link LaggedSolver}: the cell's Jacobian changes
 * slowly from step to step; the same for a given {@code solver.petsc} with {@code reuse_preconditioner:
 * true} and a Krylov ksp); without PETSc, the same scheme with the Java sparse LU ({@link FrozenLuGmres})
 * below {@value #DIRECT_LIMIT} unknowns, else GMRES + ILU(0), equilibrated (slow on the coupled system).
 * Newton asks the Krylov solvers for no more accuracy than its next iterate needs
 * ({@link org.ssbfem.solver.electrochem.LimitedNewton#forcing}).
 *
 * <pre>
 * output:
 *   vtk_every_s: 600                   # field output interval of simulated time; 0: none
 *   plot: true                         # discharge_curve.png
 * </pre>
 *
 * @param degree Lagrange degree
 * @param mass lumped or consistent mass-type integrals (dc/dt and the exchange current, {@link MassMatrix})
 * @param steps time-step settings
 * @param linear Java linear solver options, or null
 * @param petsc PETSc options, or null (both null: automatic, {@link #solverFor})
 * @param vtkEveryS field output interval, s (0: none)
 * @param plot whether to draw the PNG
 */
record RunSettings(int degree, MassMatrix mass, StepOptions steps, LinearSolverOptions linear, PetscOptions petsc,
                   double vtkEveryS, boolean plot, String backend) {
    /** Largest system the default solver factors directly. */
    static final int DIRECT_LIMIT = 150_000;
    /**
     * Relative tolerance of the default linear solves: Newton needs no more, and 1e-10 can lie
     * below the rounding floor of the scaled Jacobian (the direct solver then refuses).
     */
    static final double LINEAR_RTOL = 1e-8;
    /** Krylov iterations above which a kept preconditioner is renewed. */
    static final int LAGGED_ITERATIONS = 25;
    /**
     * Krylov iterations above which the kept field split is renewed: a fresh one takes some 6 to 8
     * iterations for the first solve of a step (two decades) and 12 to 15 for the second (four to
     * five), and its renewal, on the kept PETSc objects ({@link LinearSolver#renewPreconditioner}),
     * costs about 0.2 s (a dozen iterations) on the 1e5-unknown bench. Bench discharge on the cached
     * mesh: 2,151 GMRES iterations with 15 against 2,422 with 25 (2,246 with 18, 2,516 with 20, 2,207
     * with 10, where some 20 renewals cost 3 s more), the same 66 steps and capacity to 1e-9. P1
     * only: P2 solves take more iterations with a fresh split (some 18 per Newton step on the P2
     * bench) and keep {@value #LAGGED_ITERATIONS}.
     */
    static final int LAGGED_SPLIT_ITERATIONS = 15;
    /**
     * The sub-solvers of {@code solver.petsc.pc: fieldsplit} when no {@code options} are given:
     * block Gauss-Seidel (multiplicative) over the potentials (block "p": phi_e, phi_s, V) and the
     * concentration (block "c"), one BoomerAMG V-cycle (3D settings) on the potentials, ILU(0) on
     * the concentration (a mass matrix plus a small diffusion part). Measured on one Newton matrix
     * of cases/bench-discharge (102,262 unknowns): set-up 0.08 s and 0.6-0.8 s per solve to rtol
     * 1e-8 (26 GMRES iterations), against 6.9 s + 0.27 s per application for a MUMPS LU; the whole
     * bench discharge 519 s instead of 1,437 s (same capacity to 1e-4 relative, 0.75 instead of
     * 2.06 GB). Electronically isolated CAM makes phi_s nearly singular: the error GMRES leaves is
     * a constant per isolated cluster (relative ~1e-5 of the update, harmless to Newton); with a
     * preconditioner kept for up to 60 or 150 iterations, or rtol 1e-12 (below the rounding floor),
     * Newton stalled in experiments, with {@value #LAGGED_ITERATIONS} and 1e-8 it does not. Faster than the
     * kept LU at every size measured, with the same steps and Newton iterations: 4,530 unknowns
     * (cases/discharge-small) 8.9 s against 12.4 s, 18,513 (cases/default) 55.7 s against 111.3 s.
     * The smoother sweeps the unknowns in order ({@code no_CF}) instead of coarse points first and
     * fine points second, which takes two passes over the matrix per sweep: first 135 s of the
     * bench discharge, linear solves 17.7 -&gt; 10.2 s (656 -&gt; 627 GMRES iterations).
     */
    static final String FIELD_SPLIT_OPTIONS = "-pc_fieldsplit_type multiplicative"
            + " -fieldsplit_p_ksp_type preonly -fieldsplit_p_pc_type hypre -fieldsplit_p_pc_hypre_type boomeramg"
            + " -fieldsplit_p_pc_hypre_boomeramg_strong_threshold 0.5 -fieldsplit_p_pc_hypre_boomeramg_coarsen_type"
            + " HMIS -fieldsplit_p_pc_hypre_boomeramg_interp_type ext+i -fieldsplit_p_pc_hypre_boomeramg_agg_nl 1"
            + " -fieldsplit_p_pc_hypre_boomeramg_no_CF -fieldsplit_c_ksp_type preonly -fieldsplit_c_pc_type ilu";

    /**
     * Added to {@link #FIELD_SPLIT_OPTIONS} for P2 fields: two forward Gauss-Seidel sweeps per
     * level instead of one symmetric sweep (the same four passes over the matrix). Measured on the
     * 30th Newton matrix of the P2 bench (656,322 unknowns, rtol 1e-4, fresh preconditioner): 40 -&gt;
     * 29 GMRES iterations at the same cost per application (182-214 ms against 191-212 ms); three
     * forward sweeps 26. On the P1 bench matrix the same change leaves 25 iterations at 25 (so P1
     * keeps one symmetric sweep).
     */
    static final String P2_SMOOTHING = " -fieldsplit_p_pc_hypre_boomeramg_grid_sweeps_all 2"
            + " -fieldsplit_p_pc_hypre_boomeramg_relax_type_all SOR/Jacobi";

    /** The field-split sub-solver options for fields of polynomial degree {@code degree}. */
    static String fieldSplitOptions(int degree) {
        return degree >= 2 ? FIELD_SPLIT_OPTIONS + P2_SMOOTHING : FIELD_SPLIT_OPTIONS;
    }

    static RunSettings read(CaseNode root) {
        CaseNode disc = root.section("discretization");
        int degree = disc.integer("degree", 1);
        if (degree != 1 && degree != 2) {
            throw disc.error("degree", "must be 1 or 2, got " + degree, "use 1 (P1) or 2 (P2, with mesh.order: 2)");
        }
        MassMatrix mass = mass(disc, degree);
        StepOptions steps = time(root.section("time"));
        CaseNode solver = root.section("solver");
        LinearSolverOptions linear = solver.has("linear") ? LinearSolverOptions.fromMap(map(solver.section("linear")))
                : null;
        PetscOptions petsc = solver.has("petsc") ? PetscOptions.fromMap(map(solver.section("petsc"))) : null;
        if (linear != null && petsc != null) {
            throw solver.error("petsc", "both solver.linear and solver.petsc are given", "keep one of them");
        }
        String backend = solver.choice("backend", "auto", "auto", "mtj", "petsc");
        if ("mtj".equals(backend) && petsc != null || "petsc".equals(backend) && linear != null) {
            throw solver.error("backend", "backend " + backend + " contradicts the solver." + (petsc != null ? "petsc"
                    : "linear") + " section", "drop one of them");
        }
        if ("petsc".equals(backend) && petsc == null && !PetscLinearSolver.isAvailable()) {
            throw solver.error("backend", "PETSc cannot be used: " + PetscLinearSolver.unavailableReason().orElse(""),
                    "install it (apt-get install libpetsc-real3.18), or use backend: mtj");
        }
        if (petsc != null && !PetscLinearSolver.isAvailable()) {
            throw solver.error("petsc", "PETSc cannot be used: " + PetscLinearSolver.unavailableReason().orElse(""),
                    "install it (apt-get install libpetsc-real3.18) or use solver.linear");
        }
        CaseNode out = root.section("output");
        double every = out.number("vtk_every_s", 600.0);
        if (!(every >= 0)) {
            throw out.error("vtk_every_s", "must be >= 0, got " + every, "give seconds of simulated time, 0 for none");
        }
        return new RunSettings(degree, mass, steps, linear, petsc, every, out.bool("plot", true), backend);
    }

    /** {@code discretization.mass}: lumped (default for P1) or consistent (default, and the only choice, for P2). */
    private static MassMatrix mass(CaseNode disc, int degree) {
        String key = disc.choice("mass", MassMatrix.defaultFor(degree).key(), MassMatrix.LUMPED.key(),
                MassMatrix.CONSISTENT.key());
        MassMatrix mass = MassMatrix.valueOf(key.toUpperCase(Locale.ROOT));
        if (!mass.supports(degree)) {
            throw disc.error("mass", "row-sum lumping of P" + degree + " has zero (triangles) or negative"
                    + " (tetrahedra) weights at the corner nodes", "use mass: consistent with degree " + degree);
        }
        return mass;
    }

    private static Map<String, Object> map(CaseNode n) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String key : n.keys()) {
            m.put(key, n.get(key).text());
        }
        return m;
    }

    private static StepOptions time(CaseNode t) {
        StepOptions d = StepOptions.defaults();
        int order = t.integer("bdf_order", d.order());
        if (order != 1 && order != 2) {
            throw t.error("bdf_order", "must be 1 or 2, got " + order, "use 2 (BDF2) or 1 (backward Euler)");
        }
        double init = t.positive("initial_step_s", d.initialStepS());
        double max = t.positive("max_step_s", d.maxStepS());
        double min = t.positive("min_step_s", d.minStepS());
        if (!(min <= init && init <= max)) {
            throw t.error("initial_step_s", "need min_step_s <= initial_step_s <= max_step_s, got " + min + ", " + init
                    + ", " + max, "reorder the three step limits");
        }
        double tolX = t.positive("lithiation_tolerance", d.lithiationTolerance());
        double tolV = t.positive("cutoff_tolerance_V", d.voltageToleranceV());
        double tolI = t.positive("cv_end_tolerance", d.currentTolerance());
        int retries = t.integer("max_retries", d.maxRetries());
        if (retries < 1) {
            throw t.error("max_retries", "must be at least 1", "use e.g. 12");
        }
        double newtonTol = t.positive("newton_tolerance", d.newton().absoluteTolerance());
        int newtonIts = t.integer("newton_max_iterations", d.newton().maxIterations());
        if (newtonIts < 1) {
            throw t.error("newton_max_iterations", "must be at least 1", "use e.g. 20");
        }
        Newton.Options newton = new Newton.Options(newtonTol, d.newton().relativeTolerance(), newtonIts,
                d.newton().maxBacktracks());
        double maxDV = t.positive("max_voltage_step_V", d.maxVoltageStepV());
        return new StepOptions(order, init, max, min, tolX, tolV, tolI, retries, newton, maxDV);
    }

    /**
     * The linear solver for a system of {@code unknowns} (see the class comment). A PETSc solver
     * holds native memory: close it ({@link AutoCloseable}) when done.
     *
     * @param model the cell model (its size and the field of every unknown)
     */
    LinearSolver solverFor(CellModel model) {
        int unknowns = model.size();
        FieldSplits splits = blocks(model);
        String splitOptions = fieldSplitOptions(model.layout().maxDegree());
        int splitLag = model.layout().maxDegree() == 1 ? LAGGED_SPLIT_ITERATIONS : LAGGED_ITERATIONS;
        if (petsc != null) {
            PetscOptions o = petsc.pc() == PcType.FIELDSPLIT && petsc.extraOptions().isEmpty()
                    ? petsc.withExtraOptions(splitOptions) : petsc;
            return o.reusePreconditioner() && o.ksp() != KspType.PREONLY
                    ? new LaggedSolver(() -> PetscLinearSolver.create(o, splits), o.pc() == PcType.FIELDSPLIT
                    ? splitLag : LAGGED_ITERATIONS, o.describe())
                    : PetscLinearSolver.create(o, splits);
        }
        if (linear != null) {
            return LinearSolvers.create(linear);
        }
        if (!"mtj".equals(backend) && PetscLinearSolver.isAvailable()) {
            return new FallbackSolver(keptFieldSplit(splits, splitOptions, splitLag), RunSettings::keptLu);
        }
        LinearSolverOptions d = LinearSolverOptions.defaults().withTolerances(LINEAR_RTOL, 0.0);
        if (unknowns <= DIRECT_LIMIT) {
            LinearSolverOptions g = d.withMethod(SolverMethod.GMRES).withMaxIterations(200);
            DirectSolver shared = new DirectSolver(LINEAR_RTOL, 0.0, DirectSolver.defaultMemoryLimitBytes());
            return new LaggedSolver(() -> new FrozenLuGmres(g, shared), LAGGED_ITERATIONS,
                    "GMRES preconditioned by a kept Java sparse LU");
        }
        return LinearSolvers.create(d);
    }

    /** The field-split blocks: "p" the potentials phi_e, phi_s and V, "c" the concentration. */
    static FieldSplits blocks(CellModel model) {
        int[] blockOf = new int[model.size()];
        for (int r = 0; r < blockOf.length; r++) {
            blockOf[r] = r != model.voltageUnknown() && CellModel.C.equals(model.layout().name(model.fieldOf(r))) ? 1 : 0;
        }
        return FieldSplits.of(java.util.List.of("p", "c"), blockOf);
    }

    /**
     * PETSc GMRES + the field split with {@code options} ({@link #fieldSplitOptions}), kept between
     * solves and renewed after a solve of more than {@code lag} iterations.
     */
    private static LinearSolver keptFieldSplit(FieldSplits splits, String options, int lag) {
        PetscOptions o = PetscOptions.of(KspType.GMRES, PcType.FIELDSPLIT).withReusePreconditioner(true)
                .withTolerances(LINEAR_RTOL, 0.0).withMaxIterations(200).withExtraOptions(options);
        return new LaggedSolver(() -> PetscLinearSolver.create(o, splits), lag, o.describe());
    }

    /** PETSc GMRES + a MUMPS LU kept between solves. */
    private static LinearSolver keptLu() {
        PetscOptions lagged = PetscOptions.of(KspType.GMRES, PcType.LU).withFactorSolver(FactorSolver.MUMPS)
                .withReusePreconditioner(true).withTolerances(LINEAR_RTOL, 0.0).withMaxIterations(200);
        return new LaggedSolver(() -> PetscLinearSolver.create(lagged), LAGGED_ITERATIONS,
                "PETSc GMRES preconditioned by a kept MUMPS LU");
    }
}
