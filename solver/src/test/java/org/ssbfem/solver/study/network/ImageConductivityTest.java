package org.ssbfem.solver.study.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.mesh.io.MshReader;
import org.ssbfem.post.Summary;
import org.ssbfem.solver.study.CaseRunner;

/**
 * {@code study: conductivity} on {@code source: image}: stripes of SE and CAM along x conduct in
 * parallel, so the effective ionic conductivity in x is exactly sigma_SE times the SE fraction (P1
 * reproduces the linear potential of each stripe), in 3D (raw volume split into tetrahedra) and
 * in 2D (a PNG section split into triangles).
 */
class ImageConductivityTest {
    @TempDir
    Path dir;

    @Test
    void stripesIn3d() throws Exception {
        int nx = 8;
        int ny = 6;
        int nz = 4;
        byte[] b = new byte[nx * ny * nz];
        for (int v = 0; v < b.length; v++) {
            int j = v / nx % ny;
            b[v] = (byte) (j < 2 ? 0 : 1);
        }
        Files.write(dir.resolve("s.raw"), b);
        Files.writeString(dir.resolve("c3.yaml"), """
                study: conductivity
                microstructure: {source: image, file: s.raw, raw: {dims: [8, 6, 4]}, voxel_size_nm: 250,
                                 labels: {0: se, 1: cam}}
                conductivity: {transports: [ionic, electronic], directions: [x], sigma_se_S_per_m: 0.2,
                               sigma_cam_S_per_m: 0.01}
                """);
        Summary s = CaseRunner.run(dir.resolve("c3.yaml"), dir.resolve("o3"), false);
        assertEquals(0.2 / 3, s.value("effective_conductivity.ionic"), 1e-9);
        assertEquals(0.01 * 2 / 3, s.value("effective_conductivity.electronic"), 1e-11);
        assertEquals(1.0 / 3, s.value("volume_fraction.se"), 1e-12);
        assertEquals(8 * 4 * 0.0625e-12, s.value("image.interface_area_voxel"), 1e-24);
        Mesh m = MshReader.read(dir.resolve("o3").resolve("mesh.msh"), 1.0);
        assertEquals(6 * 8 * 6 * 4, m.cellCount(), "six tetrahedra per voxel, read back from mesh.msh");
        assertEquals(2 * 8 * 4, m.facets("interface").count());
    }

    @Test
    void stripesIn2d() throws Exception {
        BufferedImage img = new BufferedImage(10, 5, BufferedImage.TYPE_BYTE_GRAY);
        for (int j = 0; j < 5; j++) {
            for (int i = 0; i < 10; i++) {
                img.getRaster().setSample(i, j, 0, j < 2 ? 3 : 7);
            }
        }
        ImageIO.write(img, "png", dir.resolve("sem.png").toFile());
        Files.writeString(dir.resolve("c2.yaml"), """
                study: conductivity
                microstructure: {source: image, file: sem.png, voxel_size_um: 0.1, labels: {3: se, 7: cam}}
                conductivity: {transports: [ionic], directions: [x, y], sigma_se_S_per_m: 0.3}
                """);
        Summary s = CaseRunner.run(dir.resolve("c2.yaml"), dir.resolve("o2"), false);
        assertEquals(2, ((Number) s.entries().get("mesh.dimension")).intValue());
        assertEquals(0.3 * 2 / 5, s.value("effective_conductivity.ionic"), 1e-9);
    }
}
