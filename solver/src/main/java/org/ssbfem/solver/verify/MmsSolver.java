package org.ssbfem.solver.verify;

import org.ssbfem.solver.assembly.AssembledProblem;
import org.ssbfem.solver.assembly.Assembler;
import org.ssbfem.solver.linalg.LinearSolverOptions;
import org.ssbfem.solver.linalg.LinearSolvers;
import org.ssbfem.solver.linalg.PreconditionerType;
import org.ssbfem.solver.linalg.SolverException;
import org.ssbfem.solver.linalg.SolverMethod;
import org.ssbfem.solver.nonlinear.Newton;
import org.ssbfem.solver.nonlinear.NewtonReport;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;
import org.ssbfem.solver.space.Integrals;

/**
 * The shared steps of the manufactured-solution cases: Newton (direct sparse LU, tolerance 1e-11
 * absolute) started from the nodal interpolant of the exact solution (the suite measures the
 * discretization, not Newton's reach), and the error norms of every field.
 */
final class MmsSolver {
    private MmsSolver() {
    }

    /** Interpolates {@code exact[f]} at the dofs of field f at time {@code t} into a full vector. */
    static double[] interpolate(FieldLayout layout, Exact[] exact, double t) {
        double[] full = new double[layout.size()];
        for (int f = 0; f < layout.fieldCount(); f++) {
            FunctionSpace s = layout.space(f);
            for (int d = 0; d < s.dofCount(); d++) {
                full[layout.offset(f) + d] = exact[f].value(s.dofCoord(d, 0), s.dofCoord(d, 1), s.dofCoord(d, 2), t);
            }
        }
        return full;
    }

    /** Solves from {@code full} (the start, overwritten with the solution, constraints applied). */
    static void solve(Assembler asm, double[] full) {
        double[] x = new double[asm.size()];
        asm.constraints().restrict(full, x);
        Newton newton = new Newton(LinearSolvers.create(LinearSolverOptions.of(SolverMethod.DIRECT,
                PreconditionerType.NONE)), new Newton.Options(1e-11, 1e-12, 25, 10));
        NewtonReport rep = newton.solve(new AssembledProblem(asm), x);
        if (!rep.converged()) {
            throw new SolverException("manufactured solution: Newton did not converge: " + rep.message());
        }
        asm.constraints().expand(x, full);
    }

    /** Errors of every field against {@code exact} at time {@code t}, combined in quadrature. */
    static MmsResult errors(FieldLayout layout, double[] full, Exact[] exact, double t) {
        double l2 = 0;
        double h1 = 0;
        for (int f = 0; f < layout.fieldCount(); f++) {
            FunctionSpace s = layout.space(f);
            double[] u = layout.extract(full, f);
            Exact e = exact[f];
            double a = Integrals.errorL2(s, u, (x, y, z, tt) -> e.value(x, y, z, t));
            var g = e.gradient();
            double b = Integrals.errorH1(s, u, (x, y, z, tt, out) -> g.gradient(x, y, z, t, out));
            l2 += a * a;
            h1 += b * b;
        }
        return new MmsResult(layout.size(), Math.sqrt(l2), Math.sqrt(h1));
    }
}
