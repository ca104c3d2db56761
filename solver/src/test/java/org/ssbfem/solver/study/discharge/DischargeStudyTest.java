package org.ssbfem.solver.study.discharge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.mesh.io.MshWriter;
import org.ssbfem.post.Summary;
import org.ssbfem.post.vtk.VtkPythonCheck;
import org.ssbfem.solver.study.CaseRunner;
import org.ssbfem.solver.verify.UnitMesh;

/**
 * {@code study: discharge} end to end on a 2D planar bilayer mesh given as a {@code gmsh_mesh}
 * (fast): the files are written, the summary carries the MODEL.md section 7 names with the
 * conservation errors at round-off, and bad input stops the run before any work with the key's
 * file and line.
 */
class DischargeStudyTest {
    @TempDir
    Path dir;

    private static final String CASE = """
            study: discharge
            microstructure: {source: gmsh_mesh, file: bilayer.msh, length_unit_m: 1.0e-6}
            cell:
              cam:
                c_max_mol_per_m3: 63104
                initial_lithiation: %s
                ocv_V: {file: ocv.csv}
                diffusivity_m2_per_s: 4.0e-15
                conductivity_S_per_m: 0.18
              se: {conductivity_S_per_m: 0.1}
              kinetics:
                exchange_current: {form: rate_constant, rate_constant_SI: 3.5446e-11, c_e_mol_per_m3: 1000}
            protocol:
              - {type: cc, c_rate: 2.0, cutoff_V: %s}
              - {type: rest, duration_s: 60}
            output: {vtk_every_s: 100}
            """;

    private Path setUp(String x0, String cutoff) throws Exception {
        Mesh m = UnitMesh.square(8).regions(List.of("se", "cam"), c -> c[0] < 0.5 ? 0 : 1).build();
        Mesh bilayer = new Mesh(scaled(m.coords(), 10e-6), m.cellType(), m.cells(), m.cellRegions(), m.regionNames(),
                m.facetGroups().values().stream().map(g -> new org.ssbfem.mesh.FacetGroup(
                        g.name().equals("left") ? "anode" : g.name().equals("right") ? "current_collector" : g.name(),
                        g.type(), g.nodes())).toList());
        MshWriter.write(bilayer, dir.resolve("bilayer.msh"), 1e-6);
        StringBuilder ocv = new StringBuilder("# Chen 2020 NMC811 OCV fit, sampled\nx,U_V\n");
        for (int k = 0; k <= 80; k++) {
            double x = 0.2 + 0.01 * k;
            ocv.append(String.format(Locale.ROOT, "%.4f,%.8f%n", x, chen(x)));
        }
        Files.writeString(dir.resolve("ocv.csv"), ocv);
        Path c = dir.resolve("case.yaml");
        Files.writeString(c, String.format(Locale.ROOT, CASE, x0, cutoff));
        return c;
    }

