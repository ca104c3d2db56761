package org.ssbfem.mesh.gmsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GmshSessionTest {
    @Test
    void fragmentsABoxAndASphere() {
        double[] masses = Gmsh.session(s -> {
            int box = s.occ().addBox(0, 0, 0, 2, 2, 2);
            int ball = s.occ().addSphere(1, 1, 1, 0.5);
            BooleanResult r = s.occ().fragment(List.of(new DimTag(3, box)), List.of(new DimTag(3, ball)));
            s.occ().synchronize();
            assertEquals(2, r.out().size());
            assertEquals(2, r.map().size());
            assertEquals(1, r.map().get(1).size(), "the sphere stays one piece");
            double sphere = s.occ().getMass(r.map().get(1).get(0));
            double total = 0;
            for (DimTag v : s.getEntities(3)) {
                total += s.occ().getMass(v);
            }
            return new double[] {sphere, total};
        });
        assertEquals(4.0 / 3 * Math.PI * 0.125, masses[0], 1e-9);
        assertEquals(8.0, masses[1], 1e-9);
    }

    @Test
    void cutAndIntersectOfABoxAndACylinder() {
        double[] v = Gmsh.session(s -> {
            int a = s.occ().addBox(0, 0, 0, 1, 1, 1);
            int c = s.occ().addCylinder(0.5, 0.5, -1, 0, 0, 3, 0.25);
            BooleanResult inter = s.occ().intersect(List.of(new DimTag(3, a)), List.of(new DimTag(3, c)));
            double vi = s.occ().getMass(inter.out().get(0));
            int b = s.occ().addBox(0, 0, 0, 1, 1, 1);
            int d = s.occ().addCylinder(0.5, 0.5, -1, 0, 0, 3, 0.25);
            BooleanResult cut = s.occ().cut(List.of(new DimTag(3, b)), List.of(new DimTag(3, d)));
            return new double[] {vi, s.occ().getMass(cut.out().get(0))};
        });
        assertEquals(Math.PI * 0.0625, v[0], 1e-9);
        assertEquals(1 - Math.PI * 0.0625, v[1], 1e-9);
    }

    @Test
    void invalidCallsCarryGmshsMessage() {
        GmshException e = assertThrows(GmshException.class, () -> Gmsh.run(s -> {
            int box = s.occ().addBox(0, 0, 0, 1, 1, 1);
            s.occ().fragment(List.of(new DimTag(3, box)), List.of(new DimTag(3, 99)));
        }));
        assertTrue(e.getMessage().contains("Unknown OpenCASCADE entity of dimension 3 with tag 99"),
                e.getMessage());
        assertEquals("gmshModelOccFragment", e.function());
        GmshException opt = assertThrows(GmshException.class, () -> Gmsh.run(s -> s.setNumber("Mesh.NoSuchOption", 1)));
        assertTrue(opt.gmshMessage().contains("Mesh.NoSuchOption"), opt.getMessage());
    }

    @Test
    void physicalGroupOnAMissingEntityIsRefused() {
        GmshException e = assertThrows(GmshException.class, () -> Gmsh.run(s -> {
            s.occ().addBox(0, 0, 0, 1, 1, 1);
            s.occ().synchronize();
            s.addPhysicalGroup(3, new int[] {1, 7}, "cam");
        }));
        assertTrue(e.getMessage().contains("no entity of dimension 3 with tag 7"), e.getMessage());
    }

    @Test
    void namedPhysicalGroupsRoundTrip() {
        List<PhysicalGroup> groups = Gmsh.session(s -> {
            int box = s.occ().addBox(0, 0, 0, 1, 1, 1);
            s.occ().synchronize();
            s.addPhysicalGroup(3, new int[] {box}, "se");
            int[] faces = s.getBoundary(List.of(new DimTag(3, box)), false, false, false).stream()
                    .mapToInt(DimTag::tag).toArray();
            assertEquals(6, faces.length);
            s.addPhysicalGroup(2, faces, "walls");
            return s.getPhysicalGroups(-1);
        });
        assertEquals(List.of(new PhysicalGroup(2, 2, "walls"), new PhysicalGroup(3, 1, "se")), groups);
    }

    @Test
    void meshesAndReadsNodesAndElements(@TempDir Path dir) throws Exception {
        Path msh = dir.resolve("cube.msh");
        int[] counts = Gmsh.session(s -> {
            s.occ().addBox(0, 0, 0, 1, 1, 1);
            s.occ().synchronize();
            s.setNumber("Mesh.MeshSizeMax", 0.5);
            s.mesh().generate(3);
            s.mesh().setOrder(2);
            s.mesh().optimize(OptimizeMethod.HIGH_ORDER, false, 1);
            NodeSet nodes = s.mesh().getNodes();
            List<ElementBlock> blocks = s.mesh().getElements(3, 1);
            ElementBlock tets = s.mesh().getElementsByType(11, -1);
            BoundingBox bb = s.getBoundingBox(-1, -1);
            assertEquals(1.0, bb.xmax(), 1e-6);
            s.write(msh);
            return new int[] {nodes.size(), blocks.size(), blocks.get(0).type(), tets.size(),
                tets.nodesPerElement(), blocks.get(0).size()};
        });
        assertTrue(counts[0] > 27, "nodes " + counts[0]);
        assertEquals(1, counts[1]);
        assertEquals(11, counts[2]);
        assertEquals(10, counts[4]);
        assertEquals(counts[3], counts[5]);
        assertTrue(Files.readString(msh).startsWith("$MeshFormat"));
    }

    @Test
    void sizeFieldsRefineNearASurface() {
        int coarse = nodesAroundSphere(false);
        int fine = nodesAroundSphere(true);
        assertTrue(fine > 3 * coarse, "refined " + fine + " vs plain " + coarse);
    }

    private static int nodesAroundSphere(boolean refine) {
        return Gmsh.session(s -> {
            int box = s.occ().addBox(0, 0, 0, 4, 4, 4);
            int ball = s.occ().addSphere(2, 2, 2, 1);
            s.occ().fragment(List.of(new DimTag(3, box)), List.of(new DimTag(3, ball)));
            s.occ().synchronize();
            s.setNumber("Mesh.MeshSizeMax", 1.0);
            if (refine) {
                int[] surfaces = s.getEntities(2).stream().mapToInt(DimTag::tag).toArray();
                int d = s.fields().distance(surfaces, new int[0], 40);
                int t = s.fields().threshold(d, 0.2, 1.0, 0.1, 1.0);
                s.fields().setAsBackgroundMesh(s.fields().min(t));
                s.setNumber("Mesh.MeshSizeExtendFromBoundary", 0);
                s.setNumber("Mesh.MeshSizeFromPoints", 0);
            }
            s.mesh().generate(3);
            return s.mesh().getNodes().size();
        });
    }

    @Test
    void twoDimensionalDiskInRectangle() {
        double[] r = Gmsh.session(s -> {
            int rect = s.occ().addRectangle(0, 0, 0, 3, 2);
            int disk = s.occ().addDisk(1, 1, 0, 0.5, 0.5);
            BooleanResult f = s.occ().fragment(List.of(new DimTag(2, rect)), List.of(new DimTag(2, disk)));
            s.occ().synchronize();
            s.setNumber("Mesh.MeshSizeMax", 0.3);
            s.mesh().generate(2);
            return new double[] {s.occ().getMass(f.map().get(1).get(0)), s.getEntities(2).size(),
                s.mesh().getElementsByType(2, -1).size()};
        });
        assertEquals(Math.PI * 0.25, r[0], 1e-9);
        assertEquals(2, r[1]);
        assertTrue(r[2] > 50, "triangles " + r[2]);
    }

    @Test
    void sessionObjectIsRefusedOutsideItsBodyAndOnOtherThreads() throws Exception {
        AtomicReference<GmshSession> escaped = new AtomicReference<>();
        AtomicReference<Throwable> fromOtherThread = new AtomicReference<>();
        Gmsh.run(s -> {
            escaped.set(s);
            Thread t = new Thread(() -> {
                try {
                    s.occ().addBox(0, 0, 0, 1, 1, 1);
                } catch (Throwable e) {
                    fromOtherThread.set(e);
                }
            });
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(fromOtherThread.get() instanceof IllegalStateException, String.valueOf(fromOtherThread.get()));
        assertThrows(IllegalStateException.class, () -> escaped.get().occ().addBox(0, 0, 0, 1, 1, 1));
        assertThrows(IllegalStateException.class, () -> Gmsh.run(s -> Gmsh.run(inner -> { })));
    }

    @Test
    void anErrorDoesNotLeakIntoTheNextSession() {
        assertThrows(GmshException.class, () -> Gmsh.run(s -> s.occ().remove(List.of(new DimTag(3, 5)), true)));
        int tets = Gmsh.session(s -> {
            s.occ().addBox(0, 0, 0, 1, 1, 1);
            s.occ().synchronize();
            s.setNumber("Mesh.MeshSizeMax", 0.5);
            s.mesh().generate(3);
            s.mesh().setOrder(2);
            return s.mesh().getElementsByType(11, -1).size();
        });
        assertTrue(tets > 0, "setOrder(2) ran after an earlier session's error");
    }
}
