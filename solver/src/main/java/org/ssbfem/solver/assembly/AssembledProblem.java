package org.ssbfem.solver.assembly;

import org.ssbfem.solver.linalg.SparseMatrix;
import org.ssbfem.solver.linalg.SparsityPattern;
import org.ssbfem.solver.nonlinear.NonlinearProblem;

/** The {@link NonlinearProblem} of an {@link Assembler}'s terms: residual and Jacobian by assembly. */
public final class AssembledProblem implements NonlinearProblem {
    private final Assembler assembler;

    public AssembledProblem(Assembler assembler) {
        this.assembler = assembler;
    }

    public Assembler assembler() { return assembler; }

    @Override public int size() { return assembler.size(); }

    @Override public SparsityPattern jacobianPattern() { return assembler.pattern(); }

    @Override public void residual(double[] u, double[] residual) { assembler.assemble(u, residual, null); }

    @Override
    public void residualAndJacobian(double[] u, double[] residual, SparseMatrix jacobian) {
        assembler.assemble(u, residual, jacobian);
    }
}
