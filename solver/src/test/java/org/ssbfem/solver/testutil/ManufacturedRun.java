package org.ssbfem.solver.testutil;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.assembly.AssembledProblem;
import org.ssbfem.solver.assembly.Assembler;
import org.ssbfem.solver.assembly.AssemblerBuilder;
import org.ssbfem.solver.linalg.LinearSolver;
import org.ssbfem.solver.nonlinear.NewtonReport;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;
import org.ssbfem.solver.space.GradientFunction;
import org.ssbfem.solver.space.Integrals;
import org.ssbfem.solver.space.PointFunction;

/**
 * One manufactured-solution solve of a scalar field "u" on every region: Dirichlet data from the
 * exact solution on {@code boundary}, the terms a caller registers, Newton from zero, then the L2
 * and H1-seminorm errors.
 */
public final class ManufacturedRun {
    /** Exact solution and its gradient. */
    public record Exact(PointFunction u, GradientFunction gradient) { }

    /** Outcome: dofs, errors, Newton report. */
    public record Result(int dofs, double errorL2, double errorH1, NewtonReport newton, double[] field) { }

    private ManufacturedRun() {
    }

    /**
     * @param terms registers the terms on the builder (field name "u")
     * @param atol Newton absolute tolerance on the residual
     */
    public static Result solve(Mesh mesh, int degree, Exact exact, Consumer<AssemblerBuilder> terms,
                               LinearSolver linear, double atol) {
        FunctionSpace space = FunctionSpace.everywhere(mesh, degree);
        FieldLayout layout = FieldLayout.of("u", space);
        Constraints cons = Constraints.builder(layout).fix("u", "boundary", exact.u()).build();
        AssemblerBuilder b = Assembler.builder(layout, cons);
        terms.accept(b);
        Assembler asm = b.build();
        double[] x = new double[asm.size()];
        NewtonReport rep = Solvers.newton(linear, atol).solve(new AssembledProblem(asm), x);
        assertTrue(rep.converged(), rep.message() + " residuals " + java.util.Arrays.toString(rep.residualNorms()));
        double[] full = new double[layout.size()];
        asm.constraints().expand(x, full);
        double l2 = Integrals.errorL2(space, full, exact.u());
        double h1 = Integrals.errorH1(space, full, exact.gradient());
        return new Result(space.dofCount(), l2, h1, rep, full);
    }
}
