package org.ssbfem.solver.study.discharge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssbfem.mesh.FacetGroup;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.mesh.io.MshWriter;
import org.ssbfem.post.Summary;
import org.ssbfem.solver.electrochem.Snapshot;
import org.ssbfem.solver.study.CaseRunner;
import org.ssbfem.solver.verify.UnitMesh;

/**
 * {@code ssbfem run --resume} end to end on a 2D CAM|SE bilayer given as a {@code gmsh_mesh}
 * (fast), with the direct solver (deterministic): a run interrupted twice (inside the CC step,
 * then right after its end) and resumed each time writes the same curve, row for row and digit
 * for digit, the same field series and the same summary as the uninterrupted run; resuming
 * another case, an empty folder or a finished run is refused with the file and the fix, and the
 * folder is left as it was.
 */
class ResumeTest {
    @TempDir
    static Path dir;
    private static Path caseFile;
    private static Summary full;

    private static final String CASE = """
            study: discharge
            microstructure: {source: gmsh_mesh, file: bilayer.msh, length_unit_m: 1.0e-6}
            cell:
              cam:
                c_max_mol_per_m3: 63104
                initial_lithiation: 0.3
                ocv_V: {file: ocv.csv}
                diffusivity_m2_per_s: 4.0e-15
                conductivity_S_per_m: 0.18
              se: {conductivity_S_per_m: 0.1}
              kinetics:
                exchange_current: {form: rate_constant, rate_constant_SI: 3.5446e-11, c_e_mol_per_m3: 1000}
            protocol:
              - {type: cc, c_rate: 2.0, cutoff_V: 3.6}
              - {type: rest, duration_s: 60}
            solver: {linear: {method: direct}}
            output: {vtk_every_s: 100}
            """;

    /** Thrown by the test hook: an interruption in the middle of a run. */
    private static final class Crash extends RuntimeException {
        Crash() {
            super("simulated crash");
        }
    }

    @BeforeAll
    static void runUninterrupted() throws Exception {
        Mesh m = UnitMesh.square(8).regions(List.of("se", "cam"), c -> c[0] < 0.5 ? 0 : 1).build();
        double[] xyz = m.coords().clone();
        for (int i = 0; i < xyz.length; i++) {
            xyz[i] *= 10e-6;
        }
        Mesh bilayer = new Mesh(xyz, m.cellType(), m.cells(), m.cellRegions(), m.regionNames(),
                m.facetGroups().values().stream().map(g -> new FacetGroup(g.name().equals("left") ? "anode"
                        : g.name().equals("right") ? "current_collector" : g.name(), g.type(), g.nodes())).toList());
        MshWriter.write(bilayer, dir.resolve("bilayer.msh"), 1e-6);
        StringBuilder ocv = new StringBuilder("x,U_V\n");
        for (int k = 0; k <= 80; k++) {
            double x = 0.2 + 0.01 * k;
            ocv.append(String.format(Locale.ROOT, "%.4f,%.8f%n", x, -0.809 * x + 4.4875 - 0.0428 * Math.tanh(18.5138
                    * (x - 0.5542)) - 17.7326 * Math.tanh(15.789 * (x - 0.3117)) + 17.5842 * Math.tanh(15.9308
                    * (x - 0.312))));
        }
        Files.writeString(dir.resolve("ocv.csv"), ocv);
        caseFile = dir.resolve("case.yaml");
        Files.writeString(caseFile, CASE);
        full = CaseRunner.run(caseFile, dir.resolve("full"), false);
    }

    @AfterEach
    void noHook() {
        DischargeStudy.afterAccepted = (s, u) -> { };
    }

    /** Runs (or resumes) into {@code out}, throwing {@link Crash} at the first state that {@code at} accepts. */
    private static void crash(Path out, boolean resume, Predicate<Snapshot> at) {
        DischargeStudy.afterAccepted = (s, u) -> {
            if (at.test(s)) {
                throw new Crash();
            }
        };
        assertThrows(Crash.class, () -> CaseRunner.run(caseFile, out, false, resume));
        DischargeStudy.afterAccepted = (s, u) -> { };
    }

