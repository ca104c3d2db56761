package org.ssbfem.mesh.voxel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ssbfem.mesh.CellType;
import org.ssbfem.mesh.FacetGroup;

/**
 * The facet groups of a voxel mesh, named as the Gmsh mesher names them (MODEL.md section 1,
 * {@code cases/README.md}): {@code anode} (SE at x = 0), {@code current_collector} (CAM and CBD at
 * x = Lx), {@code se_current_collector}, {@code interface} (CAM/SE), {@code cam_cbd},
 * {@code cbd_se}, {@code void_surface}, {@code y_min}, {@code y_max}, {@code z_min}, {@code z_max}.
 * A voxel face becomes two triangles split along the diagonal from its lowest to its highest
 * corner (the split the Kuhn tetrahedra make), a pixel edge one line. Empty groups are left out.
 */
final class VoxelFacets {
    static final List<String> NAMES = List.of("anode", "current_collector", "se_current_collector", "interface",
            "cam_cbd", "cbd_se", "void_surface", "y_min", "y_max", "z_min", "z_max");

    private final Map<String, Ints> groups = new LinkedHashMap<>();
    private int strayAtAnode;

    VoxelFacets() {
        for (String n : NAMES) {
            groups.put(n, new Ints());
        }
    }

    /** Group of a face between voxels of phase codes a and b (both solid); null inside a phase. */
    static String internal(byte a, byte b) {
        if (a == b) {
            return null;
        }
        boolean cam = a == PhaseImage.CAM || b == PhaseImage.CAM;
        boolean se = a == PhaseImage.SE || b == PhaseImage.SE;
        return cam && se ? "interface" : cam ? "cam_cbd" : "cbd_se";
    }

    /** Group of a box face of a voxel of phase p on the low or high plane of an axis. */
    String external(byte p, int axis, boolean high) {
        if (axis == 0 && !high) {
            if (p == PhaseImage.SE) {
                return "anode";
            }
            strayAtAnode++;
            return null;
        }
        if (axis == 0) {
            return p == PhaseImage.SE ? "se_current_collector" : "current_collector";
        }
        return (axis == 1 ? "y_" : "z_") + (high ? "max" : "min");
    }

    /** Adds the corner nodes of one facet (3 per triangle / 2 per line, already split). */
    void add(String group, int... nodes) {
        Ints g = groups.get(group);
        for (int n : nodes) {
            g.add(n);
        }
    }

    /** Electron-conductor faces on the anode plane, which belong to no group. */
    int strayAtAnode() { return strayAtAnode; }

    List<FacetGroup> build(CellType facetType) {
        List<FacetGroup> out = new ArrayList<>();
        groups.forEach((name, ints) -> {
            if (ints.size() > 0) {
                out.add(new FacetGroup(name, facetType, ints.toArray()));
            }
        });
        return out;
    }
}
