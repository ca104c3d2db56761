package org.ssbfem.solver.study.image;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ssbfem.mesh.micro.Phase;
import org.ssbfem.solver.casefile.CaseNode;

/** Case-file helpers of {@link ImageSource}: the voxel size with its unit, the label map, integer lists. */
final class ImageSections {
    private static final Map<String, Double> SIZE_KEYS = new LinkedHashMap<>();

    static {
        SIZE_KEYS.put("voxel_size_um", 1e-6);
        SIZE_KEYS.put("voxel_size_nm", 1e-9);
        SIZE_KEYS.put("voxel_size_m", 1.0);
    }

    private ImageSections() {
    }

    /** The voxel edge in metres from exactly one of {@code voxel_size_um}, {@code _nm}, {@code _m}. */
    static double voxelSize(CaseNode ms) {
        String found = null;
        double h = 0;
        for (Map.Entry<String, Double> e : SIZE_KEYS.entrySet()) {
            if (ms.has(e.getKey())) {
                if (found != null) {
                    throw ms.error(e.getKey(), "voxel size given twice (" + found + " and " + e.getKey() + ")",
                            "keep one of them");
                }
                found = e.getKey();
                h = ms.positive(e.getKey(), 1) * e.getValue();
            }
        }
        if (found == null) {
            throw ms.error("voxel_size_um", "the voxel size is missing",
                    "add voxel_size_um (or voxel_size_nm, voxel_size_m): the edge of one voxel or pixel");
        }
        return h;
    }

    /** The label map {@code labels: {0: se, 1: cam, ...}}. */
    static Map<Integer, Phase> labels(CaseNode ms) {
        CaseNode t = ms.require("labels");
        if (!t.isMap() || t.keys().isEmpty()) {
            throw ms.error("labels", "must map image labels to phases", "write e.g. labels: {0: se, 1: cam, 2: void}");
        }
        Map<Integer, Phase> out = new LinkedHashMap<>();
        for (String key : List.copyOf(t.keys())) {
            Phase p = Phase.parse(t.get(key).text());
            int label;
            try {
                label = Integer.parseInt(key.trim());
            } catch (NumberFormatException e) {
                throw t.error(key, "label '" + key + "' is not a whole number", "map integer labels like 1: cam");
            }
            if (label < 0 || label > 65535) {
                throw t.error(key, "label " + label + " is outside 0..65535", "labels are 8- or 16-bit image values");
            }
            if (p == null) {
                throw t.error(key, "unknown phase '" + t.get(key).text() + "'", "use one of " + Phase.validNames());
            }
            out.put(label, p);
        }
        return out;
    }

    /** A list of {@code len} whole numbers at {@code key}. */
    static int[] ints(CaseNode n, String key, int len) {
        double[] v = n.numbers(key, len);
        int[] out = new int[len];
        for (int i = 0; i < len; i++) {
            if (v[i] != Math.rint(v[i])) {
                throw n.error(key, "must be whole numbers (voxels), got " + v[i], "remove the fraction");
            }
            out[i] = (int) v[i];
        }
        return out;
    }
}
