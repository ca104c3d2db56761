/**
 * The electrochemical half cell of MODEL.md sections 2 to 5 on a resolved microstructure:
 * material functions of the lithiation ({@link org.ssbfem.solver.electrochem.LithiationFunction}:
 * tables by monotone {@link org.ssbfem.solver.electrochem.Pchip} interpolation, the rate-constant
 * {@link org.ssbfem.solver.electrochem.ExchangeCurrent}), the discretized cell
 * ({@link org.ssbfem.solver.electrochem.CellModel}) and its scaled equations with the terminal
 * condition ({@link org.ssbfem.solver.electrochem.CellProblem}), time stepping
 * ({@link org.ssbfem.solver.electrochem.TimeStepper}: variable-step BDF1/BDF2, local error
 * estimate on c, {@link org.ssbfem.solver.electrochem.LimitedNewton}) and protocols
 * ({@link org.ssbfem.solver.electrochem.ProtocolRunner} over
 * {@link org.ssbfem.solver.electrochem.ProtocolStep}s: CC to a cut-off located to a tolerance,
 * CV to an end current, rest), with the measurements of every accepted state
 * ({@link org.ssbfem.solver.electrochem.CellMonitor}, {@link org.ssbfem.solver.electrochem.Snapshot}).
 *
 * <pre>
 *   CellModel model = new CellModel(mesh, params, 1);
 *   CellMonitor monitor = new CellMonitor(model);
 *   CellProblem problem = new CellProblem(model, monitor.theoreticalCapacityC() / 3600);
 *   TimeStepper stepper = new TimeStepper(problem, linearSolver, StepOptions.defaults());
 *   stepper.start(0, model.restState(), 0);
 *   new ProtocolRunner(problem, stepper, monitor, (snapshot, u) -> log(snapshot))
 *           .run(List.of(new ProtocolStep.ConstantCurrent(oneCA, 3.0, 7200)));
 * </pre>
 */
package org.ssbfem.solver.electrochem;
