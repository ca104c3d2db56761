package org.ssbfem.post.vtk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssbfem.mesh.Mesh;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PvdWriterTest {
    @TempDir
    Path dir;

    /** Parses the collection as XML and returns "time|part|file" per data set. */
    private static List<String> listed(Path pvd) throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pvd.toFile());
        assertEquals("Collection", doc.getDocumentElement().getAttribute("type"));
        NodeList sets = doc.getElementsByTagName("DataSet");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sets.getLength(); i++) {
            Element e = (Element) sets.item(i);
            out.add(e.getAttribute("timestep") + "|" + e.getAttribute("part") + "|" + e.getAttribute("file"));
        }
        return out;
    }

    @Test
    void fileIsValidAfterEveryStep() throws Exception {
        Mesh m = TestGrids.square(2, 1);
        Path pvd = dir.resolve("run.pvd");
        PvdWriter writer = new PvdWriter(pvd);
        assertEquals(List.of(), listed(pvd), "valid and empty before the first step");
        for (int step = 0; step < 3; step++) {
            Path vtu = dir.resolve("vtu").resolve("cell_" + step + ".vtu");
            VtuWriter.of(m).time(step * 0.5).write(vtu);
            writer.add(step * 0.5, vtu);
            Path surface = dir.resolve("vtu").resolve("iface_" + step + ".vtu");
            VtuWriter.ofFacets(m, "interface").write(surface);
            writer.add(step * 0.5, 1, surface);
            assertEquals(2 * (step + 1), listed(pvd).size(), "an interrupted run still lists every step");
        }
        assertEquals(List.of("0.0|0|vtu/cell_0.vtu", "0.0|1|vtu/iface_0.vtu", "0.5|0|vtu/cell_1.vtu",
                "0.5|1|vtu/iface_1.vtu", "1.0|0|vtu/cell_2.vtu", "1.0|1|vtu/iface_2.vtu"), listed(pvd));
        assertEquals(6, writer.entries().size());
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void filesOutsideTheFolderAreAbsoluteAndBadTimesRefused() throws Exception {
        Path pvd = dir.resolve("out").resolve("run.pvd");
        PvdWriter writer = new PvdWriter(pvd);
        Path elsewhere = dir.resolve("other.vtu");
        writer.add(1e-3, elsewhere);
        assertEquals(List.of("0.001|0|" + elsewhere.toAbsolutePath()), listed(pvd));
        assertThrows(IllegalArgumentException.class, () -> writer.add(Double.NaN, elsewhere));
        assertThrows(IllegalArgumentException.class, () -> writer.add(1, -1, elsewhere));
        assertEquals(1, listed(pvd).size());
    }

    /** This VTK build has no .pvd reader: resolve the listed names as ParaView does, read each. */
    @Test
    void listedFilesResolveAndReadWithVtk() throws Exception {
        VtkPythonCheck.assumeAvailable();
        Mesh m = TestGrids.box(2, 2);
        Path pvd = dir.resolve("series.pvd");
        PvdWriter writer = new PvdWriter(pvd);
        for (int step = 0; step < 2; step++) {
            Path vtu = dir.resolve("steps").resolve("s" + step + ".vtu");
            VtuWriter.of(m).pointData("phi_V", new double[m.nodeCount()]).time(step).write(vtu);
            writer.add(step, vtu);
        }
        for (String entry : listed(pvd)) {
            Path file = pvd.getParent().resolve(entry.split("\\|")[2]);
            VtkPythonCheck.Result r = VtkPythonCheck.check(file, Map.of("phi_V", 1), Map.of());
            assertTrue(r.ok(), r.output());
            assertEquals(m.cellCount(), r.cells());
        }
    }
}
