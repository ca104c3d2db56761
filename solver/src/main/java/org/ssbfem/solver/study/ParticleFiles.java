package org.ssbfem.solver.study;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.micro.ContactRule;
import org.ssbfem.mesh.micro.ImportedParticles;
import org.ssbfem.mesh.micro.LammpsDumpReader;
import org.ssbfem.mesh.micro.LateralMode;
import org.ssbfem.mesh.micro.PackingStats;
import org.ssbfem.mesh.micro.Phase;
import org.ssbfem.mesh.micro.TangencyCheck;
import org.ssbfem.mesh.micro.DemCsvReader;
import org.ssbfem.solver.casefile.CaseNode;
import org.ssbfem.solver.casefile.MicrostructureSection;

/**
 * Particle lists from files: {@code source: dem_csv} (header {@code x_um,y_um,z_um,r_um,phase} or
 * {@code _m}) and {@code source: lammps_dump} (LIGGGHTS/LAMMPS text dump with a type-to-phase map).
 * Both pass the tangency check of {@code microstructure.tangency} ({@code refuse}, {@code shrink}
 * or {@code merge}) against {@code microstructure.contact} before meshing.
 */
final class ParticleFiles {
    private static final Logger LOG = LoggerFactory.getLogger(ParticleFiles.class);
    private static final double UM = 1e-6;

    private ParticleFiles() {
    }

    static MicrostructureSources.Prepared demCsv(RunContext ctx, CaseNode ms) {
        Path file = ctx.caseFile(ms.require("file").text());
        double[] box = ms.numbers("box_um", 3);
        double sep = ms.number("separator_um", 0);
        Checked check = checked(ms);
        return c -> check.apply(c, DemCsvReader.read(file, box[0] * UM, box[1] * UM, box[2] * UM, sep * UM));
    }

    static MicrostructureSources.Prepared lammpsDump(RunContext ctx, CaseNode ms) {
        Path file = ctx.caseFile(ms.require("file").text());
        CaseNode dump = ms.section("dump");
        Map<Integer, Phase> types = new LinkedHashMap<>();
        CaseNode t = dump.require("types");
        for (String key : t.keys()) {
            String phase = t.get(key).text();
            Phase p = Phase.parse(phase);
            int type;
            try {
                type = Integer.parseInt(key.trim());
            } catch (NumberFormatException e) {
                throw t.error(key, "atom type '" + key + "' is not a whole number", "map atom types like 1: cam");
            }
            if (p == null || p == Phase.SE) {
                throw t.error(key, "unknown particle phase '" + phase + "'", "use one of cam, void, cbd");
            }
            types.put(type, p);
        }
        double unit = dump.positive("length_unit_m", 1e-6);
        Long step = dump.has("timestep") ? (long) dump.integer("timestep", 0) : null;
        double[] box = ms.has("box_um") ? scale(ms.numbers("box_um", 3)) : null;
        double sep = ms.number("separator_um", 0) * UM;
        LammpsDumpReader.Options opt = new LammpsDumpReader.Options(types, unit, step, box, sep);
        Checked check = checked(ms);
        return c -> check.apply(c, LammpsDumpReader.read(file, opt));
    }

    private static double[] scale(double[] um) {
        return new double[] {um[0] * UM, um[1] * UM, um[2] * UM};
    }

    /** The tangency check and report, configured from the case. */
    private interface Checked {
        org.ssbfem.mesh.micro.Microstructure apply(RunContext ctx, ImportedParticles in);
    }

    private static Checked checked(CaseNode ms) {
        ContactRule rule = MicrostructureSection.contactRule(ms.section("contact"));
        TangencyCheck.Fix fix = TangencyCheck.Fix.parse(ms.choice("tangency", "refuse", "refuse", "shrink", "merge"));
        return (ctx, in) -> {
            TangencyCheck.Result r = TangencyCheck.check(in, rule, fix);
            r.report().lines().forEach(l -> LOG.info("particles: {}", l));
            ctx.summary().info("particles.tangency", r.report().lines());
            var micro = r.particles().microstructure();
            PackingStats st = PackingStats.measure(micro, micro.particles(), LateralMode.CUT, rule, Map.of(), Map.of());
            st.lines().forEach(l -> LOG.info("particles: {}", l));
            MeshSummaries.packing(ctx.summary(), st);
            ctx.saveSummary();
            return micro;
        };
    }
}
