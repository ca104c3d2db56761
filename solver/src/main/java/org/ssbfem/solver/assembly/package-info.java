/**
 * The one {@link org.ssbfem.solver.assembly.Assembler}: terms registered on cells, boundary facets
 * and two-sided interface facets; residual and Jacobian scattered into the reduced system on a
 * sparsity pattern built once.
 *
 * <pre>
 *   FieldLayout layout = FieldLayout.of("u", FunctionSpace.everywhere(mesh, 2));
 *   Constraints cons = Constraints.builder(layout).fix("u", "anode", 0.0).build();
 *   Assembler asm = Assembler.builder(layout, cons)
 *           .cell(Diffusion.constant(0.1), "u")
 *           .boundary(BoundaryFlux.neumann((x, y, z, t) -> -10.0), "current_collector", "u")
 *           .build();
 *   NewtonReport r = new Newton(solver, Newton.Options.defaults()).solve(new AssembledProblem(asm), x);
 * </pre>
 */
package org.ssbfem.solver.assembly;
