package org.ssbfem.solver.study;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.mesh.build.MeshReport;
import org.ssbfem.mesh.micro.PackingStats;
import org.ssbfem.mesh.micro.Phase;
import org.ssbfem.post.Summary;

/** Puts microstructure and mesh figures into a run's summary (names of MODEL.md section 7). */
final class MeshSummaries {
    private MeshSummaries() {
    }

    /** Achieved vs requested fractions and contact statistics of a particle packing. */
    static void packing(Summary s, PackingStats st) {
        for (Phase p : new Phase[] {Phase.CAM, Phase.VOID, Phase.CBD}) {
            if (st.count().getOrDefault(p, 0) == 0 && !st.requestedFraction().containsKey(p)) {
                continue;
            }
            s.quantity("packing.volume_fraction_of_composite." + p.id(), st.composite(p), "1");
            if (st.requestedFraction().containsKey(p)) {
                s.quantity("packing.requested_volume_fraction_of_composite." + p.id(), st.requestedFraction().get(p), "1");
            }
            s.info("packing.particles." + p.id(), st.count().getOrDefault(p, 0));
        }
        s.info("packing.cam_contacts", st.camContacts());
        s.quantity("packing.cam_coordination_number", st.camCoordination(), "1");
        s.info("packing.cam_particles_at_collector", st.camAtCollector());
        s.info("packing.contact_rule_violations", st.ruleViolations());
    }

    /** Mesh size and quality, region volumes and interface area from the mesher's report. */
    static void report(Summary s, MeshReport r) {
        s.info("gmsh_version", r.gmshVersion());
        double box = r.boxVolumeM3();
        r.volumes().forEach((name, v) -> {
            s.quantity("volume_fraction." + name, v.meshM3() / box, "1");
            v.relativeError().ifPresent(e -> s.quantity("mesh.volume_error." + name, e, "1"));
        });
        r.analyticVoidVolumeM3().ifPresent(v -> s.quantity("volume_fraction.void", v / box, "1"));
        s.quantity("interface_area_density", r.interfaceArea().densityPerM(), "1/m");
        r.interfaceArea().analyticM2().ifPresent(a -> s.quantity("mesh.interface_area_exact", a, "m^2"));
        s.quantity("mesh.interface_area", r.interfaceArea().meshM2(), "m^2");
        s.quantity("mesh.worst_quality_gamma", r.quality().worstGamma(), "1");
        s.quantity("mesh.min_scaled_jacobian", r.quality().minScaledJacobian(), "1");
        s.info("mesh.high_order", r.highOrder().status().toString());
        if (r.highOrder().message() != null && !r.highOrder().message().isEmpty()) {
            s.info("mesh.high_order_message", r.highOrder().message());
        }
        s.quantity("time.mesh_generate", r.times().generateSeconds(), "s");
        s.quantity("time.mesh_order", r.times().orderSeconds(), "s");
        s.quantity("time.mesh_optimize", r.times().optimizeSeconds(), "s");
        if (!r.notes().isEmpty()) {
            s.info("mesh.notes", r.notes());
        }
    }

    /** Node and cell counts per region of any mesh. */
    static void mesh(Summary s, Mesh m) {
        s.info("mesh.dimension", m.dim());
        s.info("mesh.order", m.order());
        s.info("mesh.nodes", m.nodeCount());
        Map<String, Integer> cells = new LinkedHashMap<>();
        int[] count = new int[m.regionNames().size()];
        for (int r : m.cellRegions()) {
            count[r]++;
        }
        for (int i = 0; i < count.length; i++) {
            cells.put(m.regionNames().get(i), count[i]);
        }
        s.info("mesh.cells", cells);
        Map<String, Integer> facets = new LinkedHashMap<>();
        m.facetGroups().forEach((k, g) -> facets.put(k, g.count()));
        s.info("mesh.facets", facets);
    }
}
