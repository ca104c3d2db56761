package org.ssbfem.solver.study.discharge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.post.vtk.PvdWriter;
import org.ssbfem.post.vtk.VtuWriter;
import org.ssbfem.solver.electrochem.CellModel;
import org.ssbfem.solver.fem.LagrangeSimplex;
import org.ssbfem.solver.fem.PointSet;
import org.ssbfem.solver.physics.ButlerVolmer;
import org.ssbfem.solver.physics.Coefficient;
import org.ssbfem.solver.space.FieldEvaluator;
import org.ssbfem.solver.space.FunctionSpace;

/**
 * The ParaView time series {@code fields.pvd} with three parts per output time, written into
 * {@code fields/}: part 0 the SE ({@code se_NNNN.vtu}: point data phi_e_V, cell vectors
 * i_e_A_per_m2), part 1 the CAM and CBD ({@code cam_NNNN.vtu}: phi_s_V, c_mol_per_m3, x (c /
 * c_max, NaN on CBD), cell vectors i_s_A_per_m2), part 2 the CAM/SE interface
 * ({@code interface_NNNN.vtu}: i_n_A_per_m2, eta_V). Current densities are evaluated at cell
 * centroids. Every file is written atomically and the collection rewritten after each time, so an
 * interrupted run leaves a valid series.
 */
final class FieldWriter {
    private final CellModel model;
    private final Mesh mesh;
    private final Path dir;
    private static final String[] PARTS = {"se", "cam", "interface"};
    private final PvdWriter pvd;
    private final List<Double> timesS = new ArrayList<>();

    /** A new series (an existing {@code fields.pvd} is replaced). */
    FieldWriter(CellModel model, Path outDir) throws IOException {
        this(model, outDir, List.of());
    }

    /**
     * A series continued after the output times {@code keptTimesS} (those of an interrupted run up
     * to the state it continues from, files {@code *_0000.vtu} on): {@code fields.pvd} is rewritten
     * with them, later files of the interrupted run are deleted, and numbering goes on from there.
     */
    FieldWriter(CellModel model, Path outDir, List<Double> keptTimesS) throws IOException {
        this.model = model;
        this.mesh = model.mesh();
        this.dir = Files.createDirectories(outDir.resolve("fields"));
        List<PvdWriter.Entry> kept = new ArrayList<>();
        for (int k = 0; k < keptTimesS.size(); k++) {
            for (int part = 0; part < PARTS.length; part++) {
                kept.add(new PvdWriter.Entry(keptTimesS.get(k), part, "fields/" + fileName(part, k)));
            }
        }
        this.pvd = new PvdWriter(outDir.resolve("fields.pvd"), kept);
        this.timesS.addAll(keptTimesS);
        for (int k = keptTimesS.size(); Files.exists(dir.resolve(fileName(1, k))); k++) {
            for (int part = 0; part < PARTS.length; part++) {
                Files.deleteIfExists(dir.resolve(fileName(part, k)));
            }
        }
    }

    private static String fileName(int part, int index) {
        return String.format(Locale.ROOT, "%s_%04d.vtu", PARTS[part], index);
    }

    /** Number of output times written. */
    int count() { return timesS.size(); }

    /** The output times written, s, in order (a copy). */
    List<Double> timesS() { return List.copyOf(timesS); }

    /**
     * Writes the state {@code u} (SI reduced unknowns) at {@code timeS}; phi_s with the model's
     * offset added back ({@link CellModel#offsetV()}).
     */
    void write(double timeS, double[] u) throws IOException {
        double[] full = model.full(u);
        double[] phiE = nodal(0, full);
        double[] phiS = nodal(1, full);
        double[] phiSOut = phiS.clone();
        for (int n = 0; n < phiSOut.length; n++) {
            phiSOut[n] += model.offsetV();
        }
        double[] c = nodal(2, full);
        double cMax = model.params().cMaxMolPerM3();
        double[] x = new double[c.length];
        for (int n = 0; n < x.length; n++) {
            x[n] = c[n] / cMax;
        }
        int count = timesS.size();
        Path se = dir.resolve(fileName(0, count));
        VtuWriter.of(mesh).cells(mesh.cellsOf("se")).pointData("phi_e_V", phiE)
                .cellVectors("i_e_A_per_m2", current(0, full, null)).time(timeS).write(se);
        Path cam = dir.resolve(fileName(1, count));
        VtuWriter.of(mesh).cells(model.layout().space(1).cells()).pointData("phi_s_V", phiSOut)
                .pointData("c_mol_per_m3", c).pointData("x", x).cellVectors("i_s_A_per_m2", current(1, full, c))
                .regionIds().time(timeS).write(cam);
        Path inter = dir.resolve(fileName(2, count));
        writeInterface(inter, timeS, phiS, c, phiE);
        pvd.add(timeS, 0, se);
        pvd.add(timeS, 1, cam);
        pvd.add(timeS, 2, inter);
        timesS.add(timeS);
    }

