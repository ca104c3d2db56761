package org.ssbfem.solver.study.image;

import java.util.List;
import org.ssbfem.mesh.micro.Phase;
import org.ssbfem.mesh.network.Connectivity;
import org.ssbfem.mesh.network.InterfaceAreas;
import org.ssbfem.mesh.network.NetworkAnalysis;
import org.ssbfem.mesh.voxel.PhaseImage;
import org.ssbfem.post.Summary;

/**
 * Summary figures of a voxel image: {@code image.voxels} ([nx, ny, nz]), {@code image.voxel_size}
 * (m), {@code volume_fraction.<phase>} (voxel counts / all voxels), the CAM/SE interface area as
 * voxel faces ({@code image.interface_area_voxel}, the staircase area a voxel mesh has) and
 * smoothed ({@code image.interface_area_smoothed}, see
 * {@link org.ssbfem.mesh.network.InterfaceAreas}), and {@code interface_area_density} from the
 * smoothed area (1/m). In 2D, areas are lengths (m) and volumes areas.
 */
public final class ImageSummaries {
    private ImageSummaries() {
    }

    /** Writes the figures of {@code img} (not modified) into {@code s}. */
    public static void image(Summary s, PhaseImage img) {
        s.info("image.voxels", List.of(img.nx(), img.ny(), img.nz()));
        s.quantity("image.voxel_size", img.voxelSizeM(), "m");
        volumeFractions(s, img);
        InterfaceAreas a = NetworkAnalysis.analyse(img, Connectivity.FACE).interfaces();
        String unit = img.is2d() ? "m" : "m^2";
        s.quantity("image.interface_area_voxel", a.staircaseM2(), unit);
        s.quantity("image.interface_area_smoothed", a.smoothedM2(), unit);
        s.quantity("interface_area_density", a.smoothedM2() / img.boxMeasure(), "1/m");
    }

    /** {@code volume_fraction.<phase>} of every phase present. */
    public static void volumeFractions(Summary s, PhaseImage img) {
        long[] counts = img.counts();
        for (Phase p : Phase.values()) {
            if (counts[p.ordinal()] > 0) {
                s.quantity("volume_fraction." + p.id(), (double) counts[p.ordinal()] / img.size(), "1");
            }
        }
    }
}
