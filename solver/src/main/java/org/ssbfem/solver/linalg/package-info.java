/**
 * Sparse linear algebra: the matrix storage shared with assembly, and the linear solvers.
 *
 * <h2>Storage</h2>
 * {@link org.ssbfem.solver.linalg.SparsityPattern} (CSR structure, built once per mesh and
 * function space by {@link org.ssbfem.solver.linalg.PatternBuilder}) and
 * {@link org.ssbfem.solver.linalg.SparseMatrix} (values on a pattern, viewable as an MTJ 1.0.4
 * {@code CompRowMatrix} without copying).
 *
 * <h2>Solvers</h2>
 * {@link org.ssbfem.solver.linalg.LinearSolvers#create} builds a
 * {@link org.ssbfem.solver.linalg.LinearSolver} from
 * {@link org.ssbfem.solver.linalg.LinearSolverOptions} (case-file keys {@code solver.linear.*}):
 * <ul>
 *   <li>{@code cg}, {@code gmres} (restarted, right-preconditioned), {@code bicgstab}: our own
 *       loops on primitive arrays. Against MTJ's {@code CG}, {@code GMRES} and {@code BiCGstab} with
 *       MTJ's {@code ILU} on 97,336 unknowns (rtol 1e-8; best of five CPU times, three runs on a
 *       shared machine; {@code LinearSolverBenchmark#oursAgainstMtj}): CG + ILU(0) 0.19-0.27 s against
 *       0.24-0.27 s (58 iterations both), GMRES(30) + ILU(0) 0.35-0.39 s against 0.36-0.43 s (57 and 60
 *       iterations), BiCGstab + ILU(0) 0.21-0.23 s against 0.25-0.28 s (28 and 30). Ours are as
 *       fast or somewhat faster, and they give what this project needs: the convergence test on the
 *       true residual, breakdown and symmetry checks, failure messages with iterations, residuals and
 *       advice, and no LAPACK call (MTJ's GMRES goes through netlib-java).</li>
 *   <li>preconditioners {@code none}, {@code jacobi}, {@code ilu0}
 *       ({@link org.ssbfem.solver.linalg.PreconditionerType}); ILU(0) is our own code on the CSR
 *       arrays and gives the same factors as MTJ's {@code ILU}.</li>
 *   <li>{@code direct}: {@link org.ssbfem.solver.linalg.DirectSolver}, a multifrontal sparse LU with
 *       nested-dissection ordering, threshold partial pivoting with delayed pivots and iterative
 *       refinement, for small and medium systems and for reference solutions of the nonsymmetric,
 *       badly scaled coupled Jacobian.</li>
 *   <li>{@link org.ssbfem.solver.linalg.Equilibration}: power-of-two row/column scaling for badly
 *       scaled systems ({@code solver.linear.equilibrate}).</li>
 * </ul>
 * Every solve that misses its tolerance throws {@link org.ssbfem.solver.linalg.SolverException}
 * with the iterations, the residual reached and required, and what to try.
 *
 * <h2>Orderings</h2>
 * {@link org.ssbfem.solver.linalg.ReverseCuthillMcKee} (bandwidth), nested dissection (inside the
 * direct solver) and the {@link org.ssbfem.solver.linalg.Permutation} helpers. Permutations are
 * stored new-to-old ({@code perm[newIndex] = oldIndex}).
 *
 * <h2>What is deliberately not offered, and why</h2>
 * <ul>
 *   <li>MTJ 1.0.4's {@code AMG}, {@code ICC} and {@code ILUT}: their set-up time grows as N^2
 *       (measured: AMG 14 s at 1e5 unknowns, 159 s at 2.5e5), which makes them unusable past about
 *       1e5 unknowns, where particle-resolved cathodes start.</li>
 *   <li>MTJ's {@code AMG} and {@code SSOR} also converge only when the output vector is zeroed
 *       before each application (they use it as an initial guess), which the Krylov solvers' contract
 *       for a preconditioner (a fixed linear operator) does not promise.</li>
 *   <li>netlib-java's native BLAS does not load on Debian 12 (it needs libgfortran3), so MTJ falls
 *       back to its pure-Java BLAS. That does not matter here: sparse products, the Krylov loops,
 *       ILU(0) and the dense kernels of the direct solver are all our own Java loops and call no BLAS.</li>
 * </ul>
 */
package org.ssbfem.solver.linalg;
