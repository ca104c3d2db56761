package org.ssbfem.mesh.gmsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class GmshAbiTest {
    private static final Set<String> COMMON = Set.of("gmshInitialize", "gmshFinalize", "gmshFree",
            "gmshModelAddPhysicalGroup", "gmshModelOccAddDisk");

    private static GmshAbi abiOf(String... extra) {
        Set<String> symbols = new java.util.HashSet<>(COMMON);
        symbols.addAll(Set.of(extra));
        return GmshAbi.fromSymbols(symbols::contains);
    }

    @Test
    void gmsh48HasTheOldSignatures() {
        GmshAbi abi = abiOf();
        assertEquals(GmshAbi.V4_8, abi);
        assertFalse(abi.initializeHasRun());
        assertFalse(abi.physicalGroupHasName());
        assertFalse(abi.diskHasAxes());
        assertEquals("NumPointsPerCurve", abi.distanceSamplingOption());
        assertEquals("4.8", abi.family());
    }

    @Test
    void gmsh49AddsRunToInitialize() {
        GmshAbi abi = abiOf("gmshModelSetTag", "gmshModelMeshGetMaxNodeTag");
        assertEquals(GmshAbi.V4_9, abi);
        assertTrue(abi.initializeHasRun());
        assertFalse(abi.physicalGroupHasName());
        assertFalse(abi.diskHasAxes());
        assertEquals("Sampling", abi.distanceSamplingOption());
        assertEquals(GmshAbi.V4_9, abiOf("gmshModelMeshGetMaxNodeTag"));
    }

    @Test
    void gmsh410AndLaterAddNames() {
        GmshAbi abi = abiOf("gmshModelSetTag", "gmshModelMeshGetMaxNodeTag",
                "gmshModelMeshGetElementQualities", "gmshModelGeoAddGeometry");
        assertEquals(GmshAbi.V4_10, abi);
        assertTrue(abi.initializeHasRun());
        assertTrue(abi.physicalGroupHasName());
        assertTrue(abi.diskHasAxes());
        assertEquals("4.10+", abi.family());
        // one marker is enough (a build may lack optional modules)
        assertEquals(GmshAbi.V4_10, abiOf("gmshModelGeoAddGeometry"));
    }

    @Test
    void installedLibraryIsDetected() {
        String version = Gmsh.session(GmshSession::version);
        GmshAbi abi = Gmsh.abi();
        String[] parts = version.split("\\.");
        int minor = Integer.parseInt(parts[1]);
        assertEquals("4", parts[0], version);
        assertEquals(minor >= 10 ? GmshAbi.V4_10 : minor == 9 ? GmshAbi.V4_9 : GmshAbi.V4_8, abi,
                "library " + version);
    }
}