    private static double[] scaled(double[] xyz, double s) {
        double[] out = xyz.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= s;
        }
        return out;
    }

    private static double chen(double x) {
        return -0.809 * x + 4.4875 - 0.0428 * Math.tanh(18.5138 * (x - 0.5542)) - 17.7326 * Math.tanh(15.789 * (x - 0.3117))
                + 17.5842 * Math.tanh(15.9308 * (x - 0.312));
    }

    @Test
    void runsAProtocolAndWritesCurveFieldsPlotAndSummary() throws Exception {
        Path out = dir.resolve("out");
        Summary s = CaseRunner.run(setUp("0.3", "3.6"), out, false);
        assertEquals("complete", s.entries().get("status"));
        List<String> csv = Files.readAllLines(out.resolve("discharge_curve.csv"));
        assertEquals(CurveWriter.HEADER, csv.get(0));
        assertTrue(csv.size() > 10, "a row per accepted step");
        assertTrue(Files.exists(out.resolve("discharge_curve.png")));
        assertTrue(Files.readString(out.resolve("fields.pvd")).contains("fields/interface_0000.vtu"));
        assertTrue(Files.exists(out.resolve("fields/cam_0001.vtu")));
        double q = s.value("capacity_mAh_g");
        assertTrue(q > 0 && q < s.value("theoretical_capacity_mAh_g"), "capacity " + q);
        assertTrue(s.value("utilization") > 0 && s.value("utilization") < 1);
        assertEquals(s.value("utilization"), q / s.value("theoretical_capacity_mAh_g"), 1e-8,
                "utilization = capacity / theoretical capacity at constant current");
        assertTrue(s.value("mean_voltage") > 3.6 && s.value("mean_voltage") < chen(0.3));
        assertTrue(s.value("conservation.lithium_relative_error") < 1e-8);
        assertTrue(s.value("conservation.charge_balance_relative_error") < 1e-8);
        assertEquals(3.6, s.value("cutoff_reached_voltage_vs_li"), 1e-5);
        // The lumped P1 mass (the default) does not undershoot x_0 = 0.3 next to the surface while
        // dt << h^2 / D (here 0.1 s against 390 s), as the consistent one does by a few hundredths;
        // what remains comes from obtuse cells (the stiffness matrix has no maximum principle there).
        assertTrue(s.value("bounds.lowest_lithiation") > 0.299 && s.value("bounds.highest_lithiation") < 1.0,
                "lithiation stays within its bounds on a discharge to 3.6 V: " + s.value("bounds.lowest_lithiation")
                + " .. " + s.value("bounds.highest_lithiation"));
        assertTrue(s.value("final.voltage_vs_li") > 3.6, "the voltage relaxes at rest");
        double assembly = s.value("time.assembly");
        double linear = s.value("time.linear_total");
        assertTrue(assembly > 0 && linear > 0 && assembly + linear <= s.value("time.discharge") + 1e-9,
                "time split: assembly " + assembly + " s, linear " + linear + " s, of " + s.value("time.discharge"));
        assertTrue(s.value("time.linear_setup") + s.value("time.linear_solve") <= linear + 1e-9);
        String resolved = Files.readString(out.resolve("case.resolved.yaml"));
        assertTrue(resolved.contains("bdf_order: 2") && resolved.contains("mass: \"lumped\"")
                && resolved.contains("max_voltage_step_V: 0.02"), "defaults written back");
    }

    @Test
    void runsGittAndCcCvWithAButlerVolmerCounterElectrodeAFormulaDiffusivityAndTheJavaSolver() throws Exception {
        Path c = setUp("0.3", "3.6");
        String text = Files.readString(c)
                .replace("diffusivity_m2_per_s: 4.0e-15", "diffusivity_m2_per_s: {expression: \"4.0e-15 * exp(-0.5 * x)\"}")
                .replace("  kinetics:", "  counter_electrode: {type: butler_volmer, exchange_current_A_per_m2: 5.0,"
                        + " potential_vs_li_V: 0.62}\n  kinetics:")
                .replace("  - {type: cc, c_rate: 2.0, cutoff_V: 3.6}\n  - {type: rest, duration_s: 60}",
                        "  - {type: gitt, pulses: 3, c_rate: 1.0, pulse_s: 120, rest_s: 60, cutoff_V: 2.9}\n"
                        + "  - {type: cccv, c_rate: 2.0, cutoff_V: 3.0, min_c_rate: 0.5, cv_max_duration_s: 600}")
                .replace("output: {vtk_every_s: 100}", "output: {vtk_every_s: 100}\nsolver: {backend: mtj}");
        Files.writeString(c, text);
        Path out = dir.resolve("gitt");
        Summary s = CaseRunner.run(c, out, false);
        assertEquals("complete", s.entries().get("status"));
        assertTrue(String.valueOf(s.entries().get("discharge.linear_solver")).contains("Java sparse LU"),
                "backend mtj: GMRES with the kept Java LU, " + s.entries().get("discharge.linear_solver"));
        List<String> rows = Files.readAllLines(out.resolve("discharge_curve.csv"));
        int stepColumn = List.of(rows.get(0).split(",")).indexOf("protocol_step");
        int lastStep = Integer.parseInt(rows.get(rows.size() - 1).split(",")[stepColumn]);
        assertEquals(8, lastStep, "3 x (pulse, rest), then CC and CV");
        assertEquals(3.62, s.value("final.voltage_vs_li"), 1e-6, "the CV hold at 3.0 V vs the Li-In counter electrode");
        assertTrue(s.value("conservation.lithium_relative_error") < 1e-8);
    }

    @Test
    void fieldFilesAreReadByVtk() throws Exception {
        VtkPythonCheck.assumeAvailable();
        Path out = dir.resolve("vtk");
        CaseRunner.run(setUp("0.3", "3.6"), out, false);
        VtkPythonCheck.Result cam = VtkPythonCheck.check(out.resolve("fields/cam_0001.vtu"),
                Map.of("phi_s_V", 1, "c_mol_per_m3", 1, "x", 1), Map.of("i_s_A_per_m2", 3));
        assertTrue(cam.ok(), cam.output());
        VtkPythonCheck.Result se = VtkPythonCheck.check(out.resolve("fields/se_0001.vtu"), Map.of("phi_e_V", 1),
                Map.of());
        assertTrue(se.ok(), se.output());
        VtkPythonCheck.Result in = VtkPythonCheck.check(out.resolve("fields/interface_0001.vtu"),
                Map.of("i_n_A_per_m2", 1, "eta_V", 1), Map.of());
        assertTrue(in.ok(), in.output());
        assertEquals(0, cam.negativeCells() + se.negativeCells());
    }

    @Test
    void refusesAnInitialLithiationOutsideItsRangeWithFileAndLine() throws Exception {
        Path c = setUp("1.2", "3.6");
        InputError e = assertThrows(InputError.class, () -> CaseRunner.run(c, dir.resolve("o1"), false));
        assertTrue(e.getMessage().contains("case.yaml:6") && e.getMessage().contains("initial_lithiation"), e.getMessage());
        assertTrue(!Files.exists(dir.resolve("o1/summary.json")) || Files.readString(dir.resolve("o1/summary.json"))
                .contains("failed"));
    }

    @Test
    void refusesACutOffAboveTheInitialOcv() throws Exception {
        Path c = setUp("0.3", "4.5");
        InputError e = assertThrows(InputError.class, () -> CaseRunner.run(c, dir.resolve("o2"), false));
        assertTrue(e.getMessage().contains("cutoff_V") && e.getMessage().contains("end at once"), e.getMessage());
    }

    @Test
    void refusesAnOcvTableThatDoesNotCoverTheInitialLithiation() throws Exception {
        Path c = setUp("0.15", "3.6");
        InputError e = assertThrows(InputError.class, () -> CaseRunner.run(c, dir.resolve("o3"), false));
        assertTrue(e.getMessage().contains("ocv") && e.getMessage().contains("covers"), e.getMessage());
    }

    @Test
    void refusesALumpedMassForP2() throws Exception {
        Path c = setUp("0.3", "3.6");
        Files.writeString(c, Files.readString(c) + "discretization: {degree: 2, mass: lumped}\n");
        InputError e = assertThrows(InputError.class, () -> CaseRunner.run(c, dir.resolve("o4"), false));
        assertTrue(e.getMessage().contains("mass") && e.getMessage().contains("consistent"), e.getMessage());
    }
}
