package org.ssbfem.solver.assembly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.FacetGroup;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.fem.FacetSides;
import org.ssbfem.solver.linalg.ReverseCuthillMcKee;
import org.ssbfem.solver.linalg.SparsityPattern;
import org.ssbfem.solver.physics.Diffusion;
import org.ssbfem.solver.physics.InterfaceConductance;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;
import org.ssbfem.solver.verify.UnitMesh;

/**
 * {@link CouplingPattern} against a plain reference (a sorted set per row): on random mesh-like
 * cliques (local cells, eliminated members, merged unknowns, a dense unknown, two-cell facet
 * cliques), and through the {@link Assembler} on a layout with field groups, a trace-only
 * interface term, fixed and merged unknowns and the reverse Cuthill-McKee renumbering.
 */
class CouplingPatternReferenceTest {
    @Test
    void randomCliquesGiveTheUnionOfTheirPairs() {
        for (long seed = 1; seed <= 6; seed++) {
            Random rnd = new Random(seed);
            int size = 50 + rnd.nextInt(400);
            List<int[]> cliques = randomCliques(rnd, size);
            SparsityPattern p = CouplingPattern.ofCliques(flatten(cliques), size);
            SparsityPattern expected = reference(size, cliques);
            assertArrayEquals(expected.rowPtr(), p.rowPtr(), "seed " + seed);
            assertArrayEquals(expected.colIdx(), p.colIdx(), "seed " + seed);
        }
    }

    @Test
    void emptyAndDiagonalOnly() {
        SparsityPattern none = CouplingPattern.ofCliques(new int[0], 0);
        assertEquals(0, none.nonZeros());
        SparsityPattern diag = CouplingPattern.ofCliques(new int[] {-1, CouplingPattern.END, CouplingPattern.END}, 3);
        assertArrayEquals(new int[] {0, 1, 2, 3}, diag.rowPtr());
        assertArrayEquals(new int[] {0, 1, 2}, diag.colIdx());
    }

    /** Cells of 4 nearby unknowns (some eliminated or repeated), facet pairs of 8, and a dense unknown. */
    private static List<int[]> randomCliques(Random rnd, int size) {
        List<int[]> out = new ArrayList<>();
        int dense = rnd.nextInt(size);
        int cells = size * 3;
        for (int c = 0; c < cells; c++) {
            int center = rnd.nextInt(size);
            int[] k = new int[4];
            for (int a = 0; a < 4; a++) {
                int r = Math.floorMod(center + rnd.nextInt(21) - 10, size);
                double u = rnd.nextDouble();
                k[a] = u < 0.08 ? -1 : u < 0.12 ? dense : u < 0.15 && a > 0 ? k[a - 1] : r;
            }
            out.add(k);
        }
        for (int f = 0; f < size / 5; f++) {
            int[] a = out.get(rnd.nextInt(cells));
            int[] b = out.get(rnd.nextInt(cells));
            int[] pair = new int[8];
            System.arraycopy(a, 0, pair, 0, 4);
            System.arraycopy(b, 0, pair, 4, 4);
            out.add(pair);
        }
        out.add(new int[0]);
        return out;
    }

    private static int[] flatten(List<int[]> cliques) {
        List<Integer> m = new ArrayList<>();
        for (int[] k : cliques) {
            for (int r : k) {
                m.add(r);
            }
            m.add(CouplingPattern.END);
        }
        return m.stream().mapToInt(Integer::intValue).toArray();
    }

    private static SparsityPattern reference(int size, List<int[]> cliques) {
        List<TreeSet<Integer>> rows = new ArrayList<>();
        for (int r = 0; r < size; r++) {
            rows.add(new TreeSet<>(List.of(r)));
        }
        for (int[] k : cliques) {
            for (int a : k) {
                for (int b : k) {
                    if (a >= 0 && b >= 0) {
                        rows.get(a).add(b);
                    }
                }
            }
        }
        return toPattern(rows);
    }

