package org.ssbfem.mesh.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.mesh.gmsh.Gmsh;
import org.ssbfem.mesh.gmsh.GmshException;
import org.ssbfem.mesh.gmsh.GmshSession;
import org.ssbfem.mesh.io.MshReader;
import org.ssbfem.mesh.micro.Microstructure;

/**
 * Meshes a {@link Microstructure} with Gmsh: the box with its particles fragmented by
 * OpenCASCADE, particles crossing a box face cut by it, voids removed (not meshed), overlapping
 * particles of one phase fused (their shared faces are internal), sizes refined towards particle
 * surfaces, order 1 or 2 (curved, untangled; see {@link HighOrderStep}).
 *
 * <p>Gmsh works in micrometres (numerically kinder for boxes of tens of micrometres); the returned
 * {@link Mesh} is in metres. Regions: {@code se}, {@code cam}, {@code cbd}; facet groups:
 * {@code anode}, {@code current_collector}, {@code se_current_collector}, {@code interface},
 * {@code cam_cbd}, {@code cbd_se}, {@code void_surface}, {@code y_min}, {@code y_max},
 * {@code z_min}, {@code z_max} (see {@link BoundaryGroups}); empty groups are omitted and 2D meshes
 * (microstructures with {@code lzM == 0}: triangles in the xy plane, discs for particles) have no
 * {@code z_*} groups. Thread-safe: concurrent calls run one after the other inside Gmsh.
 */
public final class MicrostructureMesher {
    private static final Logger LOG = LoggerFactory.getLogger(MicrostructureMesher.class);
    /**
     * Gmsh's 3D Delaunay algorithm: reproducible (HXT, algorithm 10, gives better worst elements
     * and faster high-order optimization but a different mesh on every run in Gmsh 4.8).
     */
    private static final int DELAUNAY_3D = 1;

    private MicrostructureMesher() { }

    /** Meshes {@code m} without writing a file; see {@link #mesh(Microstructure, MeshOptions, Path)}. */
    public static MeshResult mesh(Microstructure m, MeshOptions o) {
        return mesh(m, o, null);
    }

    /**
     * Meshes {@code m}.
     *
     * @param mshFile where Gmsh writes its {@code .msh} file (the mesh as Gmsh made it, before any
     *                straightening of cells that stayed inverted), or null for none
     * @return the mesh and its report
     * @throws InputError when Gmsh fails and a cause the user can fix is identified (naming the
     *                    parameter or the particles), or the file cannot be written
     * @throws GmshException when Gmsh fails for another reason (carrying Gmsh's message)
     */
    public static MeshResult mesh(Microstructure m, MeshOptions o, Path mshFile) {
        Objects.requireNonNull(m);
        Objects.requireNonNull(o);
        Raw raw;
        try {
            raw = Gmsh.session(o.gmshLog(), s -> run(s, m, o, mshFile));
        } catch (GmshException e) {
            throw FailureDiagnosis.diagnose(m, o, e);
        }
        Mesh mesh = raw.outcome.mesh();
        int straightened = Straightener.straightenInverted(mesh);
        List<String> notes = new ArrayList<>(raw.notes);
        if (straightened > 0) {
            notes.add(straightened + " curved cell(s) stayed inverted and were made straight");
        }
        HighOrderStep.Outcome out = raw.outcome;
        MeshReport report = ReportBuilder.build(m, mesh, raw.version,
                new MeshReport.HighOrder(out.status(), out.message(), straightened),
                new MeshReport.Times(raw.generateSeconds, out.orderSeconds(), out.optimizeSeconds()), notes);
        LOG.info("{}", report.summary());
        return new MeshResult(mesh, report);
    }

    /**
     * The mesh {@link #mesh(Microstructure, MeshOptions, Path)} returned, read back from the file it
     * wrote (to continue a computation on the same mesh without meshing again): micrometres to
     * metres, and cells that stay inverted made straight as there. Node and cell numbering are
     * the same; coordinates agree to the 16 digits Gmsh writes, not bit for bit.
     *
     * @throws InputError when the file is missing or not a readable mesh
     */
    public static Mesh reread(Path mshFile) {
        Mesh mesh = MshReader.read(mshFile, 1e-6);
        Straightener.straightenInverted(mesh);
        return mesh;
    }

    private record Raw(HighOrderStep.Outcome outcome, double generateSeconds, String version, List<String> notes) { }

    private static Raw run(GmshSession s, Microstructure m, MeshOptions o, Path mshFile) {
        long t0 = System.nanoTime();
        s.setNumber("General.NumThreads", o.threads());
        s.setNumber("Mesh.Optimize", o.optimize() ? 1 : 0);
        s.setNumber("Mesh.Algorithm3D", DELAUNAY_3D);
        LOG.info("meshing: CAD booleans of the box and {} particles", m.particles().size());
        OccModel.Built built = OccModel.build(s, m);
        BoundaryGroups.Groups groups = BoundaryGroups.classifyAndAdd(s, m, built);
        SizeFields.apply(s, o, groups, m);
        int dim = built.dim();
        LOG.info("meshing: generating the {}D mesh (size {} um, {} um at interfaces)", dim,
                MeshOptions.um(o.sizeM()), MeshOptions.um(o.minSizeM()));
        s.mesh().generate(dim);
        double generateS = HighOrderStep.seconds(t0);
        if (o.order() == 2) {
            LOG.info("meshing: raising to order 2 ({} s so far)", String.format(java.util.Locale.ROOT, "%.1f", generateS));
        }
        HighOrderStep.Outcome outcome = HighOrderStep.apply(s, dim, o,
                () -> MeshExtractor.extract(s, dim, o.order(), groups));
        if (mshFile != null) {
            write(s, mshFile);
        }
        List<String> notes = new ArrayList<>(built.notes());
        notes.addAll(groups.notes());
        return new Raw(outcome, generateS, s.version(), notes);
    }

    private static void write(GmshSession s, Path mshFile) {
        try {
            s.write(mshFile);
        } catch (GmshException e) {
            throw new InputError(mshFile.toString(), "Gmsh could not write the mesh file: " + e.gmshMessage(),
                    "check that the folder exists and is writable", e);
        }
    }
}
