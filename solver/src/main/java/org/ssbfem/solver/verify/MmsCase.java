package org.ssbfem.solver.verify;

/**
 * One manufactured-solution problem for {@code ssbfem verify}: a physics term (or a coupled set)
 * with a known exact solution and the source that makes it exact, solved on a sequence of
 * unstructured meshes of the unit square. Theory: L2 error ~ h^(p+1), H1 seminorm ~ h^p.
 */
public interface MmsCase {
    /** What is verified, for the report. */
    String term();

    /** Space dimension. */
    int dim();

    /** True when the case can run at Lagrange degree {@code degree} (default: every degree). */
    default boolean supports(int degree) {
        return true;
    }

    /**
     * Mesh divisions per side of the refinement sequence at {@code degree}: P1 8, 16, 32 and P2
     * 4, 8, 16 (quick: 6, 12, 24 and 4, 6, 10); always even, so that x = 1/2 is a mesh plane.
     */
    default int[] levels(int degree, boolean quick) {
        if (quick) {
            return degree == 1 ? new int[] {6, 12, 24} : new int[] {4, 6, 10};
        }
        return degree == 1 ? new int[] {8, 16, 32} : new int[] {4, 8, 16};
    }

    /**
     * Solves on the mesh with {@code n} divisions per side.
     *
     * @throws org.ssbfem.solver.linalg.SolverException when Newton does not converge
     */
    MmsResult solve(int degree, int n);
}
