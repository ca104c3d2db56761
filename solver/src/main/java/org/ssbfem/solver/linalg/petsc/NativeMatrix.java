package org.ssbfem.solver.linalg.petsc;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.util.Arrays;
import org.ssbfem.solver.linalg.SparseMatrix;
import org.ssbfem.solver.linalg.SparsityPattern;

/**
 * A sequential PETSc AIJ matrix over native copies of a {@link SparseMatrix}'s CSR arrays, with
 * two work vectors of its size. Every method must be called holding the PETSc lock.
 *
 * <p>{@code MatCreateSeqAIJWithArrays} keeps the caller's pointers instead of copying, so the three
 * arrays live in JNA {@link Memory} owned by this object until {@link #destroy()} has destroyed
 * the Mat. New values of the same pattern are written into the Mat's array between
 * {@code MatSeqAIJGetArray} and {@code MatSeqAIJRestoreArray}, which tells PETSc that the matrix
 * changed, so that a preconditioner built on the old values is rebuilt unless reuse was asked for.
 */
final class NativeMatrix {
    private static final long INT_BYTES = 4;
    private static final long DOUBLE_BYTES = 8;

    private final PetscRuntime rt;
    private final SparsityPattern pattern;
    private final double[] loaded;
    private final Memory rowPtr;
    private final Memory colIdx;
    private final Memory values;
    private final PointerByReference mat = new PointerByReference();
    private final PointerByReference rhs = new PointerByReference();
    private final PointerByReference sol = new PointerByReference();

    /**
     * Copies the structure and values of {@code a} into a new PETSc matrix.
     *
     * @throws org.ssbfem.solver.linalg.SolverException when PETSc refuses the matrix; nothing stays allocated
     */
    NativeMatrix(PetscRuntime rt, SparseMatrix a) {
        this.rt = rt;
        this.pattern = a.pattern();
        this.loaded = a.values().clone();
        int n = a.size();
        int nnz = pattern.nonZeros();
        rowPtr = new Memory(INT_BYTES * (n + 1));
        colIdx = new Memory(INT_BYTES * Math.max(1, nnz));
        values = new Memory(DOUBLE_BYTES * Math.max(1, nnz));
        rowPtr.write(0, pattern.rowPtr(), 0, n + 1);
        colIdx.write(0, pattern.colIdx(), 0, nnz);
        values.write(0, loaded, 0, nnz);
        try {
            rt.check(rt.lib.MatCreateSeqAIJWithArrays(rt.commSelf, n, n, rowPtr, colIdx, values, mat),
                    "MatCreateSeqAIJWithArrays");
            rt.check(rt.lib.VecCreateSeq(rt.commSelf, n, rhs), "VecCreateSeq");
            rt.check(rt.lib.VecCreateSeq(rt.commSelf, n, sol), "VecCreateSeq");
        } catch (RuntimeException e) {
            destroy();
            throw e;
        }
    }

    /** The PETSc Mat handle. */
    Pointer mat() { return mat.getValue(); }

    Pointer rhs() { return rhs.getValue(); }

    Pointer solution() { return sol.getValue(); }

    /** True when {@code p} has the structure this matrix was built on. */
    boolean sameStructure(SparsityPattern p) {
        return p == pattern || (p.size() == pattern.size() && Arrays.equals(p.rowPtr(), pattern.rowPtr())
                && Arrays.equals(p.colIdx(), pattern.colIdx()));
    }

    /**
     * Makes the matrix hold {@code v} (pattern order). Values equal to the loaded ones are not
     * copied, so PETSc sees an unchanged matrix and keeps its preconditioner.
     *
     * @return true when the values changed
     */
    boolean load(double[] v) {
        if (Arrays.equals(v, loaded)) {
            return false;
        }
        System.arraycopy(v, 0, loaded, 0, loaded.length);
        PointerByReference array = new PointerByReference();
        rt.check(rt.lib.MatSeqAIJGetArray(mat(), array), "MatSeqAIJGetArray");
        array.getValue().write(0, v, 0, v.length);
        rt.check(rt.lib.MatSeqAIJRestoreArray(mat(), array), "MatSeqAIJRestoreArray");
        return true;
    }

    /** Copies {@code src} into the right-hand-side vector. */
    void setRhs(double[] src) {
        PointerByReference array = new PointerByReference();
        rt.check(rt.lib.VecGetArray(rhs(), array), "VecGetArray");
        array.getValue().write(0, src, 0, src.length);
        rt.check(rt.lib.VecRestoreArray(rhs(), array), "VecRestoreArray");
    }

    /** Copies the solution vector into {@code dst}. */
    void getSolution(double[] dst) {
        PointerByReference array = new PointerByReference();
        rt.check(rt.lib.VecGetArray(solution(), array), "VecGetArray");
        array.getValue().read(0, dst, 0, dst.length);
        rt.check(rt.lib.VecRestoreArray(solution(), array), "VecRestoreArray");
    }

    /** Destroys the PETSc objects (when PETSc still runs) and frees the native arrays. Idempotent. */
    void destroy() {
        rt.withLock(() -> {
            if (rt.running()) {
                destroyVec(sol);
                destroyVec(rhs);
                if (mat.getValue() != null) {
                    rt.lib.MatDestroy(mat);
                }
            }
            mat.setValue(null);
            rowPtr.close();
            colIdx.close();
            values.close();
        });
    }

    private void destroyVec(PointerByReference v) {
        if (v.getValue() != null) {
            rt.lib.VecDestroy(v);
        }
    }
}
