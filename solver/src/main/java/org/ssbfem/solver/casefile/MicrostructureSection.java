package org.ssbfem.solver.casefile;

import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.micro.ContactRule;
import org.ssbfem.mesh.micro.LateralMode;
import org.ssbfem.mesh.micro.PackingSpec;
import org.ssbfem.mesh.micro.SizeDistribution;

/**
 * Reads the {@code microstructure:} section of a case for {@code source: generate} into a
 * {@link PackingSpec}. Lengths in the case are in micrometres (keys end in {@code _um}); the spec
 * is in metres.
 */
public final class MicrostructureSection {
    private static final double UM = 1e-6;

    private MicrostructureSection() {
    }

    /** The packing spec described by {@code ms} (the {@code microstructure} mapping). */
    public static PackingSpec packing(CaseNode ms) {
        double[] box = ms.numbers("box_um", 3);
        double sep = ms.number("separator_um", 0);
        double cam = ms.number("cam_volume_fraction");
        SizeDistribution camR = distribution(ms, "cam_radius_um", true);
        double voidF = ms.number("void_volume_fraction", 0);
        SizeDistribution voidR = voidF > 0 ? distribution(ms, "void_radius_um", true) : null;
        double cbdF = ms.number("cbd_volume_fraction", 0);
        SizeDistribution cbdR = cbdF > 0 ? distribution(ms, "cbd_radius_um", true) : null;
        ContactRule contact = contactRule(ms.section("contact"));
        LateralMode lateral = LateralMode.valueOf(
                ms.choice("lateral", "cut", "cut", "periodic").toUpperCase(java.util.Locale.ROOT));
        long seed = ms.integer("seed", 1);
        PackingSpec spec = new PackingSpec(box[0] * UM, box[1] * UM, box[2] * UM, sep * UM, cam, camR,
                voidF, voidR, cbdF, cbdR, contact, lateral, seed);
        spec.checkFeasible();
        return spec;
    }

    /** A size distribution mapping: {@code {distribution, mean, sd, min, max}} or {@code {list: [...]}}. */
    static SizeDistribution distribution(CaseNode parent, String key, boolean required) {
        if (!parent.has(key) && !required) {
            return null;
        }
        CaseNode d = parent.section(key);
        String path = d.path();
        if (d.has("list")) {
            double[] r = d.numbers("list", -1);
            for (int i = 0; i < r.length; i++) {
                r[i] *= UM;
            }
            return SizeDistribution.list(path + ".list", r);
        }
        String kind = d.choice("distribution", "lognormal", "lognormal", "normal");
        double mean = d.number("mean") * UM;
        if (!(mean > 0)) {
            throw d.error("mean", "mean radius must be positive", "give the mean particle radius in micrometres");
        }
        double sd = d.number("sd", 0) * UM;
        if (sd == 0) {
            return SizeDistribution.list(path, mean);
        }
        double min = d.number("min", Math.max(0.5 * mean / UM, mean / UM - 3 * sd / UM)) * UM;
        double max = d.number("max", mean / UM + 3 * sd / UM) * UM;
        return "normal".equals(kind) ? SizeDistribution.normal(path, mean, sd, min, max)
                : SizeDistribution.lognormal(path, mean, sd, min, max);
    }

    /** The contact rule mapping {@code {mode, min_gap, min_overlap}}. */
    public static ContactRule contactRule(CaseNode c) {
        String mode = c.choice("mode", "overlap", "gap", "overlap");
        double gap = c.number("min_gap", 0.05);
        if ("gap".equals(mode)) {
            return ContactRule.gap(gap);
        }
        double overlap = c.number("min_overlap", 0.1);
        if (!(overlap > 0)) {
            throw new InputError(c.where() + " (" + c.path() + ".min_overlap)", "must be positive",
                    "give the overlap of touching particles as a fraction of the smaller radius, e.g. 0.1");
        }
        return ContactRule.overlap(overlap, gap);
    }
}
