package org.ssbfem.solver.study.refinement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.post.Summary;
import org.ssbfem.post.refine.RefinementLevel;
import org.ssbfem.solver.study.CaseRunner;

/**
 * Runs the levels of a refinement study as independent cases, each in its own folder with its own
 * {@code case.yaml} (the base case with the level's keys changed), up to {@code parallel} at once.
 * Gmsh is not thread-safe: its sessions take a JVM-wide lock ({@code org.ssbfem.mesh.gmsh.Gmsh}),
 * so meshing runs one level at a time while the solves overlap. A failed level is recorded with
 * its error and the others go on. A level whose case equals an earlier level's (the base time-step
 * setting in both a mesh and a time sequence) is not run twice: it takes that level's results.
 */
final class LevelRunner {
    private static final Logger LOG = LoggerFactory.getLogger(LevelRunner.class);

    /** A finished level and the error that stopped it (null when it completed). */
    record Outcome(RefinementLevel level, Exception error) { }

    private final Map<String, Object> base;
    private final Path outDir;
    private final RefinementSettings settings;
    private final double boxUm3;

    /**
     * @param base the base case as a plain tree with overrides merged and file names absolute (not modified)
     * @param boxUm3 box volume in um^3, for the characteristic size
     */
    LevelRunner(Map<String, Object> base, Path outDir, RefinementSettings settings, double boxUm3) {
        this.base = base;
        this.outDir = outDir;
        this.settings = settings;
        this.boxUm3 = boxUm3;
    }

    /**
     * Runs every plan; {@code onDone} is called (on the calling thread) after each level.
     *
     * @return the outcomes in plan order
     */
    List<Outcome> runAll(List<LevelPlan> plans, Consumer<Outcome> onDone) throws InterruptedException, IOException {
        List<LevelPlan> unique = new ArrayList<>();
        Map<LevelPlan, LevelPlan> duplicateOf = new java.util.LinkedHashMap<>();
        for (LevelPlan p : plans) {
            LevelPlan same = unique.stream().filter(u -> sameCase(u, p)).findFirst().orElse(null);
            if (same == null) {
                unique.add(p);
            } else {
                duplicateOf.put(p, same);
            }
        }
        List<Outcome> out = runUnique(unique, onDone);
        for (Map.Entry<LevelPlan, LevelPlan> d : duplicateOf.entrySet()) {
            Outcome o = copyOf(d.getKey(), d.getValue(), out);
            out.add(o);
            onDone.accept(o);
        }
        out.sort((a, b) -> plans.indexOf(planOf(plans, a)) - plans.indexOf(planOf(plans, b)));
        return out;
    }

    private List<Outcome> runUnique(List<LevelPlan> plans, Consumer<Outcome> onDone) throws InterruptedException {
        int threads = Math.max(1, Math.min(settings.parallel(), plans.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CompletionService<Outcome> done = new ExecutorCompletionService<>(pool);
        try {
            for (LevelPlan p : plans) {
                done.submit(() -> runOne(p));
            }
            List<Outcome> out = new ArrayList<>();
            for (int i = 0; i < plans.size(); i++) {
                Outcome o = take(done);
                out.add(o);
                onDone.accept(o);
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A level whose case equals an earlier one's (e.g. the base time step): that run's results, relabelled. */
    private Outcome copyOf(LevelPlan dup, LevelPlan original, List<Outcome> done) throws IOException {
        Outcome o = done.stream().filter(x -> x.level().label().equals(original.label())).findFirst().orElseThrow();
        LOG.info("refinement: {} is the same run as {}; its results are reused", dup.label(), original.label());
        RefinementLevel l = LevelResults.collect(dup, outDir.resolve(original.label()), o.level().error(),
                o.level().wallTimeS(), settings, boxUm3);
        return new Outcome(new RefinementLevel(l.sequence(), dup.label() + " (= " + original.label() + ")", l.degree(),
                l.parameter(), l.unknowns(), l.h(), 0.0, l.error(), l.values(), l.curve()), o.error());
    }

    private static boolean complete(Path dir) {
        Path f = dir.resolve("summary.json");
        return Files.isRegularFile(f) && "complete".equals(Summary.read(f).entries().get("status"));
    }

    private static LevelPlan planOf(List<LevelPlan> plans, Outcome o) {
        String label = o.level().label().replaceFirst(" \\(=.*", "");
        return plans.stream().filter(p -> p.label().equals(label)).findFirst().orElseThrow();
    }

    private static Outcome take(CompletionService<Outcome> done) throws InterruptedException {
        try {
            return done.take().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a refinement level crashed outside its own error handling", e.getCause());
        }
    }

    /** True when two levels run the same case (e.g. the base time step in a mesh and a time sequence). */
    boolean sameCase(LevelPlan a, LevelPlan b) {
        return caseOf(a).equals(caseOf(b));
    }

    /** The level's case: the base case with the level's keys set (numbers compared by value). */
    private Map<String, Object> caseOf(LevelPlan plan) {
        Map<String, Object> tree = PlainYaml.deepCopy(base);
        plan.overrides().forEach((k, v) -> PlainYaml.set(tree, k, v instanceof Number n ? n.doubleValue() : v));
        normalizeNumbers(tree);
        return tree;
    }

    @SuppressWarnings("unchecked")
    private static void normalizeNumbers(Map<String, Object> m) {
        m.replaceAll((k, v) -> v instanceof Number n ? (Object) n.doubleValue()
                : v instanceof Map<?, ?> sub ? normalized((Map<String, Object>) sub) : v);
    }

    private static Map<String, Object> normalized(Map<String, Object> m) {
        normalizeNumbers(m);
        return m;
    }

    private Outcome runOne(LevelPlan plan) throws IOException {
        Path dir = Files.createDirectories(outDir.resolve(plan.label()));
        if ((settings.reuseLevels() || settings.reportOnly()) && complete(dir)) {
            LOG.info("refinement: {} kept from an earlier run", plan.label());
            return new Outcome(LevelResults.collect(plan, dir, null, Double.NaN, settings, boxUm3), null);
        }
        if (settings.reportOnly()) {
            String why = "not run (report_only, no complete run in " + dir.getFileName() + ")";
            return new Outcome(LevelResults.collect(plan, dir, why, Double.NaN, settings, boxUm3),
                    new IllegalStateException(why));
        }
        Path caseFile = dir.resolve("case.yaml");
        Map<String, Object> tree = PlainYaml.deepCopy(base);
        plan.overrides().forEach((k, v) -> PlainYaml.set(tree, k, v));
        tree.put("title", plan.label() + " of " + tree.getOrDefault("title", "the base case"));
        PlainYaml.write(tree, caseFile);
        LOG.info("refinement: {} starts ({})", plan.label(), plan.overrides());
        long t0 = System.nanoTime();
        Exception error = null;
        try {
            CaseRunner.run(caseFile, dir, false);
        } catch (Exception e) {
            error = e;
            LOG.warn("refinement: {} failed: {}", plan.label(), e.getMessage());
        } catch (OutOfMemoryError e) {
            error = new IllegalStateException("out of memory: " + e.getMessage(), e);
            LOG.warn("refinement: {} ran out of memory", plan.label());
        }
        double wall = (System.nanoTime() - t0) * 1e-9;
        String msg = error == null ? null : error.getMessage() == null ? error.toString() : error.getMessage();
        RefinementLevel level = LevelResults.collect(plan, dir, msg, wall, settings, boxUm3);
        LOG.info("refinement: {} {} in {} s", plan.label(), error == null ? "done" : "failed", String.format("%.1f", wall));
        return new Outcome(level, error);
    }
}
