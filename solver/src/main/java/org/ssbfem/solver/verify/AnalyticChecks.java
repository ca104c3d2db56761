package org.ssbfem.solver.verify;

import java.util.List;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.assembly.Assembler;
import org.ssbfem.solver.assembly.InterfaceSlot;
import org.ssbfem.solver.physics.Diffusion;
import org.ssbfem.solver.physics.InterfaceConductance;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;

/**
 * Analytic cases whose exact solution lies in the discrete space, so the error must be at
 * round-off: two slabs (x &lt; 1/2 and x &gt; 1/2 of the unit square) in series with a contact
 * conductance H = 3 between them (the linearized Butler-Volmer kinetics), u = 0 at x = 0, 1 at
 * x = 1: u_a = B x, u_b = C + B x with C = 1/(1 + H), B = H C, on perturbed meshes.
 */
public final class AnalyticChecks {
    /** Largest nodal error a row may have. */
    public static final double TOLERANCE = 1e-9;
    private static final double H = 3.0;

    /**
     * A result.
     *
     * @param name what was solved
     * @param degree element degree
     * @param maxError largest nodal error
     */
    public record Check(String name, int degree, double maxError) {
        public boolean pass() {
            return maxError <= TOLERANCE;
        }
    }

    private AnalyticChecks() {
    }

    /** The series slabs at P1 and P2. */
    public static List<Check> run() {
        return List.of(slabs(1), slabs(2));
    }

    static Check slabs(int degree) {
        Mesh mesh = UnitMesh.square(6).order(2).perturb(0.2, 5).keepPlaneX(0.5)
                .regions(List.of("a", "b"), c -> c[0] < 0.5 ? 0 : 1).build();
        FieldLayout layout = FieldLayout.builder().add("ua", FunctionSpace.on(mesh, degree, "a"))
                .add("ub", FunctionSpace.on(mesh, degree, "b")).build();
        Constraints cons = Constraints.builder(layout).fix("ua", "left", 0).fix("ub", "right", 1).build();
        Assembler asm = Assembler.builder(layout, cons).cell(Diffusion.constant(1.0), "ua")
                .cell(Diffusion.constant(1.0), "ub").interfaceTerm(new InterfaceConductance(H), "interface",
                        List.of("a"), InterfaceSlot.minus("ua"), InterfaceSlot.plus("ub")).build();
        double[] full = new double[layout.size()];
        MmsSolver.solve(asm, full);
        double c = 1 / (1 + H);
        double b = H * c;
        double worst = 0;
        for (int f = 0; f < 2; f++) {
            FunctionSpace s = layout.space(f);
            for (int d = 0; d < s.dofCount(); d++) {
                double exact = (f == 0 ? 0 : c) + b * s.dofCoord(d, 0);
                worst = Math.max(worst, Math.abs(exact - full[layout.offset(f) + d]));
            }
        }
        return new Check("series slabs with contact conductance (exact: piecewise linear)", degree, worst);
    }
}
