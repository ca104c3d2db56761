package org.ssbfem.solver.linalg.petsc;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.solver.linalg.SparseMatrix;

/**
 * The native objects of one {@link PetscLinearSolver}: its prefixed options, its KSP and the
 * matrix of the last solve. Kept between solves so that a matrix of the same pattern only has its
 * values copied, and the preconditioner is rebuilt only when PETSc sees changed values (and
 * {@code reusePreconditioner} is off). A matrix of another pattern replaces matrix and KSP.
 *
 * <p>Every method except {@link #run()} must be called holding the PETSc lock. {@link #run()}
 * releases everything, taking the lock itself; it is the solver's {@link java.lang.ref.Cleaner}
 * action and must not reference the solver.
 */
final class NativeSolverState implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(NativeSolverState.class);
    private static final double PETSC_DEFAULT = -2;
    private static final List<String> PC_FAILURES = List.of("SETUP_ERROR", "NOERROR", "FACTOR_STRUCT_ZEROPIVOT",
            "FACTOR_NUMERIC_ZEROPIVOT", "FACTOR_OUTMEMORY", "FACTOR_OTHER", "INCONSISTENT_RHS", "SUBPC_ERROR");

    private final PetscRuntime rt;
    private final PetscOptions options;
    private final String prefix;
    private final PrefixedOptions extra;
    private final FieldSplits splits;
    private final PointerByReference ksp = new PointerByReference();
    private NativeMatrix matrix;
    private List<String> ignored;
    private boolean released;
    private boolean renew;

    /**
     * Inserts the expert options and builds the KSP, so that bad options fail here.
     *
     * @throws org.ssbfem.solver.linalg.SolverException with PETSc's message; nothing stays allocated
     */
    NativeSolverState(PetscRuntime rt, PetscOptions options, String prefix, FieldSplits splits) {
        this.rt = rt;
        this.options = options;
        this.prefix = prefix;
        this.splits = splits;
        this.extra = new PrefixedOptions(rt, prefix, options);
        try {
            ksp.setValue(KspBuilder.create(rt, options, prefix, splits));
        } catch (RuntimeException e) {
            extra.clear();
            throw e;
        }
    }

    /**
     * Makes the KSP operate on {@code a}: values only when the pattern is the one of the last solve,
     * else a new matrix and KSP.
     *
     * @return true when PETSc sees a new or changed matrix
     * @throws IllegalStateException after {@link #run()} released the objects
     */
    boolean prepare(SparseMatrix a) {
        if (released) {
            throw new IllegalStateException("this PETSc solver has been closed");
        }
        if (matrix != null && matrix.sameStructure(a.pattern())) {
            return matrix.load(a.values());
        }
        if (matrix != null) {
            matrix.destroy();
            matrix = null;
            rt.lib.KSPDestroy(ksp);
            ksp.setValue(KspBuilder.create(rt, options, prefix, splits));
        }
        matrix = new NativeMatrix(rt, a);
        rt.check(rt.lib.KSPSetOperators(ksp.getValue(), matrix.mat(), matrix.mat()), "KSPSetOperators");
        return true;
    }

    /** Builds the preconditioner unless PETSc finds it up to date (KSPSetUp). */
    void setUp() {
        if (renew && options.reusePreconditioner() && matrix != null) {
            // KSPSetUp does nothing after the first set-up unless the operators were set again
            rt.check(rt.lib.KSPSetOperators(ksp.getValue(), matrix.mat(), matrix.mat()), "KSPSetOperators");
            rt.check(rt.lib.KSPSetReusePreconditioner(ksp.getValue(), 0), "KSPSetReusePreconditioner");
            rt.check(rt.lib.KSPSetUp(ksp.getValue()), "KSPSetUp");
            rt.check(rt.lib.KSPSetReusePreconditioner(ksp.getValue(), 1), "KSPSetReusePreconditioner");
            renew = false;
        }
        rt.check(rt.lib.KSPSetUp(ksp.getValue()), "KSPSetUp");
        if (ignored == null) {
            ignored = extra.unused();
            if (!ignored.isEmpty()) {
                LOG.warn("PETSc did not use the options {} of {}: misspelled, or not applicable to this method"
                        + " and preconditioner", ignored, options.describe());
            }
        }
    }

    /** The next {@link #setUp} builds a kept preconditioner afresh from the then current matrix. */
    void renewPreconditioner() {
        renew = true;
    }

    /** The expert options PETSc had not read by the end of the first set-up; empty before it. */
    List<String> ignoredOptions() {
        return ignored == null ? List.of() : ignored;
    }

    /**
     * Solves A d = r from d = 0 until ||r - A d||_2 &lt;= atol (no relative test).
     *
     * @param r right-hand side, not modified
     * @param d receives the solution
     * @throws org.ssbfem.solver.linalg.SolverException when a PETSc call fails (not for divergence:
     *         that is reported in the outcome)
     */
    KspOutcome solve(double[] r, double[] d, double atol, int maxIterations) {
        Pointer k = ksp.getValue();
        rt.check(rt.lib.KSPSetTolerances(k, 0.0, atol, PETSC_DEFAULT, maxIterations), "KSPSetTolerances");
        matrix.setRhs(r);
        rt.check(rt.lib.KSPSolve(k, matrix.rhs(), matrix.solution()), "KSPSolve");
        matrix.getSolution(d);
        IntByReference reason = new IntByReference();
        IntByReference its = new IntByReference();
        rt.check(rt.lib.KSPGetConvergedReason(k, reason), "KSPGetConvergedReason");
        rt.check(rt.lib.KSPGetIterationNumber(k, its), "KSPGetIterationNumber");
        PointerByReference name = new PointerByReference();
        rt.check(rt.lib.KSPGetConvergedReasonString(k, name), "KSPGetConvergedReasonString");
        return new KspOutcome(reason.getValue(), name.getValue().getString(0), its.getValue(), pcFailure());
    }

    private String pcFailure() {
        PointerByReference pc = new PointerByReference();
        IntByReference failed = new IntByReference();
        rt.check(rt.lib.KSPGetPC(ksp.getValue(), pc), "KSPGetPC");
        rt.check(rt.lib.PCGetFailedReason(pc.getValue(), failed), "PCGetFailedReason");
        int i = failed.getValue() + 1;
        if (failed.getValue() == 0) {
            return "";
        }
        return i >= 0 && i < PC_FAILURES.size() ? PC_FAILURES.get(i) : "PC failure " + failed.getValue();
    }

    /** Releases the KSP, the matrix and the options; safe to call more than once and after PETSc stopped. */
    @Override
    public void run() {
        rt.withLock(() -> {
            if (released) {
                return;
            }
            released = true;
            if (rt.running()) {
                extra.clear();
                rt.lib.KSPDestroy(ksp);
            }
            if (matrix != null) {
                matrix.destroy();
                matrix = null;
            }
        });
    }
}
