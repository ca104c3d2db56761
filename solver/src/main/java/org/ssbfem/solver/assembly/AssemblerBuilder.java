package org.ssbfem.solver.assembly;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.linalg.SparsityPattern;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;

/**
 * Registers the terms of a problem: where each acts (cells of regions, a boundary group, an
 * interface group) and on which fields (its slots), then builds the {@link Assembler}. Names are
 * checked here, so a case with an unknown field, region or boundary fails before any assembly.
 */
public final class AssemblerBuilder {
    final FieldLayout layout;
    final Constraints constraints;
    final List<CellReg> cells = new ArrayList<>();
    final List<BoundaryReg> boundaries = new ArrayList<>();
    final List<InterfaceReg> interfaces = new ArrayList<>();
    int quadratureDegree = -1;
    boolean scatterTable = true;
    boolean affine = true;
    int threads = -1;
    boolean linearCells = true;
    Function<SparsityPattern, int[]> ordering;

    /** @param kind the term's kind ({@link Binding#kindOf}) */
    record CellReg(CellTerm term, boolean[] regions, int[] fields, int kind) { }

    record BoundaryReg(BoundaryTerm term, String group, int[] fields) { }

    record InterfaceReg(InterfaceTerm term, String group, boolean[] minusRegions, int[] fields, int[] sides) { }

    AssemblerBuilder(FieldLayout layout, Constraints constraints) {
        if (constraints.layout() != layout) {
            throw new IllegalArgumentException("constraints were built for another layout");
        }
        this.layout = layout;
        this.constraints = constraints;
    }

    /**
     * Adds a cell term on every cell where all of {@code fields} live.
     *
     * @throws InputError for an unknown field, or fields that share no region
     */
    public AssemblerBuilder cell(CellTerm term, String... fields) {
        int[] f = fieldIndices(fields);
        boolean[] mask = new boolean[mesh().regionNames().size()];
        boolean any = false;
        for (int r = 0; r < mask.length; r++) {
            mask[r] = true;
            for (int k : f) {
                mask[r] &= layout.space(k).hasRegion(r);
            }
            any |= mask[r];
        }
        if (!any) {
            throw new InputError("fields " + List.of(fields), "they share no region", "register the term on fields of one region");
        }
        cells.add(new CellReg(term, mask, f, Binding.kindOf(term, term.scaledByShift() && ownUnknowns(f))));
        return this;
    }

    /**
     * Adds a cell term on the cells of {@code regions} only (e.g. one conductivity per region).
     *
     * @throws InputError for an unknown region or field, or a field that does not live on a region
     */
    public AssemblerBuilder cell(CellTerm term, Collection<String> regions, String... fields) {
        int[] f = fieldIndices(fields);
        boolean[] mask = new boolean[mesh().regionNames().size()];
        for (String name : regions) {
            int r = mesh().region(name);
            for (int k : f) {
                FunctionSpace s = layout.space(k);
                if (!s.hasRegion(r)) {
                    throw new InputError("field '" + layout.name(k) + "'", "does not live on region '" + name
                            + "' (its regions are " + s.regions() + ")", "register the term on " + s.regions());
                }
            }
            mask[r] = true;
        }
        cells.add(new CellReg(term, mask, f, Binding.kindOf(term, term.scaledByShift() && ownUnknowns(f))));
        return this;
    }

    /**
     * Adds a boundary term on facet group {@code group}; facets whose cell does not carry all of
     * {@code fields} are skipped (e.g. SE faces of the current collector for phi_s).
     *
     * @throws InputError for an unknown group or field
     */
    public AssemblerBuilder boundary(BoundaryTerm term, String group, String... fields) {
        mesh().facets(group);
        boundaries.add(new BoundaryReg(term, group, fieldIndices(fields)));
        return this;
    }

