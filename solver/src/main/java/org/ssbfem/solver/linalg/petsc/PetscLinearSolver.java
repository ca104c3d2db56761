package org.ssbfem.solver.linalg.petsc;

import java.lang.ref.Cleaner;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.InputError;
import org.ssbfem.solver.linalg.LinearSolver;
import org.ssbfem.solver.linalg.SolveReport;
import org.ssbfem.solver.linalg.SolverException;
import org.ssbfem.solver.linalg.SparseMatrix;

/**
 * A {@link LinearSolver} that hands the assembled CSR matrix to PETSc: Krylov methods with hypre
 * BoomerAMG, GAMG, ILU, block Jacobi or Jacobi preconditioning, or a sparse direct solve by MUMPS,
 * SuperLU or PETSc's own LU ({@link PetscOptions}).
 *
 * <pre>
 *   if (PetscLinearSolver.isAvailable()) {
 *       try (PetscLinearSolver s = PetscLinearSolver.create(PetscOptions.of(KspType.CG, PcType.BOOMERAMG))) {
 *           SolveReport rep = s.solve(a, b, x);   // x: initial guess in, solution out
 *       }
 *   }
 * </pre>
 *
 * <p>Each solve: r = b - A x in Java; PETSc solves A d = r from d = 0 until ||r - A d||_2 &lt;=
 * max(atol, rtol ||b||_2), testing the unpreconditioned residual; x += d; the true residual is
 * recomputed in Java and, if still above the target (rounding drift, or a stale or inaccurate
 * factorization with preonly), the correction is repeated, at most {@value #MAX_PASSES} times.
 * A negative PETSc converged reason throws {@link SolverException} naming the reason, the
 * iterations, the residual reached and required, and what to try; PETSc errors (bad options, zero
 * pivots reported as errors, out of memory) throw {@link SolverException} with PETSc's message.
 *
 * <p>State: the solver keeps its KSP, the matrix structure and the preconditioner between solves;
 * see {@link PetscOptions#reusePreconditioner()}. {@link #close()} releases the native objects; a
 * solver that is never closed is released when garbage collected. Solves from several threads
 * are safe but serialized by one process-wide lock (PETSc is not thread-safe).
 */
