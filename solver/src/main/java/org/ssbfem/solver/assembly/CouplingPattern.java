package org.ssbfem.solver.assembly;

import java.util.Arrays;
import java.util.List;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.linalg.PatternBuilder;
import org.ssbfem.solver.linalg.SparsityPattern;
import org.ssbfem.solver.space.FieldLayout;

/**
 * Builds the sparsity pattern of the reduced system once per layout and constraints: every pair of
 * unknowns of the fields living on one cell, and of both cells of every interface facet that
 * carries two-sided terms. Cells are fed to the {@link PatternBuilder} in batches of primitive arrays.
 */
final class CouplingPattern {
    private static final int BATCH = 4096;

    private CouplingPattern() {
    }

    static SparsityPattern build(FieldLayout layout, int[] reducedOf, int size, List<InterfaceLoop> interfaces) {
        Mesh mesh = layout.mesh();
        int width = 0;
        for (int f = 0; f < layout.fieldCount(); f++) {
            width += layout.space(f).dofsPerCell();
        }
        PatternBuilder pb = new PatternBuilder(size);
        int[] batch = new int[BATCH * width];
        int filled = 0;
        for (int c = 0; c < mesh.cellCount(); c++) {
            rowsOf(layout, reducedOf, c, batch, filled * width);
            if (++filled == BATCH) {
                pb.addCells(batch, width);
                filled = 0;
            }
        }
        pb.addCells(Arrays.copyOf(batch, filled * width), width);
        int[] pair = new int[2 * width];
        for (InterfaceLoop loop : interfaces) {
            for (int f = 0; f < loop.count(); f++) {
                rowsOf(layout, reducedOf, loop.cell(f, 0), pair, 0);
                rowsOf(layout, reducedOf, loop.cell(f, 1), pair, width);
                pb.addCells(pair, 2 * width);
            }
        }
        return pb.build();
    }

    /** Reduced rows of every field living on {@code cell}, -1 padded, at {@code out[offset..]}. */
    static void rowsOf(FieldLayout layout, int[] reducedOf, int cell, int[] out, int offset) {
        int k = offset;
        for (int f = 0; f < layout.fieldCount(); f++) {
            var s = layout.space(f);
            int n = s.dofsPerCell();
            boolean on = s.hasCell(cell);
            for (int a = 0; a < n; a++) {
                out[k++] = on ? reducedOf[layout.offset(f) + s.cellDof(cell, a)] : -1;
            }
        }
    }
}
