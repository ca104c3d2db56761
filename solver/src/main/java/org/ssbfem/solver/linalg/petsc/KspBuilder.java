package org.ssbfem.solver.linalg.petsc;

import com.sun.jna.Memory;
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
    private static final int PETSC_COPY_VALUES = 0;

    private KspBuilder() {
    }

    /**
     * A configured KSP without operators; the caller destroys it.
     *
     * @param splits the blocks of pc fieldsplit, else ignored (may be null)
     * @throws org.ssbfem.solver.linalg.SolverException with PETSc's message when a setting is refused
     *         (e.g. a malformed expert option); nothing is left allocated then
     * @throws IllegalArgumentException for pc fieldsplit without splits
     */
    static Pointer create(PetscRuntime rt, PetscOptions o, String prefix, FieldSplits splits) {
        if (o.pc() == PcType.FIELDSPLIT && splits == null) {
            throw new IllegalArgumentException("pc fieldsplit needs the blocks of unknowns (FieldSplits), which"
                    + " only coupled problems such as the discharge provide");
        }
        PointerByReference ref = new PointerByReference();
        rt.check(rt.lib.KSPCreate(rt.commSelf, ref), "KSPCreate");
        try {
            configure(rt, ref.getValue(), o, prefix, splits);
            return ref.getValue();
        } catch (RuntimeException e) {
            rt.lib.KSPDestroy(ref);
            throw e;
        }
    }

    private static void configure(PetscRuntime rt, Pointer ksp, PetscOptions o, String prefix, FieldSplits splits) {
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
        if (o.pc() == PcType.FIELDSPLIT) {
            setSplits(rt, pc, splits);
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

    /** Hands every block to the field-split PC (PETSc copies the indices and keeps its own IS). */
    private static void setSplits(PetscRuntime rt, Pointer pc, FieldSplits splits) {
        for (int b = 0; b < splits.names().size(); b++) {
            int[] u = splits.unknowns().get(b);
            Memory idx = new Memory(Math.max(1, 4L * u.length));
            idx.write(0, u, 0, u.length);
            PointerByReference is = new PointerByReference();
            rt.check(rt.lib.ISCreateGeneral(rt.commSelf, u.length, idx, PETSC_COPY_VALUES, is), "ISCreateGeneral");
            try {
                rt.check(rt.lib.PCFieldSplitSetIS(pc, splits.names().get(b), is.getValue()), "PCFieldSplitSetIS");
            } finally {
                rt.lib.ISDestroy(is);
                idx.close();
            }
        }
    }
}