    private void writeInterface(Path file, double timeS, double[] phiS, double[] c, double[] phiE) throws IOException {
        ButlerVolmer bv = model.kinetics();
        double[] in = new double[mesh.nodeCount()];
        double[] eta = new double[mesh.nodeCount()];
        int[] nodes = mesh.facets("interface").nodes();
        for (int n : nodes) {
            in[n] = bv.currentDensityAPerM2(phiS[n], c[n], phiE[n]);
            eta[n] = bv.overpotentialV(phiS[n], c[n], phiE[n]);
        }
        VtuWriter.ofFacets(mesh, "interface").pointData("i_n_A_per_m2", in).pointData("eta_V", eta).time(timeS)
                .write(file);
    }

    /**
     * Field {@code f}'s value at every node of its cells (NaN elsewhere): the dof values, and at
     * nodes without a dof (P1 on a second-order mesh) the field's interpolant there.
     */
    private double[] nodal(int f, double[] full) {
        FunctionSpace s = model.layout().space(f);
        double[] out = new double[mesh.nodeCount()];
        java.util.Arrays.fill(out, Double.NaN);
        int nodesPerCell = mesh.cellType().nodes();
        LagrangeSimplex geo = LagrangeSimplex.of(mesh.dim(), mesh.order());
        double[] phi = new double[s.dofsPerCell()];
        int offset = model.layout().offset(f);
        for (int cell : s.cells()) {
            for (int k = 0; k < nodesPerCell; k++) {
                int node = mesh.cellNode(cell, k);
                int d = s.dofOfNode(node);
                if (d >= 0) {
                    out[node] = full[offset + d];
                } else {
                    s.element().values(geo.node(k), phi);
                    double v = 0;
                    for (int a = 0; a < phi.length; a++) {
                        v += phi[a] * full[offset + s.cellDof(cell, a)];
                    }
                    out[node] = v;
                }
            }
        }
        return out;
    }

    /** -sigma grad phi at the centroid of every cell of field f's space (0 elsewhere), per mesh cell. */
    private double[] current(int f, double[] full, double[] nodalC) {
        FunctionSpace s = model.layout().space(f);
        int dim = mesh.dim();
        double[] centroid = new double[dim];
        java.util.Arrays.fill(centroid, 1.0 / (dim + 1));
        FieldEvaluator ev = new FieldEvaluator(s, model.layout().extract(full, f),
                new PointSet(dim, centroid, new double[] {1.0}, null));
        double[] out = new double[3 * mesh.cellCount()];
        for (int cell : s.cells()) {
            ev.compute(cell);
            double sigma = conductivity(f, cell, nodalC);
            for (int d = 0; d < dim; d++) {
                out[3 * cell + d] = -sigma * ev.gradient(0, d);
            }
        }
        return out;
    }

    /** sigma_e, sigma_cbd, or sigma_s(c) at the mean of the cell's vertex concentrations. */
    private double conductivity(int f, int cell, double[] nodalC) {
        var p = model.params();
        if (f == 0) {
            return p.seConductivitySPerM();
        }
        if (!"cam".equals(mesh.regionNames().get(mesh.cellRegions()[cell]))) {
            return p.cbdConductivitySPerM();
        }
        double c = 0;
        for (int k = 0; k <= mesh.dim(); k++) {
            c += nodalC[mesh.cellNode(cell, k)] / (mesh.dim() + 1);
        }
        Coefficient sigma = p.camConductivitySPerM().ofConcentration(p.cMaxMolPerM3());
        return sigma.value(c);
    }
}
