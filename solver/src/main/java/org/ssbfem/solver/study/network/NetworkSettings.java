package org.ssbfem.solver.study.network;

import org.ssbfem.mesh.network.Connectivity;
import org.ssbfem.solver.casefile.CaseNode;

/**
 * The {@code network:} section of a case.
 *
 * @param connectivity voxel neighbourhood ({@code connectivity: 6 | 18 | 26}; in 2D 6 means 4
 *     and 18 or 26 mean 8)
 * @param voxelSizeM grid edge for sampling particle sources ({@code voxel_size_um}), metres; NaN
 *     for the default (smallest particle radius / 8); not allowed for images
 * @param camSpecificCapacityMAhPerG practical specific capacity of the CAM
 *     ({@code cam_specific_capacity_mAh_per_g}, mAh/g), for the inaccessible capacity
 * @param vtk write {@code network.vti} ({@code vtk: true})
 * @param contactGraph also analyse the particle contact graph (particle sources;
 *     {@code contact_graph: true})
 */
public record NetworkSettings(Connectivity connectivity, double voxelSizeM, double camSpecificCapacityMAhPerG,
                              boolean vtk, boolean contactGraph) {
    /** Default CAM capacity: NCM622 delivers about 180 mAh/g at low rate (order-of-magnitude assumption). */
    static final double DEFAULT_CAPACITY_MAH_PER_G = 180;

    /** Reads and checks {@code n} (the {@code network} mapping). */
    static NetworkSettings read(CaseNode n, boolean image) {
        int k = n.integer("connectivity", 6);
        Connectivity c = Connectivity.of(k);
        if (c == null) {
            throw n.error("connectivity", "unknown connectivity " + k,
                    "use 6 (faces), 18 (faces and edges) or 26 (faces, edges and corners)");
        }
        double h = Double.NaN;
        if (n.has("voxel_size_um")) {
            if (image) {
                throw n.error("voxel_size_um", "an image brings its own voxel size",
                        "remove it, or coarsen the image with microstructure.downsample");
            }
            h = n.positive("voxel_size_um", 1) * 1e-6;
        }
        double cap = n.positive("cam_specific_capacity_mAh_per_g", DEFAULT_CAPACITY_MAH_PER_G);
        return new NetworkSettings(c, h, cap, n.bool("vtk", true), n.bool("contact_graph", true));
    }
}
