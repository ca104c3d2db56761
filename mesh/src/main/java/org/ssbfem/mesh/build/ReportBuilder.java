package org.ssbfem.mesh.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.ssbfem.mesh.FacetGroup;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.mesh.micro.Microstructure;
import org.ssbfem.mesh.micro.Phase;

/** Computes a {@link MeshReport} from a finished mesh and the microstructure it came from. */
final class ReportBuilder {
    private ReportBuilder() { }

    /**
     * @param notes remarks gathered while meshing (copied)
     */
    static MeshReport build(Microstructure m, Mesh mesh, String gmshVersion, MeshReport.HighOrder highOrder,
                            MeshReport.Times times, List<String> notes) {
        AnalyticGeometry.Result exact = AnalyticGeometry.of(m);
        double[] volume = new double[mesh.regionNames().size()];
        int[] count = new int[volume.length];
        for (int c = 0; c < mesh.cellCount(); c++) {
            int r = mesh.cellRegions()[c];
            volume[r] += MeshQuality.cellMeasure(mesh.cellType(), MeshQuality.cellCoords(mesh, c));
            count[r]++;
        }
        Map<String, Integer> cells = new LinkedHashMap<>();
        Map<String, MeshReport.RegionVolume> volumes = new LinkedHashMap<>();
        for (int r = 0; r < volume.length; r++) {
            String name = mesh.regionNames().get(r);
            cells.put(name, count[r]);
            volumes.put(name, new MeshReport.RegionVolume(volume[r], exact.volumes().get(Phase.parse(name))));
        }
        double area = mesh.hasFacets("interface") ? facetMeasure(mesh, mesh.facets("interface")) : 0;
        MeshReport.InterfaceArea iface = new MeshReport.InterfaceArea(area, exact.interfaceArea(),
                area / m.boxVolume());
        MeshReport.Quality quality = new MeshReport.Quality(MeshChecks.worstQuality(mesh),
                MeshChecks.minScaledJacobian(mesh));
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.addAll(exact.notes());
        OptionalDouble voidVolume = exact.volumes().get(Phase.VOID);
        return new MeshReport(gmshVersion, mesh.nodeCount(), cells, volumes, m.boxVolume(), voidVolume,
                iface, quality, highOrder, times, allNotes);
    }

    /** Total area (length in 2D) of a facet group. */
    static double facetMeasure(Mesh mesh, FacetGroup g) {
        double sum = 0;
        for (int f = 0; f < g.count(); f++) {
            sum += MeshQuality.facetMeasure(g.type(), MeshQuality.facetCoords(mesh, g, f));
        }
        return sum;
    }
}
