package org.ssbfem.solver.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.InputError;

class LinearSolverOptionsTest {
    @Test
    void parsesCaseFileValues() {
        LinearSolverOptions o = LinearSolverOptions.fromMap(Map.of("method", "BiCGstab", "preconditioner", "jacobi",
                "rtol", "1e-8", "atol", 1e-20, "max_iterations", 300, "gmres_restart", "30", "equilibrate", false));
        assertEquals(new LinearSolverOptions(SolverMethod.BICGSTAB, PreconditionerType.JACOBI, 1e-8, 1e-20, 300, 30, false), o);
        assertEquals(LinearSolverOptions.defaults(), LinearSolverOptions.fromMap(Map.of()));
    }

    @Test
    void unknownMethodListsTheValidNames() {
        InputError e = assertThrows(InputError.class, () -> LinearSolverOptions.fromMap(Map.of("method", "amg")));
        assertEquals("solver.linear.method", e.where());
        assertTrue(e.getMessage().contains("cg, gmres, bicgstab, direct"), e.getMessage());
    }

    @Test
    void unknownPreconditionerListsTheValidNames() {
        InputError e = assertThrows(InputError.class, () -> LinearSolverOptions.fromMap(Map.of("preconditioner", "ilut")));
        assertEquals("solver.linear.preconditioner", e.where());
        assertTrue(e.getMessage().contains("none, jacobi, ilu0"), e.getMessage());
    }

    @Test
    void badValuesNameTheParameter() {
        assertEquals("solver.linear.rtol",
                assertThrows(InputError.class, () -> LinearSolverOptions.fromMap(Map.of("rtol", "small"))).where());
        assertEquals("solver.linear.rtol",
                assertThrows(InputError.class, () -> LinearSolverOptions.fromMap(Map.of("rtol", 2))).where());
        assertEquals("solver.linear.max_iterations",
                assertThrows(InputError.class, () -> LinearSolverOptions.fromMap(Map.of("max_iterations", 0))).where());
        assertEquals("solver.linear.equilibrate",
                assertThrows(InputError.class, () -> LinearSolverOptions.fromMap(Map.of("equilibrate", "yes"))).where());
        InputError e = assertThrows(InputError.class, () -> LinearSolverOptions.fromMap(Map.of("tolerance", 1e-3)));
        assertTrue(e.getMessage().contains("method, preconditioner, rtol"), e.getMessage());
    }

    @Test
    void factoryBuildsWhatTheOptionsSay() {
        LinearSolverOptions o = LinearSolverOptions.of(SolverMethod.GMRES, PreconditionerType.ILU0).withGmresRestart(20);
        assertEquals("GMRES(20) + ILU(0), rtol 1.0E-10, equilibrated", LinearSolvers.create(o).describe());
        assertEquals("CG + Jacobi, rtol 1.0E-10",
                LinearSolvers.create(o.withMethod(SolverMethod.CG).withPreconditioner(PreconditionerType.JACOBI)
                        .withEquilibrate(false)).describe());
        assertTrue(LinearSolvers.create(o.withMethod(SolverMethod.DIRECT)) instanceof DirectSolver);
        assertFalse(SolverMethod.DIRECT.iterative());
    }
}