    private static SparsityPattern toPattern(List<TreeSet<Integer>> rows) {
        int[] ptr = new int[rows.size() + 1];
        List<Integer> cols = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            cols.addAll(rows.get(r));
            ptr[r + 1] = cols.size();
        }
        return new SparsityPattern(rows.size(), ptr, cols.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Region a: ua (P2) and ca (P1) joined by one cell term, w (P1) alone; region b: ub (P1) and w.
     * A trace-only conductance couples ua and ub across the interface (only the dofs on the facet);
     * ua is fixed on the left, ub merged on the right (a dense row); unknowns renumbered by RCM.
     */
    @Test
    void assemblerPatternHonoursGroupsInterfacesAndConstraints() {
        Mesh mesh = UnitMesh.cube(3).order(2).perturb(0.2, 4).keepPlaneX(0.5)
                .regions(List.of("a", "b"), c -> c[0] < 0.5 ? 0 : 1).build();
        FieldLayout layout = FieldLayout.builder().add("ua", FunctionSpace.on(mesh, 2, "a"))
                .add("ca", FunctionSpace.on(mesh, 1, "a")).add("ub", FunctionSpace.on(mesh, 1, "b"))
                .add("w", FunctionSpace.everywhere(mesh, 1)).build();
        Constraints cons = Constraints.builder(layout).fix("ua", "left", 0).merge("ub", "right").build();
        CellTerm joint = new CellTerm() {
            @Override public int slots() { return 2; }

            @Override public void add(QuadratureData in, LocalSystem out) { }
        };
        Assembler asm = Assembler.builder(layout, cons)
                .cell(Diffusion.constant(1), "ua").cell(joint, "ua", "ca").cell(Diffusion.constant(1), "ub")
                .cell(Diffusion.constant(1), "w")
                .interfaceTerm(new InterfaceConductance(1), "interface", List.of("a"),
                        InterfaceSlot.minus("ua"), InterfaceSlot.plus("ub"))
                .renumber(ReverseCuthillMcKee::permutation)
                .build();
        Constraints c = asm.constraints();
        List<TreeSet<Integer>> rows = new ArrayList<>();
        for (int r = 0; r < c.reducedSize(); r++) {
            rows.add(new TreeSet<>(List.of(r)));
        }
        int a = mesh.region("a");
        for (int cell = 0; cell < mesh.cellCount(); cell++) {
            if (mesh.cellRegions()[cell] == a) {
                clique(rows, rowsOf(layout, c, cell, null, "ua", "ca"));
                clique(rows, rowsOf(layout, c, cell, null, "w"));
            } else {
                clique(rows, rowsOf(layout, c, cell, null, "ub"));
                clique(rows, rowsOf(layout, c, cell, null, "w"));
            }
        }
        FacetSides sides = FacetSides.of(mesh, "interface");
        FacetGroup g = mesh.facets("interface");
        for (int f = 0; f < sides.count(); f++) {
            Set<Integer> nodes = new HashSet<>();
            for (int k = 0; k < g.type().nodes(); k++) {
                nodes.add(g.node(f, k));
            }
            List<Integer> k = new ArrayList<>();
            for (int s = 0; s < 2; s++) {
                int cell = sides.cell(f, s);
                k.addAll(rowsOf(layout, c, cell, nodes, mesh.cellRegions()[cell] == a ? "ua" : "ub"));
            }
            clique(rows, k);
        }
        SparsityPattern expected = toPattern(rows);
        assertArrayEquals(expected.rowPtr(), asm.pattern().rowPtr());
        assertArrayEquals(expected.colIdx(), asm.pattern().colIdx());
    }

    /** Reduced rows of {@code fields} on {@code cell} (only the dofs at {@code nodes} when not null). */
    private static List<Integer> rowsOf(FieldLayout layout, Constraints c, int cell, Set<Integer> nodes,
                                        String... fields) {
        List<Integer> out = new ArrayList<>();
        for (String name : fields) {
            int f = layout.field(name);
            FunctionSpace s = layout.space(f);
            for (int k = 0; k < s.dofsPerCell(); k++) {
                if (nodes == null || nodes.contains(layout.mesh().cellNode(cell, k))) {
                    out.add(c.reduced(layout.offset(f) + s.cellDof(cell, k)));
                }
            }
        }
        return out;
    }

    private static void clique(List<TreeSet<Integer>> rows, List<Integer> k) {
        for (int i : k) {
            for (int j : k) {
                if (i >= 0 && j >= 0) {
                    rows.get(i).add(j);
                }
            }
        }
    }
}
