package org.ssbfem.mesh.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.micro.Microstructure;
import org.ssbfem.mesh.micro.Particle;
import org.ssbfem.mesh.micro.Phase;

class AnalyticGeometryTest {
    private static Microstructure box(double lz, Particle... ps) {
        return new Microstructure(10, 10, lz, 0, List.of(ps));
    }

    @Test
    void sphereHalvedByAFace() {
        AnalyticGeometry.Result r = AnalyticGeometry.of(box(10, new Particle(5, 0, 5, 2, Phase.CAM)));
        assertEquals(2.0 / 3 * Math.PI * 8, r.volumes().get(Phase.CAM).getAsDouble(), 1e-12);
        assertEquals(2 * Math.PI * 4, r.interfaceArea().getAsDouble(), 1e-12);
        assertEquals(1000 - 2.0 / 3 * Math.PI * 8, r.volumes().get(Phase.SE).getAsDouble(), 1e-9);
    }

    @Test
    void discCapMatchesNumericalIntegration() {
        double r = 2;
        double h = 0.7; // centre 0.7 inside the face x = 0
        AnalyticGeometry.Result g = AnalyticGeometry.of(box(0, new Particle(h, 5, 0, r, Phase.CBD)));
        int n = 200000;
        double inside = 0;
        for (int i = 0; i < n; i++) {
            double x = -r + 2 * r * (i + 0.5) / n;
            inside += x >= -h ? 2 * Math.sqrt(r * r - x * x) * 2 * r / n : 0;
        }
        assertEquals(inside, g.volumes().get(Phase.CBD).getAsDouble(), 1e-6);
        assertFalse(g.interfaceArea().isEmpty());
        assertEquals(0.0, g.interfaceArea().getAsDouble());
    }

    @Test
    void overlappingSpheresOfOnePhaseLoseTheirLens() {
        double r = 1.5;
        double d = 2;
        AnalyticGeometry.Result g = AnalyticGeometry.of(box(10, new Particle(4, 5, 5, r, Phase.CAM),
                new Particle(4 + d, 5, 5, r, Phase.CAM)));
        double lens = Math.PI * (4 * r + d) * (2 * r - d) * (2 * r - d) / 12;
        assertEquals(2 * 4.0 / 3 * Math.PI * r * r * r - lens, g.volumes().get(Phase.CAM).getAsDouble(), 1e-12);
        double capArea = 2 * Math.PI * r * (r - d / 2);
        assertEquals(2 * (4 * Math.PI * r * r - capArea), g.interfaceArea().getAsDouble(), 1e-12);
        assertTrue(g.notes().stream().anyMatch(s -> s.contains("1 pair(s)")));
    }

    @Test
    void overlapsAcrossPhasesHaveNoExactValue() {
        AnalyticGeometry.Result g = AnalyticGeometry.of(box(10, new Particle(4, 5, 5, 1.5, Phase.CAM),
                new Particle(6, 5, 5, 1.5, Phase.VOID)));
        assertTrue(g.volumes().get(Phase.CAM).isEmpty());
        assertTrue(g.volumes().get(Phase.VOID).isEmpty());
        assertTrue(g.volumes().get(Phase.SE).isEmpty());
        assertTrue(g.interfaceArea().isEmpty());
        assertTrue(g.notes().stream().anyMatch(s -> s.contains("different phases")), g.notes().toString());
    }

    @Test
    void capsMeetingAtABoxEdgeHaveNoExactValue() {
        AnalyticGeometry.Result g = AnalyticGeometry.of(box(10, new Particle(0.5, 0.5, 5, 2, Phase.CAM)));
        assertTrue(g.volumes().get(Phase.CAM).isEmpty());
        assertTrue(g.notes().stream().anyMatch(s -> s.contains("near an edge")), g.notes().toString());
    }
}
