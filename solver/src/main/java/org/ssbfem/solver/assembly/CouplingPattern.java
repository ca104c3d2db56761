package org.ssbfem.solver.assembly;

import java.util.Arrays;
import java.util.List;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.linalg.SparsityPattern;
import org.ssbfem.solver.space.FieldLayout;

/**
 * Builds the sparsity pattern of the reduced system once per layout and constraints: every pair of
 * unknowns of the fields living on one cell, and of both cells of every interface facet that
 * carries two-sided terms, plus the whole diagonal. Each cell (or facet pair) is a clique of
 * unknowns; the row of unknown r is the union of the cliques holding r, collected with a marker
 * array and sorted row by row. Memory: about 8 bytes per cell unknown plus the pattern itself, no
 * global sort of all couplings.
 */
final class CouplingPattern {
    private CouplingPattern() {
    }

    /** Reduced unknowns of every clique: {@code members[starts[k] .. starts[k + 1]]}, -1 for none. */
    private record Cliques(int[] members, int[] starts) {
        int count() { return starts.length - 1; }
    }

    static SparsityPattern build(FieldLayout layout, int[] reducedOf, int size, List<InterfaceLoop> interfaces) {
        Cliques cliques = cliques(layout, reducedOf, interfaces);
        int[] ptr = new int[size + 1];
        int[] ids = cliquesOfRows(cliques, size, ptr);
        return union(cliques, ptr, ids, size);
    }

    private static Cliques cliques(FieldLayout layout, int[] reducedOf, List<InterfaceLoop> interfaces) {
        Mesh mesh = layout.mesh();
        int width = 0;
        for (int f = 0; f < layout.fieldCount(); f++) {
            width += layout.space(f).dofsPerCell();
        }
        int pairs = 0;
        for (InterfaceLoop loop : interfaces) {
            pairs += loop.count();
        }
        int cells = mesh.cellCount();
        int[] members = new int[cells * width + pairs * 2 * width];
        int[] starts = new int[cells + pairs + 1];
        for (int c = 0; c < cells; c++) {
            rowsOf(layout, reducedOf, c, members, c * width);
            starts[c + 1] = (c + 1) * width;
        }
        int k = cells;
        for (InterfaceLoop loop : interfaces) {
            for (int f = 0; f < loop.count(); f++, k++) {
                rowsOf(layout, reducedOf, loop.cell(f, 0), members, starts[k]);
                rowsOf(layout, reducedOf, loop.cell(f, 1), members, starts[k] + width);
                starts[k + 1] = starts[k] + 2 * width;
            }
        }
        return new Cliques(members, starts);
    }

    /** The cliques holding each unknown, as CSR: row offsets written into {@code ptr}, ids returned. */
    private static int[] cliquesOfRows(Cliques q, int size, int[] ptr) {
        int[] m = q.members();
        for (int r : m) {
            if (r >= 0) {
                ptr[r + 1]++;
            }
        }
        for (int r = 0; r < size; r++) {
            ptr[r + 1] += ptr[r];
        }
        int[] ids = new int[ptr[size]];
        int[] next = Arrays.copyOf(ptr, size);
        for (int k = 0; k < q.count(); k++) {
            for (int t = q.starts()[k]; t < q.starts()[k + 1]; t++) {
                if (m[t] >= 0) {
                    ids[next[m[t]]++] = k;
                }
            }
        }
        return ids;
    }

    private static SparsityPattern union(Cliques q, int[] ptr, int[] ids, int size) {
        int[] m = q.members();
        int[] s = q.starts();
        int[] marker = new int[size];
        Arrays.fill(marker, -1);
        int[] rowPtr = new int[size + 1];
        int[] cols = new int[Math.max(16, 2 * m.length)];
        int nnz = 0;
        for (int r = 0; r < size; r++) {
            int bound = nnz + 1;
            for (int t = ptr[r]; t < ptr[r + 1]; t++) {
                bound += s[ids[t] + 1] - s[ids[t]];
            }
            if (bound > cols.length) {
                cols = Arrays.copyOf(cols, Math.max(bound, cols.length + cols.length / 2));
            }
            int start = nnz;
            marker[r] = r;
            cols[nnz++] = r;
            for (int t = ptr[r]; t < ptr[r + 1]; t++) {
                for (int j = s[ids[t]]; j < s[ids[t] + 1]; j++) {
                    int c = m[j];
                    if (c >= 0 && marker[c] != r) {
                        marker[c] = r;
                        cols[nnz++] = c;
                    }
                }
            }
            Arrays.sort(cols, start, nnz);
            rowPtr[r + 1] = nnz;
        }
        return new SparsityPattern(size, rowPtr, Arrays.copyOf(cols, nnz));
    }

    /** Reduced rows of every field living on {@code cell}, -1 padded, at {@code out[offset..]}. */
    private static void rowsOf(FieldLayout layout, int[] reducedOf, int cell, int[] out, int offset) {
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
