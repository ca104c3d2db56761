package org.ssbfem.solver.study.refinement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssbfem.mesh.InputError;
import org.ssbfem.post.Summary;
import org.ssbfem.solver.study.CaseRunner;

/**
 * {@code study: refinement} of a small generated conductivity case (8 um box, 30 vol% CAM), three
 * mesh sizes at P1 and P2 (six Gmsh runs, about 45 s): every level's folder, the report in three
 * formats, the summary figures and the refusal of too-close mesh sizes.
 */
@Tag("slow")
class RefinementStudyTest {
    @TempDir
    static Path dir;
    private static Summary summary;

    @BeforeAll
    static void run() throws Exception {
        Files.writeString(dir.resolve("base.yaml"), """
                study: conductivity
                microstructure:
                  source: generate
                  box_um: [8, 8, 8]
                  cam_volume_fraction: 0.3
                  cam_radius_um: {distribution: normal, mean: 1.6, sd: 0}
                  contact: {mode: gap, min_gap: 0.1}
                  seed: 3
                mesh: {size_um: 1.2, min_size_um: 0.6, order: 1}
                conductivity:
                  transports: [ionic]
                  directions: [x]
                  sigma_se_S_per_m: 0.2
                  sigma_cam_S_per_m: 0.01
                  degree: 1
                  vtu: false
                """);
        Files.writeString(dir.resolve("case.yaml"), """
                title: refinement test
                study: refinement
                refinement:
                  base_case: base.yaml
                  override: {output: {mesh_vtu: false}}
                  quantities: [effective_conductivity.ionic]
                  levels: {size_um: [2.4, 1.8, 1.35], degree: [1, 2]}
                  tolerance_rel: 0.05
                  parallel: 2
                """);
        summary = CaseRunner.run(dir.resolve("case.yaml"), dir.resolve("out"), false);
    }

    @Test
    void everyLevelRunsInItsOwnFolder() {
        for (String l : new String[] {"level-1-P1", "level-3-P1", "level-1-P2", "level-3-P2"}) {
            assertTrue(Files.exists(dir.resolve("out").resolve(l).resolve("summary.json")), l);
        }
    }

    @Test
    void reportIsWrittenAndParses() throws Exception {
        Path out = dir.resolve("out");
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("refinement.html").toFile());
        assertTrue(Files.readString(out.resolve("refinement.csv")).contains("effective_conductivity.ionic"));
        assertTrue(Files.exists(out.resolve("refinement.md")));
        assertEquals(7, Files.readAllLines(out.resolve("refinement-levels.csv")).size());
    }

    @Test
    void summaryHoldsTheFigures() {
        assertEquals("complete", summary.entries().get("status"));
        assertTrue(summary.entries().containsKey("refinement.effective_conductivity.ionic.h_P1.behaviour"));
        assertTrue(summary.value("time.refinement.h_P2") > 0);
        assertTrue(summary.entries().keySet().stream().anyMatch(k -> k.contains(".pcheck.")));
    }

    @Test
    void meshSizesCloserThanRatio13AreRefused() throws Exception {
        Files.writeString(dir.resolve("close.yaml"), """
                study: refinement
                refinement:
                  base_case: base.yaml
                  quantities: [effective_conductivity.ionic]
                  levels: {size_um: [2.0, 1.8, 1.2]}
                """);
        InputError e = assertThrows(InputError.class, () -> CaseRunner.run(dir.resolve("close.yaml"), dir.resolve("c"), false));
        assertTrue(e.getMessage().contains("ratio of at least 1.3"), e.getMessage());
    }
}
