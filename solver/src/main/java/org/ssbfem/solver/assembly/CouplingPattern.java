package org.ssbfem.solver.assembly;

import java.util.Arrays;
import java.util.List;
import org.ssbfem.solver.linalg.SparsityPattern;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;

/**
 * Builds the sparsity pattern of the reduced system once per layout and constraints: on every
 * cell, every pair of unknowns of fields in one {@linkplain FieldGroups group} there; on every
 * facet of an interface loop, every pair of its {@linkplain InterfaceLoop#coupledRows coupled
 * rows}; plus the whole diagonal. Each cell group (or facet) is a clique of unknowns; the row of
 * unknown r is the union of the cliques holding r.
 *
 * <p>Primitive arrays only, no sorting: the cliques are written one after the other into one array,
 * each closed by a terminator; then the cliques holding each unknown (a counting sort of the
 * members), the unsorted union of each row (a marker array), and a transpose that emits every row
 * in increasing column order (the pattern is symmetric, so its transpose is the pattern itself).
 * The result is {@linkplain SparsityPattern#symmetric known symmetric}. Memory while building:
 * about 12 bytes per clique member (the members, the cliques of each unknown, the unsorted rows)
 * plus the pattern.
 */
final class CouplingPattern {
    /** Closes every clique in the member array (member -1: no unknown). */
    static final int END = Integer.MIN_VALUE;

    private CouplingPattern() {
    }

    /**
     * The pattern of the reduced unknowns.
     *
     * @param groups the group of every field in every region ({@link FieldGroups#of})
     * @param reducedOf reduced unknown of every layout dof, -1 for eliminated ones
     * @param size number of reduced unknowns
     * @param interfaces loops whose facets couple their coupled rows
     */
    static SparsityPattern build(FieldLayout layout, int[][] groups, int[] reducedOf, int size,
                                 List<InterfaceLoop> interfaces) {
        return ofCliques(cliques(layout, groups, reducedOf, interfaces), size);
    }

    /**
     * The pattern of the diagonal and every pair of unknowns of one clique.
     *
     * @param members the cliques one after the other, each closed by {@link #END}; members are
     *     unknowns in 0..size-1 or -1 (none), and may repeat
     * @param size number of unknowns
     */
    static SparsityPattern ofCliques(int[] members, int size) {
        int[] ptr = new int[size + 1];
        int[] starts = cliquesOfRows(members, size, ptr);
        int[] rowPtr = new int[size + 1];
        int[] unsorted = union(members, ptr, starts, rowPtr);
        return SparsityPattern.symmetric(size, rowPtr, transposed(rowPtr, unsorted));
    }

    /**
     * The members of a cell of each region: {@code [region][field]} is where the field's dofs start
     * in the cell's block (-1: the field does not live there), {@code [region][fields]} the block
     * length. A block holds the groups one after the other, each followed by a terminator slot.
     */
    private static int[][] blocks(FieldLayout layout, int[][] groups) {
        int nf = layout.fieldCount();
        int[][] at = new int[groups.length][nf + 1];
        for (int r = 0; r < groups.length; r++) {
            Arrays.fill(at[r], -1);
            int w = 0;
            for (int g = 0; g < nf; g++) {
                int before = w;
                for (int f = 0; f < nf; f++) {
                    if (groups[r][f] == g && layout.space(f).hasRegion(r)) {
                        at[r][f] = w;
                        w += layout.space(f).dofsPerCell();
                    }
                }
                w += w > before ? 1 : 0;
            }
            at[r][nf] = w;
        }
        return at;
    }

