package org.ssbfem.solver.study.conductivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ssbfem.mesh.InputError;
import org.ssbfem.solver.casefile.CaseNode;
import org.ssbfem.solver.casefile.CaseReader;
import org.ssbfem.solver.linalg.PreconditionerType;
import org.ssbfem.solver.linalg.SolverMethod;

/** Reading {@code conductivity:}: defaults written back, bad values refused at their file line. */
class ConductivitySettingsTest {
    @TempDir
    Path dir;

    private CaseNode section(String yaml) throws Exception {
        Path f = dir.resolve("case.yaml");
        Files.writeString(f, "study: conductivity\nconductivity:\n" + yaml);
        return CaseReader.read(f).section("conductivity");
    }

    @Test
    void defaultsAreFilledInAndWrittenBack() throws Exception {
        CaseNode c = section("  transports: [composite, ionic]\n");
        ConductivitySettings s = ConductivitySettings.read(c);
        assertEquals(List.of(Transport.COMPOSITE, Transport.IONIC), s.transports());
        assertEquals(List.of(Axis.X), s.directions());
        assertEquals(Conductivities.defaults(), s.sigma());
        assertEquals(1, s.degree());
        assertEquals(1.0, s.appliedV());
        assertEquals(SolverMethod.CG, s.solver().mtj().method());
        assertEquals(PreconditionerType.JACOBI, s.solver().mtj().preconditioner());
        assertEquals(1e-10, s.solver().mtj().rtol());
        assertTrue(s.vtu());
        @SuppressWarnings("unchecked")
        Map<String, Object> plain = (Map<String, Object>) c.toPlain();
        assertEquals(0.24, plain.get("sigma_se_S_per_m"));
        assertEquals("jacobi", ((Map<?, ?>) plain.get("solver")).get("preconditioner"));
        c.rejectUnknownKeys();
    }

    @Test
    void scalarDirectionAndSolverOptionsAreRead() throws Exception {
        ConductivitySettings s = ConductivitySettings.read(section(
                "  directions: z\n  degree: 2\n  applied_V: 0.1\n  solver: {method: gmres, preconditioner: ilu0, rtol: 1e-6}\n"));
        assertEquals(List.of(Axis.Z), s.directions());
        assertEquals(2, s.degree());
        assertEquals(0.1, s.appliedV());
        assertEquals(SolverMethod.GMRES, s.solver().mtj().method());
        assertEquals(1e-6, s.solver().mtj().rtol());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "  transports: [ionic, solid]|case.yaml:3|unknown value 'solid'",
        "  directions: [x, x]|case.yaml:3|listed twice",
        "  degree: 3|case.yaml:3|degree 3 is not supported",
        "  sigma_cam_S_per_m: -1|case.yaml:3|must be positive",
        "  applied_V: 0|case.yaml:3|must be positive",
        "  solver:\\n    method: qmr|case.yaml:4|unknown linear solver method 'qmr'",
        "  solver:\\n    backend: trilinos|case.yaml:4|unknown value 'trilinos'"})
    void badValuesAreRefusedWhereTheyAre(String yaml, String where, String problem) throws Exception {
        InputError e = assertThrows(InputError.class, () -> ConductivitySettings.read(section(yaml.replace("\\n", "\n") + "\n")));
        assertTrue(e.where().contains(where), e.getMessage());
        assertTrue(e.problem().contains(problem), e.getMessage());
    }
}
