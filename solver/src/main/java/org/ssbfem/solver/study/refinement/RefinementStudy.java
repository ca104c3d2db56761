package org.ssbfem.solver.study.refinement;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.gmsh.Gmsh;
import org.ssbfem.post.Summary;
import org.ssbfem.post.refine.RefinementLevel;
import org.ssbfem.post.refine.RefinementReport;
import org.ssbfem.post.refine.RefinementSequence;
import org.ssbfem.solver.casefile.CaseNode;
import org.ssbfem.solver.study.RunContext;
import org.ssbfem.solver.study.Study;
import org.ssbfem.solver.study.Version;

/**
 * {@code study: refinement}: runs a base case at several mesh sizes and degrees (and time-step
 * settings), each level an independent run in {@code level-<k>-P<d>/} ({@link LevelPlans},
 * {@link LevelRunner}), and reports for every quantity of interest the observed order, the
 * Richardson-extrapolated value, the GCI, the asymptotic-range ratio and a verdict against
 * {@code refinement.tolerance_rel}, plus the P1/P2 comparison (p-check). Writes
 * {@code refinement.html} (self-contained), {@code refinement.md}, {@code refinement.csv},
 * {@code refinement-levels.csv}, all rewritten after every level, and the figures into the
 * summary ({@link RefinementSummary}). Settings: {@link RefinementSettings}. With only two
 * completed levels the formal order is assumed: p + 1 for mesh sequences (L2-type), 1 for time
 * sequences (error proportional to the step tolerance).
 */
public final class RefinementStudy implements Study {
    private static final Logger LOG = LoggerFactory.getLogger(RefinementStudy.class);
    /**
     * Order assumed for a two-level time sequence: the step control keeps the local error per step
     * near the tolerance, so the global error is taken as proportional to it.
     */
    private static final double TIME_ORDER = 1.0;
    /**
     * Changes smaller than this fraction of the tolerance count as none: Newton and step-size
     * control leave a floor of this size, and the order of its sign changes means nothing.
     */
    private static final double NOISE_FRACTION = 0.01;

    @Override
    public String name() { return "refinement"; }

    @Override
    public String description() {
        return "h-, p- and time-step refinement of another case: observed order, extrapolation, GCI report";
    }

    @Override
    public void run(RunContext ctx) throws Exception {
        CaseNode section = ctx.root().section("refinement");
        RefinementSettings s = RefinementSettings.read(section, ctx.caseDir());
        String where = section.require("base_case").where() + " (refinement.base_case)";
        Map<String, Object> base = PlainYaml.read(s.baseCase());
        PlainYaml.merge(base, s.override());
        PlainYaml.absolutizeFiles(base, s.baseCase().toAbsolutePath().getParent());
        List<LevelPlan> plans = LevelPlans.plan(s, base, where);
        ctx.checkNoUnknownKeys();
        Map<String, String> facts = facts(ctx, s, plans);
        Map<String, String> units = new LinkedHashMap<>();
        s.quantities().forEach(q -> units.put(q, "1"));
        units.putAll(s.curveQuantities());
        LevelRunner runner = new LevelRunner(base, ctx.outDir(), s, boxVolumeUm3(base));
        List<RefinementLevel> done = new ArrayList<>();
        long t0 = System.nanoTime();
        List<LevelRunner.Outcome> outcomes = runner.runAll(plans, o -> {
            done.add(o.level());
            unitsFrom(ctx.outDir().resolve(o.level().label()), s.quantities(), units);
            publish(ctx, report(ctx, s, facts, units, plans, done, t0));
        });
        rethrowWhenAllFailed(outcomes);
    }

    private static RefinementReport report(RunContext ctx, RefinementSettings s, Map<String, String> facts,
                                           Map<String, String> units, List<LevelPlan> plans, List<RefinementLevel> done,
                                           long t0) {
        Map<String, String> f = new LinkedHashMap<>(facts);
        f.put("levels finished", done.size() + " of " + plans.size());
        f.put("study wall time (s)", String.format("%.1f", (System.nanoTime() - t0) * 1e-9));
        List<RefinementSequence> seqs = new ArrayList<>();
        for (String id : plans.stream().map(LevelPlan::sequenceId).distinct().toList()) {
            List<RefinementLevel> levels = done.stream().filter(l -> l.sequence().equals(id)).toList();
            int degree = plans.stream().filter(p -> p.sequenceId().equals(id)).findFirst().orElseThrow().degree();
            boolean time = id.startsWith("time");
            seqs.add(new RefinementSequence(id.replace('_', ' '), time ? "time." + s.timeKey() : "mesh size_um", time,
                    time ? TIME_ORDER : degree + 1, s.toleranceRel() * NOISE_FRACTION, levels));
        }
        String title = ctx.root().text("title", "refinement");
        return new RefinementReport(title, f, new ArrayList<>(units.keySet()), units, seqs, s.toleranceRel());
    }

    private static void publish(RunContext ctx, RefinementReport report) {
        try {
            report.write(ctx.outDir(), "refinement");
            RefinementSummary.write(ctx.summary(), report);
            ctx.saveSummary();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the refinement report into " + ctx.outDir(), e);
        }
    }

    private static void unitsFrom(Path levelDir, List<String> quantities, Map<String, String> units) {
        Path f = levelDir.resolve("summary.json");
        if (java.nio.file.Files.isRegularFile(f)) {
            Summary s = Summary.read(f);
            quantities.stream().filter(q -> Double.isFinite(s.value(q))).forEach(q -> units.put(q, LevelResults.unit(s, q)));
        }
    }

    /** Every level failed: the first error is the study's (an input mistake keeps its exit code). */
    private static void rethrowWhenAllFailed(List<LevelRunner.Outcome> outcomes) throws Exception {
        if (outcomes.stream().allMatch(o -> o.error() != null) && !outcomes.isEmpty()) {
            Exception first = outcomes.get(0).error();
            if (first instanceof InputError) {
                throw first;
            }
            throw new IllegalStateException("every refinement level failed; the first: " + first.getMessage(), first);
        }
    }

    private static Map<String, String> facts(RunContext ctx, RefinementSettings s, List<LevelPlan> plans) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("case", ctx.root().where().replaceFirst(":\\d+$", ""));
        f.put("base case", s.baseCase().toString());
        f.put("mesh sizes (um)", java.util.Arrays.toString(s.sizesUm()));
        f.put("degrees", java.util.Arrays.toString(s.degrees()));
        if (s.timeKey() != null) {
            f.put("time." + s.timeKey(), java.util.Arrays.toString(s.timeValues()));
        }
        f.put("overrides", s.override().toString());
        f.put("levels", Integer.toString(plans.size()) + ", up to " + s.parallel() + " at once");
        f.put("ssbfem version", Version.ssbfem());
        f.put("Gmsh version", gmshVersion());
        f.put("Java", System.getProperty("java.version"));
        f.put("date", Instant.now().toString());
        return f;
    }

    private static String gmshVersion() {
        try {
            return Gmsh.session(g -> g.version());
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Gmsh version unknown: {}", e.getMessage());
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** Box volume in um^3 from the base case's microstructure.box_um (1 when absent). */
    private static double boxVolumeUm3(Map<String, Object> base) {
        Object box = PlainYaml.get(base, "microstructure.box_um");
        double v = 1;
        if (box instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Number n && n.doubleValue() > 0) {
                    v *= n.doubleValue();
                }
            }
        }
        return v;
    }
}
