package org.ssbfem.solver.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.verify.UnitMesh;

class FunctionSpaceTest {
    private static Mesh twoRegions(int dim, int order) {
        return (dim == 2 ? UnitMesh.square(4) : UnitMesh.cube(4)).order(order)
                .regions(List.of("cam", "se"), c -> c[0] < 0.5 ? 0 : 1).build();
    }

    @Test
    void countsP1AndP2Dofs() {
        assertEquals(25, FunctionSpace.everywhere(UnitMesh.square(4).build(), 1).dofCount());
        assertEquals(81, FunctionSpace.everywhere(UnitMesh.square(4).order(2).build(), 2).dofCount());
        assertEquals(25, FunctionSpace.everywhere(UnitMesh.square(4).order(2).build(), 1).dofCount());
        assertEquals(125, FunctionSpace.everywhere(UnitMesh.cube(2).order(2).build(), 2).dofCount());
        assertEquals(10, FunctionSpace.everywhere(UnitMesh.cube(2).order(2).build(), 2).dofsPerCell());
    }

    @Test
    void regionSpacesDuplicateInterfaceDofs() {
        for (int dim = 2; dim <= 3; dim++) {
            for (int p = 1; p <= 2; p++) {
                Mesh mesh = twoRegions(dim, 2);
                FunctionSpace cam = FunctionSpace.on(mesh, p, "cam");
                FunctionSpace se = FunctionSpace.on(mesh, p, "se");
                FunctionSpace all = FunctionSpace.everywhere(mesh, p);
                int interfaceNodes = cam.dofsOnFacets("interface").length;
                assertEquals(interfaceNodes, se.dofsOnFacets("interface").length);
                int side = 4 * p + 1;
                assertEquals(dim == 2 ? side : side * side, interfaceNodes);
                assertEquals(all.dofCount() + interfaceNodes, cam.dofCount() + se.dofCount());
                FieldLayout layout = FieldLayout.builder().add("phi_s", cam).add("phi_e", se).build();
                int node = cam.nodeOfDof(cam.dofsOnFacets("interface")[0]);
                assertNotEquals(layout.offset(0) + cam.dofOfNode(node), layout.offset(1) + se.dofOfNode(node));
            }
        }
    }

    @Test
    void regionsSharingASpaceShareDofs() {
        Mesh mesh = twoRegions(3, 1);
        assertEquals(125, FunctionSpace.on(mesh, 1, "cam", "se").dofCount());
    }

    @Test
    void p2OnAFirstOrderMeshAsksForMeshOrder2() {
        Mesh mesh = twoRegions(2, 1);
        InputError e = assertThrows(InputError.class, () -> FunctionSpace.on(mesh, 2, "cam"));
        assertEquals("mesh.order", e.where());
        assertTrue(e.getMessage().contains("mesh.order: 2"), e.getMessage());
    }

    @Test
    void unknownRegionAndDegreeAreInputErrors() {
        Mesh mesh = twoRegions(2, 1);
        InputError e = assertThrows(InputError.class, () -> FunctionSpace.on(mesh, 1, "cbd"));
        assertTrue(e.getMessage().contains("[cam, se]"), e.getMessage());
        assertThrows(InputError.class, () -> FunctionSpace.on(mesh, 3, "cam"));
        FieldLayout layout = FieldLayout.of("phi_e", FunctionSpace.on(mesh, 1, "se"));
        InputError f = assertThrows(InputError.class, () -> layout.field("c"));
        assertTrue(f.getMessage().contains("[phi_e]"), f.getMessage());
    }

    @Test
    void integralsOfInterpolatedFunctionsAreExact() {
        Mesh mesh = UnitMesh.cube(3).order(2).perturb(0.2, 4).build();
        FunctionSpace s = FunctionSpace.everywhere(mesh, 2);
        double[] u = new double[s.dofCount()];
        for (int d = 0; d < u.length; d++) {
            double x = s.dofCoord(d, 0);
            double y = s.dofCoord(d, 1);
            u[d] = x * x + 2 * x * y + 1;
        }
        assertEquals(1.0 / 3 + 0.5 + 1, Integrals.integral(s, u), 1e-13);
        assertEquals(0.0, Integrals.errorL2(s, u, (x, y, z, t) -> x * x + 2 * x * y + 1), 1e-13);
        assertEquals(0.0, Integrals.errorH1(s, u, (x, y, z, t, g) -> {
            g[0] = 2 * x + 2 * y;
            g[1] = 2 * x;
            g[2] = 0;
        }), 1e-12);
        assertEquals(-1.0, Integrals.normalFlux(s, u, "left"), 1e-13);
    }
}
