package org.ssbfem.solver.study.refinement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssbfem.mesh.InputError;
import org.ssbfem.solver.casefile.CaseNode;
import org.ssbfem.solver.casefile.CaseReader;

/** Reading the refinement section and planning the levels, without running anything. */
class RefinementSettingsTest {
    @TempDir
    Path dir;

    private RefinementSettings read(String yaml) throws Exception {
        Files.writeString(dir.resolve("r.yaml"), yaml);
        CaseNode root = CaseReader.read(dir.resolve("r.yaml"));
        return RefinementSettings.read(root.section("refinement"), dir);
    }

    private static final Map<String, Object> BASE = Map.of("study", "discharge",
            "mesh", Map.of("size_um", 1.2, "min_size_um", 0.4), "microstructure", Map.of("source", "generate"));

    @Test
    void plansMeshAndTimeLevels() throws Exception {
        RefinementSettings s = read("""
                refinement:
                  base_case: base.yaml
                  curves: {voltage_at_capacity_mAh_g: [100]}
                  levels: {size_um: [1.2, 2.03, 1.56], degree: [1, 2]}
                  time: {key: max_step_s, values: [60, 30, 15]}
                """);
        List<LevelPlan> plans = LevelPlans.plan(s, BASE, "here");
        assertEquals(9, plans.size());
        assertEquals("level-1-P1", plans.get(0).label());
        assertEquals(2.03, plans.get(0).parameter());
        assertEquals(2.03 / 3, (double) plans.get(0).overrides().get("mesh.min_size_um"), 1e-12);
        assertEquals(2, plans.get(0).overrides().get("mesh.order"), "P1 and P2 share the curved mesh");
        assertEquals(1, plans.get(0).overrides().get("discretization.degree"));
        assertEquals(30.0, plans.get(4).overrides().get("time.max_step_s"));
        assertEquals("time_P1", plans.get(4).sequenceId());
        assertEquals("level-1-P2", plans.get(6).label(), "P2 levels run last");
        assertEquals(Map.of("voltage_at_capacity.100_mAh_g", "V"), s.curveQuantities());
    }

    @Test
    void theBaseTimeStepIsNotRunTwice() throws Exception {
        RefinementSettings s = read("""
                refinement:
                  base_case: base.yaml
                  quantities: [q]
                  levels: {size_um: [1.95, 2.54]}
                  time: {key: lithiation_tolerance, values: [4.0e-4, 2.0e-4], size_um: 1.95}
                """);
        Map<String, Object> base = new java.util.LinkedHashMap<>(BASE);
        base.put("time", Map.of("lithiation_tolerance", 2.0e-4));
        List<LevelPlan> plans = LevelPlans.plan(s, base, "here");
        LevelRunner runner = new LevelRunner(base, dir, s, 1.0);
        assertTrue(runner.sameCase(plans.get(1), plans.get(3)), plans.get(1) + " vs " + plans.get(3));
        assertTrue(!runner.sameCase(plans.get(1), plans.get(2)));
    }

    @Test
    void closeMeshSizesAreRefused() {
        InputError e = assertThrows(InputError.class, () -> read("""
                refinement:
                  base_case: base.yaml
                  quantities: [q]
                  levels: {size_um: [2.0, 1.8, 1.2]}
                """));
        assertTrue(e.getMessage().contains("ratio of at least 1.3") && e.getMessage().contains("r.yaml:4"),
                e.getMessage());
    }

    @Test
    void aStudyThatCannotBeRefinedIsNamed() throws Exception {
        RefinementSettings s = read("""
                refinement:
                  base_case: base.yaml
                  quantities: [q]
                  levels: {size_um: [2.0, 1.5]}
                """);
        InputError e = assertThrows(InputError.class, () -> LevelPlans.plan(s, Map.of("study", "mesh"), "here"));
        assertTrue(e.getMessage().contains("conductivity") && e.getMessage().contains("discharge"), e.getMessage());
    }

    @Test
    void curveQuantitiesAreReadFromTheDischargeCurveColumns() throws Exception {
        Files.writeString(dir.resolve(CurveQuantities.FILE), """
                time_s,protocol_step,capacity_mAh_g,capacity_mAh_cm2,voltage_V,mean_lithiation
                0,1,0,0,4.2,0.3
                100,1,50,0.1,4.0,0.5
                200,1,100,0.2,3.6,0.7
                300,2,100,0.2,3.9,0.7
                """);
        CurveQuantities c = CurveQuantities.read(dir);
        assertEquals(3.8, c.voltageAtCapacity(75), 1e-12);
        assertEquals(0.4, c.lithiationAtTime(50), 1e-12);
        assertTrue(Double.isNaN(c.voltageAtCapacity(150)));
        assertEquals(3, c.capacityVoltage().length);
    }
}
