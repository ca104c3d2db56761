package org.ssbfem.solver.space;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.assembly.AssembledProblem;
import org.ssbfem.solver.assembly.Assembler;
import org.ssbfem.solver.linalg.ReverseCuthillMcKee;
import org.ssbfem.solver.physics.BodySource;
import org.ssbfem.solver.physics.BoundaryFlux;
import org.ssbfem.solver.physics.Diffusion;
import org.ssbfem.solver.testutil.Solvers;
import org.ssbfem.solver.verify.UnitMesh;

/**
 * Dirichlet and merged dofs: -u'' = 1 on the unit square (P2, perturbed mesh), u = 0 on the left,
 * and on the right either u fixed node by node, or all right nodes merged into one unknown that is
 * fixed, or merged and free under an applied outward flux g = -1 (exact solution u = 2x - x^2/2).
 */
class ConstraintsTest {
    private final Mesh mesh = UnitMesh.square(6).order(2).perturb(0.2, 9).build();
    private final FieldLayout layout = FieldLayout.of("u", FunctionSpace.everywhere(mesh, 2));

    private double[] solve(Constraints cons, boolean flux, boolean renumber) {
        var b = Assembler.builder(layout, cons)
                .cell(Diffusion.constant(1.0), "u")
                .cell(new BodySource(PointFunction.constant(1.0)), "u");
        if (flux) {
            b.boundary(BoundaryFlux.neumann(PointFunction.constant(-1.0)), "right", "u");
        }
        if (renumber) {
            b.renumber(ReverseCuthillMcKee::permutation);
        }
        Assembler asm = b.build();
        double[] x = new double[asm.size()];
        assertTrue(Solvers.newton(Solvers.gmres(), 1e-12).solve(new AssembledProblem(asm), x).converged());
        double[] full = new double[layout.size()];
        asm.constraints().expand(x, full);
        return full;
    }

    @Test
    void mergedThenFixedEqualsDirichletOnEachNode() {
        double[] dirichlet = solve(Constraints.builder(layout).fix("u", "left", 0).fix("u", "right", 1.5).build(), false, false);
        Constraints merged = Constraints.builder(layout).fix("u", "left", 0).merge("u", "right")
                .fix(layout.space(0).dofsOnFacets("right")[0], 1.5).build();
        assertEquals(layout.size() - layout.space(0).dofsOnFacets("left").length
                - layout.space(0).dofsOnFacets("right").length, merged.reducedSize());
        assertArrayEquals(dirichlet, solve(merged, false, false), 1e-10);
    }

    @Test
    void mergedFreeUnknownCarriesTheAppliedFlux() {
        Constraints merged = Constraints.builder(layout).fix("u", "left", 0).merge("u", "right").build();
        double[] u = solve(merged, true, false);
        FunctionSpace s = layout.space(0);
        for (int d = 0; d < s.dofCount(); d++) {
            double x = s.dofCoord(d, 0);
            assertEquals(2 * x - x * x / 2, u[d], 1e-9, "exact solution at dof " + d);
        }
        int v = merged.mergedUnknown("u", "right");
        assertEquals(layout.size() - s.dofsOnFacets("left").length - s.dofsOnFacets("right").length + 1,
                merged.reducedSize());
        assertTrue(v >= 0);
        assertEquals(1.0, Integrals.normalFlux(s, u, "right"), 1e-9);
    }

    @Test
    void renumberingKeepsTheSolutionAndCutsTheBandwidth() {
        Constraints cons = Constraints.builder(layout).fix("u", "boundary", 0).build();
        assertArrayEquals(solve(cons, false, false), solve(cons, false, true), 1e-10);
        var scrambled = Assembler.builder(layout, cons).cell(Diffusion.constant(1), "u")
                .renumber(p -> shuffled(p.size())).build().pattern();
        var rcm = Assembler.builder(layout, cons).cell(Diffusion.constant(1), "u")
                .renumber(ReverseCuthillMcKee::permutation).build().pattern();
        int before = ReverseCuthillMcKee.bandwidth(scrambled);
        int after = ReverseCuthillMcKee.bandwidth(rcm);
        assertTrue(2 * after < before, "bandwidth " + after + " after RCM vs " + before + " scrambled");
    }

    private static int[] shuffled(int n) {
        java.util.List<Integer> l = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(i);
        }
        java.util.Collections.shuffle(l, new java.util.Random(3));
        return l.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void fixedValuesCanChangeWithoutRebuilding() {
        Constraints cons = Constraints.builder(layout).fix("u", "left", 0).fix("u", "right", 0).build();
        cons.setFixedValues("u", "right", (x, y, z, t) -> 2 * t, 0.75);
        assertArrayEquals(solve(Constraints.builder(layout).fix("u", "left", 0).fix("u", "right", 1.5).build(),
                false, false), solve(cons, false, false), 1e-10);
    }

    @Test
    void mergedDofsFixedToTwoValuesAreAnInputError() {
        int[] right = layout.space(0).dofsOnFacets("right");
        var b = Constraints.builder(layout).merge("u", "right").fix(right[0], 1.0).fix(right[1], 2.0);
        assertThrows(InputError.class, b::build);
    }
}
