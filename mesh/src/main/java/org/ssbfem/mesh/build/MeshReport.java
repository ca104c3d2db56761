package org.ssbfem.mesh.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What the mesher produced and how good it is. SI units; for a 2D mesh "volumes" are areas (m^2),
 * the interface "area" is a length (m), and the area density (length / area) is still in 1/m.
 *
 * @param gmshVersion version of the Gmsh library used
 * @param nodes number of mesh nodes
 * @param cellsPerRegion cells per region name, in the mesh's region order
 * @param volumes volume of each region from the mesh, with the exact value where computable, in
 *                the mesh's region order
 * @param boxVolumeM3 volume of the box
 * @param analyticVoidVolumeM3 exact void volume inside the box, when computable
 * @param interfaceArea CAM/SE interface measures
 * @param quality shape measures
 * @param highOrder what happened when raising the order
 * @param times wall times
 * @param notes remarks: cut or overlapping particles, why an exact value is missing, fallbacks
 */
public record MeshReport(String gmshVersion, int nodes, Map<String, Integer> cellsPerRegion,
                         Map<String, RegionVolume> volumes, double boxVolumeM3,
                         OptionalDouble analyticVoidVolumeM3, InterfaceArea interfaceArea,
                         Quality quality, HighOrder highOrder, Times times, List<String> notes) {
    public MeshReport {
        cellsPerRegion = Collections.unmodifiableMap(new LinkedHashMap<>(cellsPerRegion));
        volumes = Collections.unmodifiableMap(new LinkedHashMap<>(volumes));
        notes = List.copyOf(notes);
    }

    /**
     * @param meshM3 sum of the cell volumes (curved P2 cells integrated by quadrature)
     * @param analyticM3 exact volume from the microstructure, when computable
     */
    public record RegionVolume(double meshM3, OptionalDouble analyticM3) {
        /** (mesh - exact) / exact, or empty without an exact value. */
        public OptionalDouble relativeError() {
            return analyticM3.isPresent() && analyticM3.getAsDouble() > 0
                    ? OptionalDouble.of((meshM3 - analyticM3.getAsDouble()) / analyticM3.getAsDouble())
                    : OptionalDouble.empty();
        }
    }

    /**
     * @param meshM2 area of the {@code interface} facets (0 when there are none)
     * @param analyticM2 exact CAM/SE area, when computable
     * @param densityPerM mesh interface area / box volume
     */
    public record InterfaceArea(double meshM2, OptionalDouble analyticM2, double densityPerM) { }

    /**
     * @param worstGamma smallest normalized inradius/circumradius ratio of the straight cells
     *                   through the vertices (1 regular, 0 degenerate, negative inverted)
     * @param minScaledJacobian smallest detJ / |detJ of the straight cell| at quadrature points and
     *                          vertices (1 for straight cells; at most 0 means inverted)
     */
    public record Quality(double worstGamma, double minScaledJacobian) { }

    /**
     * @param status what was done to the curved cells
     * @param message Gmsh's message of a failed optimizer, empty when none failed
     * @param straightenedCells curved cells made straight in Java because they stayed inverted
     */
    public record HighOrder(HighOrderStatus status, String message, int straightenedCells) { }

    /**
     * @param generateSeconds geometry and first-order mesh generation
     * @param orderSeconds raising the order
     * @param optimizeSeconds high-order optimization, fallbacks included
     */
    public record Times(double generateSeconds, double orderSeconds, double optimizeSeconds) { }

    /** Sum of the region volumes from the mesh. */
    public double meshVolumeM3() {
        return volumes.values().stream().mapToDouble(RegionVolume::meshM3).sum();
    }

    /** Total number of cells. */
    public int cells() {
        return cellsPerRegion.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A few lines for logs. */
    public String summary() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "mesh (Gmsh %s): %d nodes, %d cells %s%n",
                gmshVersion, nodes, cells(), cellsPerRegion));
        volumes.forEach((name, v) -> b.append(String.format(Locale.ROOT, "  %s volume %.6g m^3%s%n", name,
                v.meshM3(), v.analyticM3().isPresent() ? String.format(Locale.ROOT, " (exact %.6g)",
                        v.analyticM3().getAsDouble()) : "")));
        b.append(String.format(Locale.ROOT, "  interface area %.6g m^2, density %.6g 1/m%n", interfaceArea.meshM2(),
                interfaceArea.densityPerM()));
        b.append(String.format(Locale.ROOT, "  worst gamma %.3f, min scaled Jacobian %.3f, high order %s%s%n",
                quality.worstGamma(), quality.minScaledJacobian(), highOrder.status(),
                highOrder.straightenedCells() > 0 ? " (" + highOrder.straightenedCells() + " cells straightened)" : ""));
        b.append(String.format(Locale.ROOT, "  times: generate %.2f s, order %.2f s, optimize %.2f s",
                times.generateSeconds(), times.orderSeconds(), times.optimizeSeconds()));
        notes.forEach(n -> b.append(System.lineSeparator()).append("  note: ").append(n));
        return b.toString();
    }
}
