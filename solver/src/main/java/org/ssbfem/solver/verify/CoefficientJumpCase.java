package org.ssbfem.solver.verify;

import java.util.List;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.assembly.Assembler;
import org.ssbfem.solver.physics.BodySource;
import org.ssbfem.solver.physics.Diffusion;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;

/**
 * Conduction {@code -div(k grad u) = f} with a coefficient jump k = 1 (x &lt; 1/2) : 100 (x &gt; 1/2)
 * on meshes conforming to the interface (vertices on x = 1/2 stay there when perturbed). With
 * {@code w = (x - 1/2) e^(x+y)}: {@code u = w / k} is continuous, its flux {@code k du/dx} too,
 * and {@code f = -lap w = -(1 + 2x) e^(x+y)} on both sides. The MODEL.md section 8 curved-interface
 * variant runs in the test suite (CoefficientJumpConvergenceTest, Gmsh meshes).
 */
final class CoefficientJumpCase implements MmsCase {
    private static final double K_A = 1.0;
    private static final double K_B = 100.0;

    @Override public String term() { return "conduction, coefficient jump 1:100 across x = 1/2"; }

    @Override public int dim() { return 2; }

    private static double k(double x) {
        return x < 0.5 ? K_A : K_B;
    }

    private static Exact exact() {
        return new Exact((x, y, z, t) -> (x - 0.5) * Math.exp(x + y) / k(x), (x, y, z, t, g) -> {
            double e = Math.exp(x + y) / k(x);
            g[0] = (x + 0.5) * e;
            g[1] = (x - 0.5) * e;
            g[2] = 0;
        });
    }

    @Override
    public MmsResult solve(int degree, int n) {
        Mesh mesh = UnitMesh.square(n).order(degree).perturb(0.2, 11 + n).keepPlaneX(0.5)
                .regions(List.of("a", "b"), c -> c[0] < 0.5 ? 0 : 1).build();
        FieldLayout layout = FieldLayout.of("u", FunctionSpace.everywhere(mesh, degree));
        Exact[] ex = {exact()};
        Constraints cons = Constraints.builder(layout).fix("u", "boundary", ex[0].u()).build();
        Assembler asm = Assembler.builder(layout, cons)
                .cell(Diffusion.constant(K_A), List.of("a"), "u")
                .cell(Diffusion.constant(K_B), List.of("b"), "u")
                .cell(new BodySource((x, y, z, t) -> -(1 + 2 * x) * Math.exp(x + y)), "u").build();
        double[] full = MmsSolver.interpolate(layout, ex, 0);
        MmsSolver.solve(asm, full);
        return MmsSolver.errors(layout, full, ex, 0);
    }
}
