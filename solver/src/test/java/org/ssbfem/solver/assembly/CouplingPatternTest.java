package org.ssbfem.solver.assembly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.fem.FacetSides;
import org.ssbfem.solver.linalg.PatternBuilder;
import org.ssbfem.solver.linalg.SparsityPattern;
import org.ssbfem.solver.physics.Diffusion;
import org.ssbfem.solver.physics.InterfaceConductance;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;
import org.ssbfem.solver.verify.UnitMesh;

/**
 * The clique-union pattern equals the pattern of all pairs of unknowns that can couple (collected
 * and sorted by {@link PatternBuilder}), with fixed, merged and renumbered unknowns: unknowns of one
 * field sharing a cell (each field has its own cell term, so fields do not couple inside a cell),
 * and across the trace-only interface term the unknowns of both sides lying on the facet (found
 * here geometrically: on the plane x = 0.5).
 */
class CouplingPatternTest {
    @Test
    void equalsThePatternOfAllCoupledPairs() {
        Mesh mesh = UnitMesh.cube(4).order(2).perturb(0.2, 4).keepPlaneX(0.5)
                .regions(List.of("a", "b"), c -> c[0] < 0.5 ? 0 : 1).build();
        FieldLayout layout = FieldLayout.builder().add("ua", FunctionSpace.on(mesh, 2, "a"))
                .add("ub", FunctionSpace.on(mesh, 1, "b")).add("w", FunctionSpace.everywhere(mesh, 1)).build();
        Constraints cons = Constraints.builder(layout).fix("ua", "left", 0).merge("ub", "right").build();
        Assembler asm = Assembler.builder(layout, cons)
                .cell(Diffusion.constant(1), "ua").cell(Diffusion.constant(1), "ub").cell(Diffusion.constant(1), "w")
                .interfaceTerm(new InterfaceConductance(1), "interface", List.of("a"),
                        InterfaceSlot.minus("ua"), InterfaceSlot.plus("ub"))
                .renumber(p -> reversed(p.size()))
                .build();
        SparsityPattern expected = allPairs(layout, asm.constraints(), FacetSides.of(mesh, "interface"));
        assertArrayEquals(expected.rowPtr(), asm.pattern().rowPtr());
        assertArrayEquals(expected.colIdx(), asm.pattern().colIdx());
    }

    private static int[] reversed(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = n - 1 - i;
        }
        return p;
    }

    private static SparsityPattern allPairs(FieldLayout layout, Constraints cons, FacetSides interfaces) {
        PatternBuilder pb = new PatternBuilder(cons.reducedSize());
        Mesh mesh = layout.mesh();
        for (int c = 0; c < mesh.cellCount(); c++) {
            for (int f = 0; f < layout.fieldCount(); f++) {
                int[] r = rows(layout, cons, f, c, false);
                pb.addCells(r, r.length);
            }
        }
        int a = mesh.region("a");
        for (int k = 0; k < interfaces.count(); k++) {
            boolean first = mesh.cellRegions()[interfaces.cell(k, 0)] == a;
            int[] minus = rows(layout, cons, 0, interfaces.cell(k, first ? 0 : 1), true);
            int[] plus = rows(layout, cons, 1, interfaces.cell(k, first ? 1 : 0), true);
            int[] r = java.util.Arrays.copyOf(minus, minus.length + plus.length);
            System.arraycopy(plus, 0, r, minus.length, plus.length);
            pb.addCells(r, r.length);
        }
        return pb.build();
    }

    /** Reduced rows of field {@code f} on cell {@code c} (only the dofs on x = 0.5 if {@code onPlane}), -1 padded. */
    private static int[] rows(FieldLayout layout, Constraints cons, int f, int c, boolean onPlane) {
        FunctionSpace s = layout.space(f);
        int[] out = new int[s.dofsPerCell()];
        for (int k = 0; k < out.length; k++) {
            boolean on = Math.abs(layout.mesh().coord(layout.mesh().cellNode(c, k), 0) - 0.5) < 1e-12;
            out[k] = s.hasCell(c) && (on || !onPlane) ? cons.reduced(layout.offset(f) + s.cellDof(c, k)) : -1;
        }
        return out;
    }
}
