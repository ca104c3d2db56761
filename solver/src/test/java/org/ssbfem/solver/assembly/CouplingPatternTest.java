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
 * The clique-union pattern equals the pattern of all pairs of unknowns sharing a cell or an
 * interface facet pair (collected and sorted by {@link PatternBuilder}), with fixed, merged and
 * renumbered unknowns.
 */
class CouplingPatternTest {
    @Test
    void equalsThePatternOfAllCoupledPairs() {
        Mesh mesh = UnitMesh.cube(3).order(2).perturb(0.2, 4).keepPlaneX(0.5)
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
        for (int c = 0; c < layout.mesh().cellCount(); c++) {
            int[] r = rows(layout, cons, c, -1);
            pb.addCells(r, r.length);
        }
        for (int f = 0; f < interfaces.count(); f++) {
            int[] r = rows(layout, cons, interfaces.cell(f, 0), interfaces.cell(f, 1));
            pb.addCells(r, r.length);
        }
        return pb.build();
    }

    /** Reduced rows of every field on {@code c} (and then on {@code other} when not -1), -1 padded. */
    private static int[] rows(FieldLayout layout, Constraints cons, int c, int other) {
        int width = 0;
        for (int f = 0; f < layout.fieldCount(); f++) {
            width += layout.space(f).dofsPerCell();
        }
        int[] out = new int[other < 0 ? width : 2 * width];
        int k = 0;
        for (int cell : other < 0 ? new int[] {c} : new int[] {c, other}) {
            for (int f = 0; f < layout.fieldCount(); f++) {
                FunctionSpace s = layout.space(f);
                for (int a = 0; a < s.dofsPerCell(); a++) {
                    out[k++] = s.hasCell(cell) ? cons.reduced(layout.offset(f) + s.cellDof(cell, a)) : -1;
                }
            }
        }
        return out;
    }
}