public final class PetscLinearSolver implements LinearSolver, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PetscLinearSolver.class);
    /** Correction passes per solve; more than one is rare except for direct solves needing refinement. */
    static final int MAX_PASSES = 4;
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final PetscOptions options;
    private final PetscRuntime rt;
    private final NativeSolverState state;
    private final Cleaner.Cleanable cleanable;
    private volatile boolean closed;
    private volatile String lastReason = "";

    private PetscLinearSolver(PetscOptions options, PetscRuntime rt, FieldSplits splits) {
        this.options = options;
        this.rt = rt;
        String prefix = "ssb" + COUNT.incrementAndGet() + "_";
        this.state = rt.locked(() -> new NativeSolverState(rt, options, prefix, splits));
        this.cleanable = Cleaners.CLEANER.register(this, state);
    }

    /** True when PETSc loads and starts in this process (started on the first call). */
    public static boolean isAvailable() {
        return PetscRuntime.unavailableReason().isEmpty();
    }

    /** Why PETSc cannot be used here (library missing, wrong build, ...), or empty when it can. */
    public static Optional<String> unavailableReason() {
        return PetscRuntime.unavailableReason();
    }

    /**
     * A solver with the given options.
     *
     * @throws InputError at {@code solver.backend} when PETSc is not available, saying how to install it
     * @throws SolverException with PETSc's message when PETSc rejects the options (e.g. a malformed
     *         value in {@link PetscOptions#extraOptions()})
     */
    public static PetscLinearSolver create(PetscOptions options) {
        return create(options, null);
    }

    /**
     * A solver with the given options and the blocks of unknowns of {@code pc fieldsplit}.
     *
     * @param splits the blocks (needed for pc fieldsplit, ignored otherwise; may be null)
     * @throws InputError at {@code solver.backend} when PETSc is not available
     * @throws IllegalArgumentException for pc fieldsplit without splits
     */
    public static PetscLinearSolver create(PetscOptions options, FieldSplits splits) {
        Optional<String> why = unavailableReason();
        if (why.isPresent()) {
            throw unavailable(why.get());
        }
        return new PetscLinearSolver(options, PetscRuntime.get(), splits);
    }

    /** The error for a case that asks for PETSc where it cannot be loaded, saying why and how to install it. */
    static InputError unavailable(String reason) {
        return new InputError("solver.backend", "petsc was requested but PETSc cannot be used: " + reason,
                "install it with: sudo apt-get install petsc-dev (or only the library: sudo apt-get install"
                        + " libpetsc-real3.18), or name the library with -D" + PetscLoader.LIBRARY_PROPERTY
                        + "=/path/to/libpetsc_real.so, or use solver.backend: mtj");
    }

    /** The options this solver was created with. */
    public PetscOptions options() { return options; }

    /** PETSc's converged reason of this solver's last KSP solve, e.g. "CONVERGED_ATOL"; empty before the first. */
    public String lastConvergedReason() { return lastReason; }

    /**
     * The expert options ({@link PetscOptions#extraOptions()}) that PETSc had not read by the end of
     * the first set-up: misspelled, or not applicable to this method and preconditioner (also
     * logged as a warning). Empty before the first solve.
     */
    public List<String> ignoredOptions() {
        return rt.locked(state::ignoredOptions);
    }

    @Override
    public String describe() {
        return options.describe();
    }

    /**
     * @throws IllegalStateException after {@link #close()}
     * @throws SolverException on a negative converged reason, a residual above the target after
     *         {@value #MAX_PASSES} passes, or a PETSc error
     */
    @Override
    public SolveReport solve(SparseMatrix a, double[] b, double[] x) {
        return solve(a, b, x, 0.0);
    }

    /** As {@link #solve(SparseMatrix, double[], double[])}, stopping at max(own target, looserTarget). */
    @Override
    public SolveReport solve(SparseMatrix a, double[] b, double[] x, double looserTarget) {
        Residuals.checkInputs(a, b, x);
        if (closed) {
            throw new IllegalStateException("this PETSc solver has been closed");
        }
        if (!(looserTarget >= 0)) {
            throw new IllegalArgumentException("looserTarget must be >= 0, got " + looserTarget);
        }
        return rt.locked(() -> solveLocked(a, b, x, looserTarget));
    }

    /**
     * With {@code reuse_preconditioner}, the next solve builds the preconditioner from its matrix
     * (PCSetUp on the kept KSP and matrix: for fieldsplit + BoomerAMG on the 1e5-unknown bench,
     * some 0.15 s against 0.3 to 0.6 s for a new solver). Without it every solve builds it anyway.
     */
    @Override
    public boolean renewPreconditioner() {
        if (closed) {
            return false;
        }
        rt.locked(() -> {
            state.renewPreconditioner();
            return null;
        });
        return true;
    }

    private SolveReport solveLocked(SparseMatrix a, double[] b, double[] x, double looserTarget) {
        long t0 = System.nanoTime();
        double bNorm = Residuals.norm(b);
        double target = Math.max(Math.max(options.atol(), options.rtol() * bNorm), looserTarget);
        double[] r = new double[b.length];
        double r0;
        if (allZero(x)) {
            System.arraycopy(b, 0, r, 0, b.length);
            r0 = bNorm;
        } else {
            r0 = Residuals.residual(a, b, x, r);
        }
        if (bNorm == 0 || r0 <= target) {
            if (bNorm == 0) {
                Arrays.fill(x, 0.0);
            }
            return new SolveReport(describe(), 0, r0, bNorm == 0 ? 0.0 : r0, 0.0, seconds(t0, System.nanoTime()));
        }
        state.prepare(a);
        state.setUp();
        long t1 = System.nanoTime();
        Progress p = refine(a, b, x, r, r0, target);
        long t2 = System.nanoTime();
        if (p.rNorm > target) {
            throw new SolverException(options.ksp() == KspType.PREONLY ? inaccurate(p, target, bNorm)
                    : notConverged(p, target, bNorm, "iteration limit or " + MAX_PASSES + " correction passes reached"
                    + " (PETSc reported " + lastReason + ")") + " " + KspOutcome.advice(-3));
        }
        LOG.debug("{}: {} after {} iterations, residual {} -> {}, set-up {} s, solve {} s", describe(), lastReason,
                p.iterations, r0, p.rNorm, seconds(t0, t1), seconds(t1, t2));
        return new SolveReport(describe(), p.iterations, r0, p.rNorm, seconds(t0, t1), seconds(t1, t2));
    }

    /** Iterations done and the true residual norm reached. */
    private record Progress(int iterations, double rNorm) {
    }

    /** Correction passes; r holds b - A x on entry and is updated with x. */
    private Progress refine(SparseMatrix a, double[] b, double[] x, double[] r, double r0, double target) {
        boolean direct = options.ksp() == KspType.PREONLY;
        double[] d = new double[x.length];
        int iterations = 0;
        double rNorm = r0;
        for (int pass = 0; pass < MAX_PASSES && rNorm > target; pass++) {
            int budget = options.maxIterations() - iterations;
            if (!direct && budget <= 0) {
                break;
            }
            KspOutcome out = state.solve(r, d, target, Math.max(budget, 1));
            lastReason = out.describe();
            iterations += direct ? (pass == 0 ? 0 : 1) : out.iterations();
            if (out.diverged()) {
                throw new SolverException(notConverged(new Progress(iterations, trialResidual(a, b, x, d)),
                        target, Residuals.norm(b), "PETSc reported " + out.describe()) + " " + out.advice());
            }
            Residuals.add(d, x);
            rNorm = Residuals.residual(a, b, x, r);
        }
        return new Progress(iterations, rNorm);
    }

    /** Whether {@code x} is zero (a Newton correction's start: its residual is b, no product needed). */
    private static boolean allZero(double[] x) {
        for (double v : x) {
            if (v != 0.0) {
                return false;
            }
        }
        return true;
    }

    /** ||b - A (x + d)||, leaving x unchanged. */
    private static double trialResidual(SparseMatrix a, double[] b, double[] x, double[] d) {
        double[] trial = x.clone();
        Residuals.add(d, trial);
        return Residuals.residual(a, b, trial, new double[x.length]);
    }

    private String notConverged(Progress p, double target, double bNorm, String what) {
        return String.format(Locale.ROOT, "%s: no convergence after %d iterations (limit %d): %s; residual %.3e"
                        + " reached, %.3e required (rtol %.1e * ||b|| %.3e, atol %.1e).",
                describe(), p.iterations, options.maxIterations(), what, p.rNorm, target, options.rtol(), bNorm,
                options.atol());
    }

    private String inaccurate(Progress p, double target, double bNorm) {
        return String.format(Locale.ROOT, "%s: the direct solve missed the tolerance after %d refinement steps:"
                        + " residual %.3e reached, %.3e required (rtol %.1e * ||b|| %.3e, atol %.1e). Try:"
                        + " reuse_preconditioner false when it is on (a factorization of older values may be too"
                        + " far off), or scaling the unknowns. If the residual does not fall, the matrix is singular"
                        + " or nearly so: check the constraints (a floating cluster of particles or electrolyte that"
                        + " touches neither terminal has no fixed potential).",
                describe(), p.iterations, p.rNorm, target, options.rtol(), bNorm, options.atol());
    }

    private static double seconds(long from, long to) {
        return (to - from) * 1e-9;
    }

    /** Releases the native objects; the solver cannot be used afterwards. Idempotent. */
    @Override
    public void close() {
        closed = true;
        cleanable.clean();
    }

    /** The cleaner thread starts only when the first PETSc solver is created. */
    private static final class Cleaners {
        static final Cleaner CLEANER = Cleaner.create();
    }
}