    @Test
    void aRunInterruptedTwiceAndResumedEndsAsTheUninterruptedRun() throws Exception {
        Path out = dir.resolve("resumed");
        int[] seen = {0};
        crash(out, false, s -> ++seen[0] == 12);
        assertTrue(Files.exists(out.resolve(CheckpointFile.NAME)));
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\"failed\""));
        assertEquals(12 + 1, Files.readAllLines(out.resolve("discharge_curve.csv")).size(),
                "the row of the state the crash came after is written, the checkpoint is one state older");
        crash(out, true, s -> s.protocolStep() == 1);
        Summary resumed = CaseRunner.run(caseFile, out, false, true);

        assertEquals("complete", resumed.entries().get("status"));
        List<String> expected = Files.readAllLines(dir.resolve("full/discharge_curve.csv"));
        List<String> rows = Files.readAllLines(out.resolve("discharge_curve.csv"));
        assertEquals(expected.size(), rows.size(), "as many rows, none twice");
        assertEquals(expected, rows, "the same curve, digit for digit (bit-for-bit continuation)");
        for (String key : List.of("capacity_mAh_g", "energy_mWh_g", "mean_voltage", "final.voltage_vs_li",
                "final.energy_mWh_g", "conservation.lithium_relative_error", "bounds.highest_lithiation")) {
            assertEquals(full.value(key), resumed.value(key), 1e-12 * Math.abs(full.value(key)), key);
        }
        for (String key : List.of("time_steps", "time_steps_rejected", "time_steps_failed", "newton_iterations",
                "field_outputs")) {
            assertEquals(full.entries().get(key), resumed.entries().get(key), key + " counts the steps before the stops");
        }
        assertEquals(2, ((List<?>) resumed.entries().get(Resume.SUMMARY_KEY)).size(), "two resumptions recorded");
        String pvd = Files.readString(out.resolve("fields.pvd"));
        assertEquals(Files.readString(dir.resolve("full/fields.pvd")), pvd, "the same field series");
        List<Double> times = pvdTimes(pvd);
        for (int k = 3; k < times.size(); k += 3) {
            assertTrue(times.get(k) > times.get(k - 3), "output times strictly increase: " + times);
        }
        assertTrue(Files.exists(out.resolve("fields/cam_" + String.format("%04d", times.size() / 3 - 1) + ".vtu")));
    }

    @Test
    void refusesTheCheckpointOfAnotherCaseAndLeavesTheFolderAsItWas() throws Exception {
        Path out = dir.resolve("other");
        int[] seen = {0};
        crash(out, false, s -> ++seen[0] == 5);
        String summary = Files.readString(out.resolve("summary.json"));
        String curve = Files.readString(out.resolve("discharge_curve.csv"));
        Path other = dir.resolve("other.yaml");
        Files.writeString(other, CASE.replace("se: {conductivity_S_per_m: 0.1}", "se: {conductivity_S_per_m: 0.2}"));
        InputError e = assertThrows(InputError.class, () -> CaseRunner.run(other, out, false, true));
        assertTrue(e.getMessage().contains(out.resolve(CheckpointFile.NAME).toString())
                && e.getMessage().contains("different case") && e.getMessage().contains("cell")
                && e.getMessage().contains("run without --resume"), e.getMessage());
        assertEquals(summary, Files.readString(out.resolve("summary.json")), "summary of the interrupted run kept");
        assertEquals(curve, Files.readString(out.resolve("discharge_curve.csv")));
    }

    @Test
    void resumesWithAnotherTitleOutputAndTimeSettings() throws Exception {
        Path out = dir.resolve("settings");
        int[] seen = {0};
        crash(out, false, s -> ++seen[0] == 8);
        Path changed = dir.resolve("settings.yaml");
        Files.writeString(changed, "title: smaller steps after the stop\n" + CASE.replace("output: {vtk_every_s: 100}",
                "output: {vtk_every_s: 50}\ntime: {max_step_s: 5}"));
        Summary s = CaseRunner.run(changed, out, false, true);
        assertEquals("complete", s.entries().get("status"));
        Summary small = CaseRunner.run(changed, dir.resolve("settings-uninterrupted"), false);
        assertEquals(small.value("capacity_mAh_g"), s.value("capacity_mAh_g"), 1e-4 * small.value("capacity_mAh_g"),
                "the cut-off capacity of an uninterrupted run with the new steps, up to the first steps' sizes");
        assertTrue((Integer) s.entries().get("time_steps") > (Integer) full.entries().get("time_steps"));
        List<String> rows = Files.readAllLines(out.resolve("discharge_curve.csv"));
        for (int k = 2; k < rows.size(); k++) {
            assertTrue(Double.parseDouble(rows.get(k).split(",")[0]) > Double.parseDouble(rows.get(k - 1).split(",")[0]),
                    "rows strictly increase in time, none twice: row " + k);
        }
        List<Double> times = pvdTimes(Files.readString(out.resolve("fields.pvd")));
        for (int k = 3; k < times.size(); k += 3) {
            assertTrue(times.get(k) > times.get(k - 3), "output times strictly increase: " + times);
        }
    }

    @Test
    void saysWhenThereIsNothingToResume() throws Exception {
        InputError none = assertThrows(InputError.class, () -> CaseRunner.run(caseFile, dir.resolve("none"), false,
                true));
        assertTrue(none.getMessage().contains("no such folder") && none.getMessage().contains("--resume"),
                none.getMessage());
        Files.createDirectories(dir.resolve("empty"));
        InputError empty = assertThrows(InputError.class, () -> CaseRunner.run(caseFile, dir.resolve("empty"), false,
                true));
        assertTrue(empty.getMessage().contains(CheckpointFile.NAME) && empty.getMessage().contains("nothing to resume")
                && empty.getMessage().contains("fix: run without --resume"), empty.getMessage());
        String summary = Files.readString(dir.resolve("full/summary.json"));
        InputError done = assertThrows(InputError.class, () -> CaseRunner.run(caseFile, dir.resolve("full"), false,
                true));
        assertTrue(done.getMessage().contains("finished") && done.getMessage().contains("nothing to resume"),
                done.getMessage());
        assertEquals(summary, Files.readString(dir.resolve("full/summary.json")), "a finished run stays complete");
    }

    @Test
    void resumeAppliesToDischargeOnly() throws Exception {
        Path c = dir.resolve("conductivity.yaml");
        Files.writeString(c, "study: conductivity\nmicrostructure: {source: gmsh_mesh, file: bilayer.msh}\n");
        InputError e = assertThrows(InputError.class, () -> CaseRunner.run(c, dir.resolve("full"), false, true));
        assertTrue(e.getMessage().contains("conductivity.yaml:1") && e.getMessage().contains("only to study: discharge"),
                e.getMessage());
    }

    private static List<Double> pvdTimes(String pvd) {
        List<Double> out = new ArrayList<>();
        Matcher m = Pattern.compile("timestep=\"([^\"]+)\"").matcher(pvd);
        while (m.find()) {
            out.add(Double.parseDouble(m.group(1)));
        }
        return out;
    }
}
