/**
 * Optional PETSc backend of the linear solvers ({@code solver.backend: petsc}, options under
 * {@code solver.petsc}): {@link org.ssbfem.solver.linalg.petsc.PetscLinearSolver}, a
 * {@link org.ssbfem.solver.linalg.LinearSolver} configured by
 * {@link org.ssbfem.solver.linalg.petsc.PetscOptions}.
 *
 * <h2>What it offers</h2>
 * <ul>
 *   <li>Krylov methods {@code cg}, {@code gmres}, {@code fgmres}, {@code bicgstab}
 *       ({@link org.ssbfem.solver.linalg.petsc.KspType}), all testing the unpreconditioned residual
 *       like the MTJ solvers;</li>
 *   <li>preconditioners {@code boomeramg} (hypre), {@code gamg}, {@code ilu}, {@code bjacobi},
 *       {@code jacobi}, {@code none} and {@code lu}
 *       ({@link org.ssbfem.solver.linalg.petsc.PcType});</li>
 *   <li>sparse direct solves: ksp {@code preonly} + pc {@code lu} with factor_solver
 *       {@code mumps}, {@code superlu} or {@code petsc}
 *       ({@link org.ssbfem.solver.linalg.petsc.FactorSolver}), followed by iterative refinement
 *       when the residual misses the tolerance;</li>
 *   <li>a free option string for experts, scoped to one solver by a prefix;</li>
 *   <li>reuse of the matrix structure, and on request of the preconditioner, between solves.</li>
 * </ul>
 * Measured on the 7-point Poisson problem (2 shared cores, load 5 to 8 from other jobs): CG +
 * BoomerAMG keeps 5 iterations from 16^3 to 64^3 unknowns (rtol 1e-8) where CG + ILU(0) needs 28,
 * 50 and 94 ({@code PetscMultigridScalingTest}); at 1e6 unknowns it takes 4 iterations to rtol 1e-6
 * and 6 to 1e-10, about 8 to 11 s of CPU for set-up plus solve on that busy machine, and about
 * 2.3 to 3.7 s of CPU to solve again with the same matrix ({@code PetscBoomerAmgBenchmark}).
 *
 * <h2>Native side</h2>
 * PETSc 3.18 as Debian and Ubuntu ship it ({@code libpetsc_real.so.3.18}: real double scalars,
 * 32-bit {@code PetscInt}, Open MPI, with hypre, MUMPS and SuperLU), called through JNA
 * (package-private {@code PetscLib}); nothing of JNA appears in the public API. Loading and
 * start-up happen on the first call of {@code isAvailable()} or {@code create()}, never in a static
 * initializer, so the MTJ path runs on machines without PETSc. Details that matter:
 * <ul>
 *   <li>{@code libmpi.so.40} is loaded with {@code RTLD_GLOBAL} before PETSc, and
 *       {@code MPI_COMM_SELF} is the address of Open MPI's {@code ompi_mpi_comm_self};</li>
 *   <li>{@code -no_signal_handler} is set before {@code PetscInitialize}: PETSc's SIGSEGV handler
 *       would otherwise abort the JVM, which uses that signal itself;</li>
 *   <li>{@code MatCreateSeqAIJWithArrays} keeps the caller's arrays, so they live in JNA
 *       {@code Memory} until {@code MatDestroy};</li>
 *   <li>one process-wide lock serializes every PETSc call; PETSc and MPI are finalized by a JVM
 *       shutdown hook;</li>
 *   <li>every PETSc error code becomes a {@link org.ssbfem.solver.linalg.SolverException} carrying
 *       PETSc's message ({@code PetscErrorMessage}), with PETSc's own printing switched off;</li>
 *   <li>SuperLU's incomplete factorization is forced to {@code -mat_superlu_rowperm NOROWPERM}:
 *       Debian's SuperLU has no MC64 and calls {@code abort()}, killing the JVM, when asked for it.</li>
 * </ul>
 */
package org.ssbfem.solver.linalg.petsc;
