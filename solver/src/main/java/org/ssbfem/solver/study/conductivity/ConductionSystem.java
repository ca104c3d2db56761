package org.ssbfem.solver.study.conductivity;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.assembly.Assembler;
import org.ssbfem.solver.assembly.AssemblerBuilder;
import org.ssbfem.solver.linalg.ReverseCuthillMcKee;
import org.ssbfem.solver.linalg.SparseMatrix;
import org.ssbfem.solver.physics.Diffusion;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;

/**
 * The stiffness matrix {@code K_ij = int sigma grad phi_j . grad phi_i dV} (A/V) of one transport,
 * without any boundary condition, assembled once: every direction takes its plates out of this one
 * matrix by elimination ({@link DirichletElimination}) and puts the values back afterwards, so no
 * direction re-assembles. Unknowns are the space's dofs renumbered by reverse Cuthill-McKee.
 *
 * <p>The problem is linear, so the "Newton step" is this one assembly and one linear solve per
 * direction. Not thread-safe: the matrix is modified while a direction is solved.
 */
public final class ConductionSystem {
    private static final Logger LOG = LoggerFactory.getLogger(ConductionSystem.class);

    private final FunctionSpace space;
    private final SparseMatrix matrix;
    private final int[] unknownOfDof;
    private final double[] sigmaOfRegion;
    private final double patternSeconds;
    private final double assemblySeconds;

    private ConductionSystem(FunctionSpace space, SparseMatrix matrix, int[] unknownOfDof, double[] sigmaOfRegion,
                             double patternSeconds, double assemblySeconds) {
        this.space = space;
        this.matrix = matrix;
        this.unknownOfDof = unknownOfDof;
        this.sigmaOfRegion = sigmaOfRegion;
        this.patternSeconds = patternSeconds;
        this.assemblySeconds = assemblySeconds;
    }

    /**
     * Builds the space on {@code regions}, the RCM-ordered pattern, and assembles the matrix.
     *
     * @param mesh the mesh
     * @param regions conducting regions, at least one
     * @param sigma conductivity of each region
     * @param degree 1 or 2
     * @throws org.ssbfem.mesh.InputError for degree 2 on a first-order mesh or a region without a
     *     conductivity
     */
    public static ConductionSystem assemble(Mesh mesh, List<String> regions, Conductivities sigma, int degree) {
        long t0 = System.nanoTime();
        FunctionSpace space = new FunctionSpace(mesh, degree, regions);
        FieldLayout layout = FieldLayout.of("u", space);
        AssemblerBuilder b = Assembler.builder(layout, Constraints.none(layout))
                .renumber(ReverseCuthillMcKee::permutation);
        double[] sigmaOfRegion = new double[mesh.regionNames().size()];
        for (String r : regions) {
            sigmaOfRegion[mesh.region(r)] = sigma.of(r);
            b.cell(Diffusion.constant(sigma.of(r)), List.of(r), "u");
        }
        Assembler asm = b.build();
        SparseMatrix k = asm.newMatrix();
        long t1 = System.nanoTime();
        asm.assemble(new double[asm.size()], new double[asm.size()], k);
        Symmetrizer.average(k);
        long t2 = System.nanoTime();
        ConductionSystem s = new ConductionSystem(space, k, asm.constraints().reducedMap().clone(), sigmaOfRegion,
                (t1 - t0) * 1e-9, (t2 - t1) * 1e-9);
        LOG.info("conduction on {}: {} unknowns, {} nonzeros, pattern + RCM {} s, assembly {} s", regions,
                s.size(), k.pattern().nonZeros(), String.format("%.3f", s.patternSeconds),
                String.format("%.3f", s.assemblySeconds));
        return s;
    }

    /** The space (its dof numbering is the one of {@link #toDofs}). */
    public FunctionSpace space() { return space; }

    /** The matrix in unknown numbering (live; restored after every direction). */
    public SparseMatrix matrix() { return matrix; }

    /** Number of unknowns (= dofs of the space). */
    public int size() { return unknownOfDof.length; }

    /** The unknown (matrix row) of space dof {@code d}. */
    public int unknown(int d) { return unknownOfDof[d]; }

    /** Conductivity of the cells of region index {@code r}, S/m (0 outside the transport). */
    public double sigmaOfRegion(int r) { return sigmaOfRegion[r]; }

    /** Wall time of the space, pattern and RCM ordering, s. */
    public double patternSeconds() { return patternSeconds; }

    /** Wall time of the matrix assembly, s. */
    public double assemblySeconds() { return assemblySeconds; }

    /** A vector in unknown numbering to space-dof numbering (a new array). */
    public double[] toDofs(double[] unknowns) {
        double[] out = new double[unknownOfDof.length];
        for (int d = 0; d < out.length; d++) {
            out[d] = unknowns[unknownOfDof[d]];
        }
        return out;
    }
}