    /** All cliques, each closed by {@link #END}: the cells' groups, then the interface facets. */
    private static int[] cliques(FieldLayout layout, int[][] groups, int[] reducedOf, List<InterfaceLoop> interfaces) {
        int[][] blocks = blocks(layout, groups);
        int nf = layout.fieldCount();
        int[] cr = layout.mesh().cellRegions();
        long length = 0;
        for (int r : cr) {
            length += blocks[r][nf];
        }
        long cellMembers = length;
        for (InterfaceLoop loop : interfaces) {
            length += (long) loop.count() * (loop.width() + 1);
        }
        int[] m = new int[Math.toIntExact(length)];
        Arrays.fill(m, END);
        for (int f = 0; f < nf; f++) {
            cellRows(layout.space(f), layout.offset(f), reducedOf, blocks, f, nf, m);
        }
        int at = (int) cellMembers;
        for (InterfaceLoop loop : interfaces) {
            int[] rows = new int[loop.width()];
            for (int f = 0; f < loop.count(); f++) {
                loop.coupledRows(f, reducedOf, rows);
                System.arraycopy(rows, 0, m, at, rows.length);
                at += rows.length + 1;
            }
        }
        return m;
    }

    /**
     * Writes the reduced rows of field {@code f} (space s, layout offset off) into the block of
     * every cell it lives on ({@code blocks[region][nf]}: block length).
     */
    private static void cellRows(FunctionSpace s, int off, int[] reducedOf, int[][] blocks, int f, int nf, int[] m) {
        int[] cr = s.mesh().cellRegions();
        int n = s.dofsPerCell();
        int base = 0;
        for (int c = 0; c < cr.length; c++) {
            int[] block = blocks[cr[c]];
            if (block[f] >= 0) {
                for (int a = 0, at = base + block[f]; a < n; a++) {
                    m[at + a] = reducedOf[off + s.cellDof(c, a)];
                }
            }
            base += block[nf];
        }
    }

    /**
     * The cliques holding each unknown, as CSR: row offsets written into {@code ptr}; returns the
     * first member position of each such clique, in increasing order per row.
     */
    private static int[] cliquesOfRows(int[] m, int size, int[] ptr) {
        for (int r : m) {
            if (r >= 0) {
                ptr[r + 1]++;
            }
        }
        for (int r = 0; r < size; r++) {
            ptr[r + 1] += ptr[r];
        }
        int[] starts = new int[ptr[size]];
        int[] next = Arrays.copyOf(ptr, size);
        for (int j = 0, start = 0; j < m.length; j++) {
            int r = m[j];
            if (r >= 0) {
                starts[next[r]++] = start;
            } else if (r == END) {
                start = j + 1;
            }
        }
        return starts;
    }

    /**
     * Row r (diagonal first, then the other members of r's cliques, each once, unsorted) at
     * {@code result[rowPtr[r] .. rowPtr[r + 1]]}; fills {@code rowPtr}. The array may be longer
     * (room for a whole row, at most {@code size} entries, is made before each row).
     */
    private static int[] union(int[] m, int[] ptr, int[] starts, int[] rowPtr) {
        int size = rowPtr.length - 1;
        int[] marker = new int[size];
        Arrays.fill(marker, -1);
        int[] cols = new int[m.length + size];
        int nnz = 0;
        for (int r = 0; r < size; r++) {
            marker[r] = r;
            cols = room(cols, nnz + size);
            cols[nnz++] = r;
            for (int t = ptr[r]; t < ptr[r + 1]; t++) {
                for (int j = starts[t], c = m[j]; c != END; c = m[++j]) {
                    if (c >= 0 && marker[c] != r) {
                        marker[c] = r;
                        cols[nnz++] = c;
                    }
                }
            }
            rowPtr[r + 1] = nnz;
        }
        return cols;
    }

    /** {@code cols}, or a longer copy (by half at least) when it is shorter than {@code length}. */
    private static int[] room(int[] cols, int length) {
        return length <= cols.length ? cols : Arrays.copyOf(cols, Math.max(length, cols.length + cols.length / 2));
    }

    /**
     * The rows in increasing column order: column j is appended to every row that row j holds, for
     * j = 0, 1, ... (for a symmetric pattern, the rows holding column j are those row j holds).
     */
    private static int[] transposed(int[] rowPtr, int[] unsorted) {
        int size = rowPtr.length - 1;
        int[] next = Arrays.copyOf(rowPtr, size);
        int[] cols = new int[rowPtr[size]];
        for (int j = 0; j < size; j++) {
            for (int k = rowPtr[j]; k < rowPtr[j + 1]; k++) {
                cols[next[unsorted[k]]++] = j;
            }
        }
        return cols;
    }
}
