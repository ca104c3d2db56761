package org.ssbfem.solver.linalg.petsc;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/**
 * Creates and configures a PETSc KSP (Krylov method plus preconditioner) from {@link PetscOptions}.
 * Must be called holding the PETSc lock.
 *
 * <p>Order of settings: prefix, types, preconditioner side and norm (the unpreconditioned
 * residual, see {@link KspType}), reuse flag, then {@code KSPSetFromOptions}, so that the expert
 * options (already inserted under the prefix) override everything above them.
 */
final class KspBuilder {
    private static final int PC_LEFT = 0;
    private static final int PC_RIGHT = 1;
    private static final int KSP_NORM_UNPRECONDITIONED = 2;

    private KspBuilder() {
    }

    /**
     * A configured KSP without operators; the caller destroys it.
     *
     * @throws org.ssbfem.solver.linalg.SolverException with PETSc's message when a setting is refused
     *         (e.g. a malformed expert option); nothing is left allocated then
     */
    static Pointer create(PetscRuntime rt, PetscOptions o, String prefix) {
        PointerByReference ref = new PointerByReference();
        rt.check(rt.lib.KSPCreate(rt.commSelf, ref), "KSPCreate");
        try {
            configure(rt, ref.getValue(), o, prefix);
            return ref.getValue();
        } catch (RuntimeException e) {
            rt.lib.KSPDestroy(ref);
            throw e;
        }
    }

    private static void configure(PetscRuntime rt, Pointer ksp, PetscOptions o, String prefix) {
        PetscLib lib = rt.lib;
        rt.check(lib.KSPSetOptionsPrefix(ksp, prefix), "KSPSetOptionsPrefix");
        rt.check(lib.KSPSetType(ksp, o.ksp().petscName()), "KSPSetType");
        PointerByReference pcRef = new PointerByReference();
        rt.check(lib.KSPGetPC(ksp, pcRef), "KSPGetPC");
        Pointer pc = pcRef.getValue();
        rt.check(lib.PCSetType(pc, o.pc().petscName()), "PCSetType");
        if (o.pc() == PcType.BOOMERAMG) {
            rt.check(lib.PCHYPRESetType(pc, "boomeramg"), "PCHYPRESetType");
        }
        if (o.pc().factorization()) {
            rt.check(lib.PCFactorSetMatSolverType(pc, o.factorSolver().key()), "PCFactorSetMatSolverType");
        }
        if (o.ksp().side() != KspType.PcSide.NONE) {
            int side = o.ksp().side() == KspType.PcSide.LEFT ? PC_LEFT : PC_RIGHT;
            rt.check(lib.KSPSetPCSide(ksp, side), "KSPSetPCSide");
            rt.check(lib.KSPSetNormType(ksp, KSP_NORM_UNPRECONDITIONED), "KSPSetNormType");
        }
        rt.check(lib.KSPSetReusePreconditioner(ksp, o.reusePreconditioner() ? 1 : 0), "KSPSetReusePreconditioner");
        rt.check(lib.KSPSetFromOptions(ksp), "KSPSetFromOptions");
    }
}
