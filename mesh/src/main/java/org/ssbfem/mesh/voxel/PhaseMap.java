package org.ssbfem.mesh.voxel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.micro.Phase;

/**
 * The label-to-phase map of a segmented image ({@code microstructure.labels} in a case, e.g.
 * {@code {0: se, 1: cam, 2: void}}) and the checks that the image is a label image at all:
 * a file with more than {@code maxLabels} distinct values is a grayscale image, not a
 * segmentation, and a label the map does not name is refused with the labels found.
 *
 * @param labels label value to phase (unmodifiable copy), values 0..65535
 * @param maxLabels largest number of distinct values a label image may have (&gt;= 2)
 */
public record PhaseMap(Map<Integer, Phase> labels, int maxLabels) {
    /** Default limit of distinct values: segmentations have a handful of phases. */
    public static final int DEFAULT_MAX_LABELS = 64;

    public PhaseMap {
        labels = Map.copyOf(labels);
        if (maxLabels < 2) {
            throw new IllegalArgumentException("maxLabels must be >= 2");
        }
    }

    /**
     * Maps every voxel to its phase.
     *
     * @param image the labels (not modified)
     * @param voxelSizeM voxel edge, metres
     * @param where the file (for messages)
     * @return the phase image
     * @throws InputError when the image has too many distinct values (not segmented) or a label
     *     that the map does not name
     */
    public PhaseImage apply(LabelImage image, double voxelSizeM, String where) {
        long[] hist = image.histogram();
        Map<Integer, Long> present = present(hist);
        if (present.size() > maxLabels) {
            throw new InputError(where, "not a label image: " + present.size() + " distinct values (at most "
                    + maxLabels + " expected), e.g. " + first(present, 8)
                    + " - this looks like a grayscale image",
                    "segment the image first (one integer label per phase), or raise microstructure.max_labels");
        }
        byte[] table = table(present, where);
        byte[] out = new byte[image.size()];
        for (int v = 0; v < out.length; v++) {
            out[v] = table[image.label(v)];
        }
        return new PhaseImage(image.nx(), image.ny(), image.nz(), voxelSizeM, out);
    }

    private byte[] table(Map<Integer, Long> present, String where) {
        byte[] t = new byte[65536];
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<Integer, Long> e : present.entrySet()) {
            Phase p = labels.get(e.getKey());
            if (p == null) {
                unknown.add(e.getKey() + " (" + e.getValue() + " voxels)");
            } else {
                t[e.getKey()] = (byte) p.ordinal();
            }
        }
        if (!unknown.isEmpty()) {
            throw new InputError(where, "label(s) " + String.join(", ", unknown)
                    + " not in microstructure.labels (which maps " + new TreeMap<>(labels) + "); the image has labels "
                    + present.keySet(), "add each label to microstructure.labels, e.g. {" + unknown.get(0).split(" ")[0]
                    + ": " + Phase.SE.id() + "}; phases are " + Phase.validNames());
        }
        return t;
    }

    private static Map<Integer, Long> present(long[] hist) {
        Map<Integer, Long> m = new TreeMap<>();
        for (int v = 0; v < hist.length; v++) {
            if (hist[v] > 0) {
                m.put(v, hist[v]);
            }
        }
        return m;
    }

    private static String first(Map<Integer, Long> present, int n) {
        return present.keySet().stream().limit(n).map(String::valueOf).toList() + " ...";
    }
}
