package org.ssbfem.mesh.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ssbfem.mesh.gmsh.BoundingBox;
import org.ssbfem.mesh.gmsh.DimTag;
import org.ssbfem.mesh.gmsh.GmshSession;
import org.ssbfem.mesh.micro.Microstructure;
import org.ssbfem.mesh.micro.Phase;

/**
 * Sorts the entities of a fragmented microstructure model into the named physical groups of
 * MODEL.md section 1, and adds those groups to the model. Empty groups are omitted.
 *
 * <p>Volumes (surfaces in 2D): {@code se}, {@code cam}, {@code cbd}. Facets (surfaces in 3D, curves
 * in 2D) between two pieces: {@code interface} (CAM/SE), {@code cam_cbd}, {@code cbd_se}; between
 * pieces of one phase: none (internal, e.g. fused CAM particles). Facets of one piece: on x = 0
 * {@code anode} (SE only), on x = Lx {@code current_collector} (CAM, CBD) or
 * {@code se_current_collector} (SE), on y = 0, Ly {@code y_min}, {@code y_max}, on z = 0, Lz
 * {@code z_min}, {@code z_max}; anywhere else they face a removed void: {@code void_surface}.
 */
final class BoundaryGroups {
    /** Facet group names in the order they are added. */
    static final List<String> FACET_NAMES = List.of("anode", "current_collector", "se_current_collector",
            "interface", "cam_cbd", "cbd_se", "void_surface", "y_min", "y_max", "z_min", "z_max");

    /** Region names in the order they are added. */
    static final List<String> REGION_NAMES = List.of("se", "cam", "cbd");

    /** Facet groups whose entities are surfaces of particles (refined by the size field). */
    static final List<String> PARTICLE_SURFACES = List.of("interface", "cam_cbd", "cbd_se", "void_surface");

    /**
     * Entity tags per group name, in {@link #REGION_NAMES} and {@link #FACET_NAMES} order.
     *
     * @param regions top-dimensional entity tags per region name
     * @param facets facet entity tags per facet group name
     * @param notes remarks for the report
     */
    record Groups(Map<String, int[]> regions, Map<String, int[]> facets, List<String> notes) {
        /** Tags of all facets in the named groups. */
        int[] facetTags(List<String> names) {
            return names.stream().filter(facets::containsKey).flatMapToInt(n -> java.util.Arrays.stream(facets.get(n)))
                    .toArray();
        }
    }

    private BoundaryGroups() { }

    /** Classifies the entities of {@code built} and adds the physical groups to the model. */
    static Groups classifyAndAdd(GmshSession s, Microstructure m, OccModel.Built built) {
        Groups g = classify(s, m, built);
        g.regions().forEach((name, tags) -> s.addPhysicalGroup(built.dim(), tags, name));
        g.facets().forEach((name, tags) -> s.addPhysicalGroup(built.dim() - 1, tags, name));
        return g;
    }

    static Groups classify(GmshSession s, Microstructure m, OccModel.Built built) {
        int dim = built.dim();
        Map<Integer, List<Phase>> adjacent = new TreeMap<>();
        for (Map.Entry<Integer, Phase> e : built.phases().entrySet()) {
            List<DimTag> bnd = s.getBoundary(List.of(new DimTag(dim, e.getKey())), false, false, false);
            for (int f : new TreeSet<>(bnd.stream().map(dt -> Math.abs(dt.tag())).toList())) {
                adjacent.computeIfAbsent(f, k -> new ArrayList<>()).add(e.getValue());
            }
        }
        Map<String, List<Integer>> facets = new LinkedHashMap<>();
        FACET_NAMES.forEach(n -> facets.put(n, new ArrayList<>()));
        List<String> notes = new ArrayList<>();
        int[] strayAtAnode = {0};
        adjacent.forEach((f, phases) -> {
            String name = phases.size() == 2 ? internalName(phases.get(0), phases.get(1))
                    : externalName(s.getBoundingBox(dim - 1, f), m, phases.get(0), strayAtAnode);
            if (name != null) {
                facets.get(name).add(f);
            }
        });
        if (strayAtAnode[0] > 0) {
            notes.add(strayAtAnode[0] + " CAM or CBD face(s) lie on the anode face x = 0 and are left"
                    + " insulating (no group); the separator layer should prevent this");
        }
        return new Groups(regionTags(built), toArrays(facets), notes);
    }

    private static Map<String, int[]> regionTags(OccModel.Built built) {
        Map<String, List<Integer>> regions = new LinkedHashMap<>();
        REGION_NAMES.forEach(n -> regions.put(n, new ArrayList<>()));
        built.phases().forEach((tag, ph) -> regions.get(ph.id()).add(tag));
        return toArrays(regions);
    }

    private static Map<String, int[]> toArrays(Map<String, List<Integer>> lists) {
        Map<String, int[]> out = new LinkedHashMap<>();
        lists.forEach((name, l) -> {
            if (!l.isEmpty()) {
                out.put(name, l.stream().mapToInt(Integer::intValue).toArray());
            }
        });
        return out;
    }

    /** Group of a facet between pieces of phases a and b; null when internal to one phase. */
    static String internalName(Phase a, Phase b) {
        if (a == b) {
            return null;
        }
        boolean cam = a == Phase.CAM || b == Phase.CAM;
        boolean se = a == Phase.SE || b == Phase.SE;
        if (cam && se) {
            return "interface";
        }
        return cam ? "cam_cbd" : "cbd_se";
    }

    private static String externalName(BoundingBox bb, Microstructure m, Phase ph, int[] strayAtAnode) {
        double[] len = {m.lxM(), m.lyM(), m.lzM()};
        double tol = 1e-5 * Math.max(m.lxM(), Math.max(m.lyM(), m.lzM())) * OccModel.UNITS_PER_M;
        int axes = m.is2d() ? 2 : 3;
        for (int d = 0; d < axes; d++) {
            double hi = len[d] * OccModel.UNITS_PER_M;
            if (onPlane(bb, d, 0, tol)) {
                return lowFace(d, ph, strayAtAnode);
            }
            if (onPlane(bb, d, hi, tol)) {
                return d == 0 ? (ph == Phase.SE ? "se_current_collector" : "current_collector")
                        : d == 1 ? "y_max" : "z_max";
            }
        }
        return "void_surface";
    }

    private static String lowFace(int axis, Phase ph, int[] strayAtAnode) {
        if (axis == 0) {
            if (ph == Phase.SE) {
                return "anode";
            }
            strayAtAnode[0]++;
            return null;
        }
        return axis == 1 ? "y_min" : "z_min";
    }

    private static boolean onPlane(BoundingBox bb, int axis, double value, double tol) {
        return Math.abs(bb.min(axis) - value) <= tol && Math.abs(bb.max(axis) - value) <= tol;
    }
}
