package org.ssbfem.mesh.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.gmsh.GmshException;
import org.ssbfem.mesh.micro.Microstructure;
import org.ssbfem.mesh.micro.Particle;
import org.ssbfem.mesh.micro.Phase;

class FailureDiagnosisTest {
    private static final GmshException MESH_FAILED = new GmshException("gmshModelMeshGenerate(3)",
            "Invalid boundary mesh (overlapping facets) on surface 12 surface 40");

    private static Microstructure of(Particle... ps) {
        return new Microstructure(20e-6, 20e-6, 20e-6, 0, List.of(ps));
    }

    @Test
    void nearlyTouchingParticlesAreNamed() {
        Microstructure m = of(TestStructures.p(6, 10, 10, 3, Phase.CAM), TestStructures.p(14, 10, 10, 3, Phase.CAM),
                TestStructures.p(6, 10, 16.009, 3, Phase.CAM));
        RuntimeException e = FailureDiagnosis.diagnose(m, MeshOptions.of(2e-6, 1e-6, 1), MESH_FAILED);
        InputError ie = (InputError) e;
        assertEquals("microstructure.particles", ie.where());
        assertTrue(ie.getMessage().contains("particles 0 and 2 nearly touch (gap 0.3 % of radius)"), ie.getMessage());
        assertTrue(ie.getMessage().contains("overlapping facets"), "keeps Gmsh's message: " + ie.getMessage());
        assertSame(MESH_FAILED, ie.getCause());
    }

    @Test
    void particleNearlyTangentToAFaceIsNamed() {
        Microstructure m = of(TestStructures.p(10, 10, 3.01, 3, Phase.CBD));
        InputError ie = (InputError) FailureDiagnosis.diagnose(m, MeshOptions.of(2e-6, 1e-6, 1), MESH_FAILED);
        assertTrue(ie.getMessage().contains("particle 0 nearly touches the box face z = 0"), ie.getMessage());
    }

    @Test
    void tooCoarseASizeIsNamed() {
        Microstructure m = of(TestStructures.p(10, 10, 10, 1, Phase.CAM));
        InputError ie = (InputError) FailureDiagnosis.diagnose(m, MeshOptions.of(2e-6, 2e-6, 1), MESH_FAILED);
        assertEquals("mesh.size_um", ie.where());
        assertTrue(ie.getMessage().contains("too large for particles of radius 1.000 um"), ie.getMessage());
        InputError refined = (InputError) FailureDiagnosis.diagnose(m, MeshOptions.of(4e-6, 1.5e-6, 1), MESH_FAILED);
        assertEquals("mesh.min_size_um", refined.where());
    }

    @Test
    void otherFailuresKeepGmshsException() {
        Microstructure m = of(TestStructures.p(10, 10, 10, 3, Phase.CAM));
        assertSame(MESH_FAILED, FailureDiagnosis.diagnose(m, MeshOptions.of(1e-6, 0.5e-6, 1), MESH_FAILED));
        GmshException occ = new GmshException("gmshModelOccFragment", "boolean failed");
        assertSame(occ, FailureDiagnosis.diagnose(m, MeshOptions.of(4e-6, 4e-6, 1), occ));
    }

    @Test
    void badOptionsNameTheirParameter() {
        assertEquals("mesh.size_um", assertThrows(InputError.class, () -> MeshOptions.of(0, 0, 1)).where());
        assertEquals("mesh.min_size_um", assertThrows(InputError.class, () -> MeshOptions.of(1e-6, 2e-6, 1)).where());
        assertEquals("mesh.order", assertThrows(InputError.class, () -> MeshOptions.of(1e-6, 1e-6, 3)).where());
        assertEquals("mesh.threads",
                assertThrows(InputError.class, () -> new MeshOptions(1e-6, 1e-6, 1, true, false, 0)).where());
    }

    @Test
    void phasePairsNameTheirFacetGroup() {
        assertEquals("interface", BoundaryGroups.internalName(Phase.SE, Phase.CAM));
        assertEquals("cam_cbd", BoundaryGroups.internalName(Phase.CBD, Phase.CAM));
        assertEquals("cbd_se", BoundaryGroups.internalName(Phase.CBD, Phase.SE));
        assertEquals(null, BoundaryGroups.internalName(Phase.CAM, Phase.CAM));
    }
}
