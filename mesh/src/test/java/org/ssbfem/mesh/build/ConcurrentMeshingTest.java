package org.ssbfem.mesh.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.micro.Microstructure;

/** Two threads mesh at once; Gmsh's global lock serializes them and both meshes come out right. */
class ConcurrentMeshingTest {
    @Test
    void twoThreadsGetTheSameMeshAsOneThread() throws Exception {
        Microstructure m = TestStructures.box3d();
        MeshOptions o = MeshOptions.of(4e-6, 2e-6, 1);
        MeshResult reference = MicrostructureMesher.mesh(m, o);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<MeshResult>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                futures.add(pool.submit(() -> MicrostructureMesher.mesh(m, o)));
            }
            for (Future<MeshResult> f : futures) {
                MeshResult r = f.get();
                assertEquals(reference.mesh().nodeCount(), r.mesh().nodeCount());
                assertArrayEquals(reference.mesh().cells(), r.mesh().cells());
                assertArrayEquals(reference.mesh().coords(), r.mesh().coords(), 0.0);
                assertEquals(reference.report().meshVolumeM3(), r.report().meshVolumeM3(), 0.0);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