    /**
     * Adds a two-sided term on interface group {@code group}: every facet must separate a cell of
     * {@code minusRegions} from a cell of another region, and each slot's field must live on its side.
     *
     * @throws InputError for unknown names; facet violations are reported by {@link #build()}
     */
    public AssemblerBuilder interfaceTerm(InterfaceTerm term, String group, Collection<String> minusRegions,
                                          InterfaceSlot... slots) {
        mesh().facets(group);
        boolean[] mask = new boolean[mesh().regionNames().size()];
        for (String name : minusRegions) {
            mask[mesh().region(name)] = true;
        }
        int[] f = new int[slots.length];
        int[] sides = new int[slots.length];
        for (int s = 0; s < slots.length; s++) {
            f[s] = layout.field(slots[s].field());
            sides[s] = slots[s].plus() ? 1 : 0;
        }
        interfaces.add(new InterfaceReg(term, group, mask, f, sides));
        return this;
    }

    /** Overrides the quadrature degree of cells and facets (default: the highest any term asks for). */
    public AssemblerBuilder quadratureDegree(int degree) {
        if (degree < 1) {
            throw new IllegalArgumentException("quadrature degree " + degree);
        }
        this.quadratureDegree = degree;
        return this;
    }

    /**
     * Whether to keep, from the second Jacobian assembly on, where every cell's and facet's Jacobian
     * entries go in the matrix (default true): 4 bytes per local entry of the fields read there,
     * e.g. 214 MB for 535k P2 tetrahedra of one field; a table above 2^26 entries is not kept.
     * Without it the positions are found per cell by a merge of sorted indices (about 0.3 us more
     * per P2 tetrahedron).
     */
    public AssemblerBuilder scatterTable(boolean enabled) {
        this.scatterTable = enabled;
        return this;
    }

    /**
     * Maps every cell isoparametrically at the quadrature degree of the mesh order, straight ones
     * included (tests compare this general path with the affine one).
     */
    AssemblerBuilder generalGeometry() {
        this.affine = false;
        return this;
    }

    /**
     * Threads of the cell loop regardless of {@code ssbfem.assemblyThreads} (tests; 1: serial). The
     * loop still stays serial on small meshes and with terms that are not thread-safe.
     */
    /**
     * Whether cell terms linear in the unknowns are assembled once per time, shift and history and
     * then updated by a matrix-vector product ({@link LinearCells}); default true. For tests.
     */
    AssemblerBuilder linearCells(boolean enabled) {
        this.linearCells = enabled;
        return this;
    }

    AssemblerBuilder threads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads " + count);
        }
        this.threads = count;
        return this;
    }

    /**
     * Renumbers the reduced unknowns with {@code ordering}, which maps the matrix pattern to a
     * new-to-old permutation, e.g. {@code ReverseCuthillMcKee::permutation}, to cut the bandwidth. The
     * assembler's {@link Assembler#constraints()} then carries the permuted numbering.
     */
    public AssemblerBuilder renumber(Function<SparsityPattern, int[]> ordering) {
        this.ordering = ordering;
        return this;
    }

    /**
     * Builds the assembler and its sparsity pattern (once).
     *
     * @throws InputError when an interface facet does not separate the minus regions from others,
     *                    or a slot field is missing on its side
     */
    public Assembler build() {
        return new Assembler(this);
    }

    Mesh mesh() { return layout.mesh(); }

    /**
     * Whether every unknown of {@code fields} is free and its own (neither fixed nor merged with
     * another): a time derivative on them can keep its mass matrix ({@link LinearCells}).
     */
    private boolean ownUnknowns(int[] fields) {
        int[] map = constraints.reducedMap();
        int[] members = new int[constraints.reducedSize()];
        for (int r : map) {
            if (r >= 0) {
                members[r]++;
            }
        }
        for (int f : fields) {
            for (int g = layout.offset(f), end = g + layout.space(f).dofCount(); g < end; g++) {
                if (map[g] < 0 || members[map[g]] > 1) {
                    return false;
                }
            }
        }
        return true;
    }

    private int[] fieldIndices(String... fields) {
        int[] f = new int[fields.length];
        for (int k = 0; k < fields.length; k++) {
            f[k] = layout.field(fields[k]);
        }
        return f;
    }
}
