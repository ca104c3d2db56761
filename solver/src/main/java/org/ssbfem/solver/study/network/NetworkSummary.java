package org.ssbfem.solver.study.network;

import org.ssbfem.mesh.micro.Phase;
import org.ssbfem.mesh.network.ContactGraph;
import org.ssbfem.mesh.network.InterfaceAreas;
import org.ssbfem.mesh.network.NetworkAnalysis;
import org.ssbfem.mesh.network.PhaseConnection;
import org.ssbfem.mesh.voxel.PhaseImage;
import org.ssbfem.post.Summary;

/**
 * The figures of {@code study: network} in {@code summary.json} (units in the {@code unit} field;
 * in 2D areas are lengths, m, and volumes areas):
 * <ul>
 *   <li>{@code network.<phase>.connected_fraction} (se, cam, cbd): share of the phase's volume
 *       connected to its terminal (SE: anode plane x = 0; CAM, CBD: collector plane x = Lx);
 *       {@code percolating_fraction.cam} and {@code .se} (MODEL.md section 7) repeat it;</li>
 *   <li>{@code network.<phase>.spanning_fraction}, {@code .dead_end_fraction},
 *       {@code .isolated_fraction}: clusters touching both x planes, one, or neither (sum 1);</li>
 *   <li>{@code network.clusters.ionic}, {@code network.clusters.electronic};</li>
 *   <li>{@code network.interface_area} (smoothed) and {@code network.interface_area_voxel}
 *       (voxel faces), {@code network.active_interface_area} and
 *       {@code network.active_interface_area_voxel} (CAM side reaches the collector, SE side the
 *       anode), {@code network.active_interface_fraction}, {@code interface_area_density};</li>
 *   <li>{@code network.utilization_bound} = connected CAM / all CAM;
 *       {@code network.active_cam_fraction}: connected CAM clusters that also own active
 *       interface; {@code network.inaccessible_capacity} = (1 - utilization bound) x
 *       {@code network.cam_specific_capacity} (mAh/g);</li>
 *   <li>particle sources: {@code network.contact_graph.cam.connected_fraction} (by sphere volume),
 *       {@code network.contact_graph.cam.connected_particles}, {@code network.contact_graph.clusters}.</li>
 * </ul>
 */
final class NetworkSummary {
    private NetworkSummary() {
    }

    static void write(Summary s, PhaseImage img, NetworkAnalysis.Result r, NetworkSettings st) {
        s.info("network.connectivity", img.is2d() ? st.connectivity().neighbours2d() : st.connectivity().neighbours());
        for (Phase p : new Phase[] {Phase.SE, Phase.CAM, Phase.CBD}) {
            PhaseConnection c = r.phases().get(p);
            if (c != null) {
                phase(s, c);
            }
        }
        s.quantity("network.clusters.ionic", r.clusters().count(1), "1");
        s.quantity("network.clusters.electronic", r.clusters().count(2), "1");
        interfaces(s, img, r.interfaces());
        s.quantity("network.utilization_bound", r.utilizationBound(), "1");
        s.quantity("network.active_cam_fraction", r.activeCamFraction(), "1");
        s.quantity("network.cam_specific_capacity", st.camSpecificCapacityMAhPerG(), "mAh/g");
        s.quantity("network.inaccessible_capacity", (1 - r.utilizationBound()) * st.camSpecificCapacityMAhPerG(), "mAh/g");
    }

    private static void phase(Summary s, PhaseConnection c) {
        String k = "network." + c.phase().id() + ".";
        s.quantity(k + "connected_fraction", c.connectedFraction(), "1");
        s.quantity(k + "spanning_fraction", c.spanningFraction(), "1");
        s.quantity(k + "dead_end_fraction", c.deadEndFraction(), "1");
        s.quantity(k + "isolated_fraction", c.isolatedFraction(), "1");
        if (c.phase() != Phase.CBD) {
            s.quantity("percolating_fraction." + c.phase().id(), c.connectedFraction(), "1");
        }
    }

    private static void interfaces(Summary s, PhaseImage img, InterfaceAreas a) {
        String unit = img.is2d() ? "m" : "m^2";
        s.quantity("network.interface_area", a.smoothedM2(), unit);
        s.quantity("network.interface_area_voxel", a.staircaseM2(), unit);
        s.quantity("network.active_interface_area", a.activeSmoothedM2(), unit);
        s.quantity("network.active_interface_area_voxel", a.activeStaircaseM2(), unit);
        s.quantity("network.active_interface_fraction", a.activeFraction(), "1");
        s.quantity("interface_area_density", a.smoothedM2() / img.boxMeasure(), "1/m");
    }

    static void contactGraph(Summary s, ContactGraph g) {
        s.quantity("network.contact_graph.cam.connected_fraction", g.camVolumeConnectedFraction(), "1");
        s.quantity("network.contact_graph.cam.connected_particles", g.camConnected(), "1");
        s.quantity("network.contact_graph.cam.particles", g.camCount(), "1");
        s.quantity("network.contact_graph.clusters", g.clusters(), "1");
    }
}
