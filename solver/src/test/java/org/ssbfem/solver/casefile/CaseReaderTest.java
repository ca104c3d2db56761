package org.ssbfem.solver.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssbfem.mesh.InputError;

class CaseReaderTest {
    @TempDir
    Path dir;

    private CaseNode read(String yaml) throws Exception {
        Path f = dir.resolve("case.yaml");
        Files.writeString(f, yaml);
        return CaseReader.read(f);
    }

    @Test
    void readsTypedValuesAndFillsDefaults() throws Exception {
        CaseNode root = read("study: mesh\nmesh:\n  size_um: 1.5\n  order: 2\n");
        CaseNode mesh = root.section("mesh");
        assertEquals(1.5, mesh.positive("size_um", 1.0));
        assertEquals(2, mesh.integer("order", 1));
        assertEquals(true, mesh.bool("optimize", true));
        root.text("study", null);
        root.rejectUnknownKeys();
        @SuppressWarnings("unchecked")
        Map<String, Object> plainMesh = (Map<String, Object>) ((Map<String, Object>) root.toPlain()).get("mesh");
        assertEquals(Boolean.TRUE, plainMesh.get("optimize"));
    }

    @Test
    void unknownKeyNamesLineAndValidKeys() throws Exception {
        CaseNode root = read("study: mesh\nmesh:\n  size_um: 1.5\n  size: 2\n");
        root.text("study", null);
        root.section("mesh").positive("size_um", 1);
        InputError e = assertThrows(InputError.class, root::rejectUnknownKeys);
        assertTrue(e.getMessage().contains("case.yaml:4"), e.getMessage());
        assertTrue(e.getMessage().contains("mesh.size"), e.getMessage());
        assertTrue(e.getMessage().contains("size_um"), e.getMessage());
    }

    @Test
    void badValuesAreReportedWithTheirLine() throws Exception {
        CaseNode root = read("mesh:\n  size_um: -1\n  order: two\n");
        CaseNode mesh = root.section("mesh");
        InputError neg = assertThrows(InputError.class, () -> mesh.positive("size_um", 1));
        assertTrue(neg.getMessage().startsWith(dir.resolve("case.yaml") + ":2"), neg.getMessage());
        InputError nan = assertThrows(InputError.class, () -> mesh.integer("order", 1));
        assertTrue(nan.getMessage().contains(":3") && nan.getMessage().contains("not a number"), nan.getMessage());
        InputError missing = assertThrows(InputError.class, () -> root.require("study"));
        assertTrue(missing.getMessage().contains("add 'study:'"), missing.getMessage());
    }

    @Test
    void invalidYamlAndChoicesAreExplained() throws Exception {
        InputError e = assertThrows(InputError.class, () -> read("a: [1, 2\nb: 3\n"));
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
        CaseNode root = read("lateral: twisted\n");
        InputError c = assertThrows(InputError.class, () -> root.choice("lateral", "cut", "cut", "periodic"));
        assertTrue(c.getMessage().contains("cut, periodic"), c.getMessage());
    }
}
