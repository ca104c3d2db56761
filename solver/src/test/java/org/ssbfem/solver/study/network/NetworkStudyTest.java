package org.ssbfem.solver.study.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssbfem.mesh.InputError;
import org.ssbfem.post.Summary;
import org.ssbfem.solver.study.CaseRunner;

/**
 * {@code study: network} through {@link CaseRunner}: a raw label image with a known answer, a
 * generated packing (voxels and contact graph), and the input errors.
 */
class NetworkStudyTest {
    @TempDir
    Path dir;

    /**
     * 20 x 10 x 10 voxels of 0.5 um: SE (label 0) everywhere, a CAM block (label 1) on the
     * collector (x 10..19, y 0..4: 500 voxels) and an isolated CAM cube (x 6..8, y 6..8, z 3..5:
     * 27 voxels), a void slab (label 5) at x = 2 cutting the SE from the anode except for y = 9.
     */
    static byte[] labels() {
        byte[] b = new byte[20 * 10 * 10];
        for (int k = 0; k < 10; k++) {
            for (int j = 0; j < 10; j++) {
                for (int i = 0; i < 20; i++) {
                    byte v = 0;
                    if (i >= 10 && j <= 4) {
                        v = 1;
                    } else if (i >= 6 && i <= 8 && j >= 6 && j <= 8 && k >= 3 && k <= 5) {
                        v = 1;
                    } else if (i == 2 && j < 9) {
                        v = 5;
                    }
                    b[i + 20 * (j + 10 * k)] = v;
                }
            }
        }
        return b;
    }

    @Test
    void rawImageWithKnownAnswer() throws Exception {
        Files.write(dir.resolve("img.raw"), labels());
        Files.writeString(dir.resolve("case.yaml"), """
                study: network
                microstructure:
                  source: image
                  file: img.raw
                  raw: {dims: [20, 10, 10], type: uint8}
                  voxel_size_um: 0.5
                  labels: {0: se, 1: cam, 5: void}
                network: {connectivity: 6, cam_specific_capacity_mAh_per_g: 200}
                """);
        Summary s = CaseRunner.run(dir.resolve("case.yaml"), dir.resolve("out"), false);
        assertEquals(500.0 / 527, s.value("network.cam.connected_fraction"), 1e-12);
        assertEquals(27.0 / 527, s.value("network.cam.isolated_fraction"), 1e-12);
        assertEquals(500.0 / 527, s.value("network.utilization_bound"), 1e-12);
        assertEquals(200 * 27.0 / 527, s.value("network.inaccessible_capacity"), 1e-9);
        assertEquals(1.0, s.value("network.se.connected_fraction"), 1e-12, "the SE passes the void wall at y = 9");
        assertEquals(90.0 / 2000, s.value("volume_fraction.void"), 1e-12);
        // block faces towards SE: x = 10 plane (5 x 10) + y = 4|5 plane (10 x 10); cube: 6 x 9
        double face = 0.25e-12;
        assertEquals((50 + 100 + 54) * face, s.value("network.interface_area_voxel"), 1e-9 * face);
        assertEquals(150 * face, s.value("network.active_interface_area_voxel"), 1e-9 * face);
        assertTrue(Files.size(dir.resolve("out").resolve("network.vti")) > 2000 * 6);
    }

    @Test
    void generatedPackingByVoxelsAndContactGraph() throws Exception {
        Files.writeString(dir.resolve("gen.yaml"), """
                study: network
                microstructure: {source: generate, box_um: [12, 10, 10], separator_um: 2, cam_volume_fraction: 0.45,
                                 cam_radius_um: {mean: 1.5}, seed: 3}
                network: {connectivity: 26, voxel_size_um: 0.2, vtk: false}
                """);
        Summary s = CaseRunner.run(dir.resolve("gen.yaml"), dir.resolve("gen"), false);
        double voxels = s.value("network.cam.connected_fraction");
        double graph = s.value("network.contact_graph.cam.connected_fraction");
        assertTrue(voxels > 0.5 && voxels <= 1, "connected CAM " + voxels);
        assertEquals(graph, voxels, 0.1, "voxels and contact graph agree");
        assertEquals(0.0, s.value("network.cam.spanning_fraction"), "the separator keeps CAM off x = 0");
        assertEquals(1.0, s.value("network.se.connected_fraction"), 1e-3);
        assertTrue(Files.notExists(dir.resolve("gen").resolve("mesh.msh")), "no meshing");
    }

    @Test
    void demImportChainToTheCollector() throws Exception {
        Files.writeString(dir.resolve("p.csv"), """
                x_um,y_um,z_um,r_um,phase
                5.0,5,5,1.2,cam
                7.0,5,5,1.2,cam
                9.0,5,5,1.2,cam
                3.0,2,8,1.2,cam
                """);
        Files.writeString(dir.resolve("dem.yaml"), """
                study: network
                microstructure: {source: dem_csv, file: p.csv, box_um: [10, 10, 10], separator_um: 1,
                                 contact: {mode: overlap, min_overlap: 0.1, min_gap: 0.05}}
                network: {voxel_size_um: 0.1}
                """);
        Summary s = CaseRunner.run(dir.resolve("dem.yaml"), dir.resolve("dem"), false);
        assertEquals(3, s.value("network.contact_graph.cam.connected_particles"));
        assertEquals(0.75, s.value("network.contact_graph.cam.connected_fraction"), 1e-12);
        double voxels = s.value("network.cam.connected_fraction");
        double sphere = 4.0 / 3 * Math.PI * 1.2 * 1.2 * 1.2;
        double cap = Math.PI * 2.2 * 2.2 * (3 * 1.2 - 2.2) / 3;       // third sphere, cut by x = Lx
        double lens = Math.PI * (4 * 1.2 + 2) * 0.4 * 0.4 / 12;        // overlap of two chain spheres
        double connected = 2 * sphere + cap - 2 * lens;
        assertEquals(connected / (connected + sphere), voxels, 0.01, "connected share of the CAM volume");
    }

    @Test
    void unknownLabelAndBadConnectivityAreRefused() throws Exception {
        Files.write(dir.resolve("img.raw"), labels());
        Files.writeString(dir.resolve("bad.yaml"), """
                study: network
                microstructure: {source: image, file: img.raw, raw: {dims: [20, 10, 10]}, voxel_size_um: 0.5,
                                 labels: {0: se, 1: cam}}
                """);
        InputError e = assertThrows(InputError.class, () -> CaseRunner.run(dir.resolve("bad.yaml"), dir.resolve("bad"), false));
        assertTrue(e.getMessage().contains("label(s) 5 (90 voxels)") && e.getMessage().contains("img.raw"), e.getMessage());
        Files.writeString(dir.resolve("conn.yaml"), """
                study: network
                microstructure: {source: image, file: img.raw, raw: {dims: [20, 10, 10]}, voxel_size_um: 0.5,
                                 labels: {0: se, 1: cam, 5: void}}
                network: {connectivity: 8}
                """);
        e = assertThrows(InputError.class, () -> CaseRunner.run(dir.resolve("conn.yaml"), dir.resolve("conn"), false));
        assertTrue(e.getMessage().contains("conn.yaml:4") && e.getMessage().contains("use 6"), e.getMessage());
    }
}
