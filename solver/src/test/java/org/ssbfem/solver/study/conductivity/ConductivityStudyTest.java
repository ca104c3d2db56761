package org.ssbfem.solver.study.conductivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
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
 * {@code study: conductivity} through {@link CaseRunner} on a user mesh ({@code source: gmsh_mesh},
 * P2 on a second-order 4^3 cube mesh whose facet groups are named left/right/...: the plates are
 * found geometrically): a CAM ball (cells with centroid within 0.3 of the centre) in SE. The ionic
 * and composite transports span the box; the electronic one (the ball alone) touches no plate, so
 * it is reported as 0 with its reason, not as a failure. Checks the summary names and the VTU
 * files with VTK's own reader.
 */
class ConductivityStudyTest {
    @TempDir
    static Path dir;
    private static Path out;
    private static Summary summary;

    @BeforeAll
    static void run() throws Exception {
        Mesh mesh = UnitMesh.cube(4).order(2).regions(List.of("se", "cam"), c -> {
            double dx = c[0] - 0.5;
            double dy = c[1] - 0.5;
            double dz = c[2] - 0.5;
            return dx * dx + dy * dy + dz * dz < 0.09 ? 1 : 0;
        }).build();
        MshWriter.write(mesh, dir.resolve("cube.msh"), 1e-6);
        Files.writeString(dir.resolve("case.yaml"), """
                study: conductivity
                microstructure: {source: gmsh_mesh, file: cube.msh}
                conductivity:
                  transports: [ionic, electronic, composite]
                  directions: [x, y]
                  degree: 2
                  sigma_se_S_per_m: 0.2
                  sigma_cam_S_per_m: 0.01
                  solver: {rtol: 1.0e-11}
                """);
        out = dir.resolve("out");
        summary = CaseRunner.run(dir.resolve("case.yaml"), out, false);
    }

    @Test
    void summaryHasTheNamedQuantities() {
        Summary s = Summary.read(out.resolve("summary.json"));
        for (String name : List.of("effective_conductivity.ionic", "effective_conductivity.ionic.x",
                "effective_conductivity.ionic.y", "tortuosity_factor.ionic", "bruggeman_conductivity.ionic",
                "effective_conductivity_energy.ionic", "current_imbalance.ionic", "volume_fraction.se",
                "volume_fraction.cam", "interface_area_density", "effective_conductivity.composite",
                "effective_conductivity.electronic", "isolated_volume_fraction.electronic", "time.assembly.ionic",
                "time.solve.ionic.x", "solver.peak_memory_rss")) {
            assertTrue(Double.isFinite(s.value(name)), name + " missing from " + s.entries().keySet());
        }
        double eps = s.value("volume_fraction.se");
        double kappa = s.value("tortuosity_factor.ionic");
        assertEquals(eps * 0.2 / s.value("effective_conductivity.ionic"), kappa, 1e-12 * kappa);
        assertTrue(kappa > 1, "obstacles make the SE path tortuous: kappa = " + kappa);
        assertEquals(0.0, s.value("effective_conductivity.electronic"));
        assertEquals(s.value("volume_fraction.cam"), s.value("isolated_volume_fraction.electronic"), 1e-12);
        assertTrue(String.valueOf(s.entries().get("effective_conductivity_reason.electronic")).contains("no cluster"));
        assertEquals(s.value("effective_conductivity.ionic.x"), s.value("effective_conductivity.ionic.y"),
                1e-9 * s.value("effective_conductivity.ionic.x"), "the cube mesh and ball are symmetric in x and y");
        assertEquals("complete", s.entries().get("status"));
        assertEquals(summary.value("effective_conductivity.composite"), s.value("effective_conductivity.composite"));
    }

    @Test
    void vtuFilesReadByVtk() throws Exception {
        VtkPythonCheck.assumeAvailable();
        for (String name : List.of("conductivity_ionic_x.vtu", "conductivity_composite_y.vtu",
                "conductivity_electronic_x.vtu")) {
            VtkPythonCheck.Result r = VtkPythonCheck.check(out.resolve(name), Map.of("potential_V", 1),
                    Map.of("current_density_A_per_m2", 3, "cluster", 1, "region", 1));
            assertTrue(r.ok(), name + ":\n" + r.output());
            assertEquals(0, r.negativeCells());
            assertTrue(r.totalSize() > 0 && r.totalSize() <= 1.0 + 1e-9, name + " volume " + r.totalSize());
        }
        VtkPythonCheck.Result composite = VtkPythonCheck.check(out.resolve("conductivity_composite_x.vtu"),
                Map.of("potential_V", 1), Map.of("current_density_A_per_m2", 3));
        assertEquals(9 * 9 * 9, composite.points(), "all second-order nodes of the 4^3 mesh");
        assertEquals(1.0, composite.totalSize(), 1e-12);
    }

    @Test
    void unknownKeyIsRefusedBeforeComputing() throws Exception {
        Files.writeString(dir.resolve("typo.yaml"), """
                study: conductivity
                microstructure: {source: gmsh_mesh, file: cube.msh}
                conductivity: {transports: [ionic], sigma_se: 0.2}
                """);
        InputError e = assertThrows(InputError.class, () -> CaseRunner.run(dir.resolve("typo.yaml"), dir.resolve("typo"), false));
        assertTrue(e.getMessage().contains("sigma_se"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("typo").resolve("conductivity_ionic_x.vtu")));
    }

    @Test
    void degreeTwoOnFirstOrderGeneratedMeshIsRefused() throws Exception {
        Files.writeString(dir.resolve("p2.yaml"), """
                study: conductivity
                microstructure: {source: generate, box_um: [10, 10, 10], cam_volume_fraction: 0.3,
                                 cam_radius_um: {mean: 2}}
                mesh: {size_um: 1}
                conductivity: {degree: 2}
                """);
        InputError e = assertThrows(InputError.class, () -> CaseRunner.run(dir.resolve("p2.yaml"), dir.resolve("p2"), false));
        assertTrue(e.getMessage().contains("mesh.order: 2"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("p2").resolve("mesh.msh")), "refused before meshing");
    }
}
