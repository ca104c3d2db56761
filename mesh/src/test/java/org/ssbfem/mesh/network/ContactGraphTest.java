package org.ssbfem.mesh.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.micro.Microstructure;
import org.ssbfem.mesh.micro.Particle;
import org.ssbfem.mesh.micro.Phase;

class ContactGraphTest {
    private static final Logger LOG = LoggerFactory.getLogger(ContactGraphTest.class);

    @Test
    void chainToTheCollectorAndAnIsolatedParticle() {
        List<Particle> ps = List.of(
                new Particle(4e-6, 5e-6, 5e-6, 1.2e-6, Phase.CAM),
                new Particle(6e-6, 5e-6, 5e-6, 1.2e-6, Phase.CAM),
                new Particle(8e-6, 5e-6, 5e-6, 1.2e-6, Phase.CBD),
                new Particle(9.5e-6, 5e-6, 5e-6, 1.0e-6, Phase.CAM),
                new Particle(4e-6, 1.5e-6, 1.5e-6, 1.0e-6, Phase.CAM),
                new Particle(2e-6, 8e-6, 8e-6, 1.0e-6, Phase.VOID));
        ContactGraph g = ContactGraph.of(new Microstructure(10e-6, 10e-6, 10e-6, 1e-6, ps));
        assertEquals(2, g.clusters());
        assertEquals(4, g.camCount());
        assertEquals(3, g.camConnected(), "the chain reaches x = Lx through the CBD particle");
        assertEquals(-1, g.clusterOfParticle()[5]);
        assertFalse(g.spans());
    }

    /**
     * Overlapping (Poisson) spheres percolate at the volume fraction phi_c = 0.2896 (Lorenz and
     * Ziff, J. Chem. Phys. 114, 3659, 2001; eta_c = 0.3418). Per seed, the smallest number of
     * spheres for which a cluster crosses the box in x is found by bisection (crossing is monotone
     * in the number of spheres); the mean over seeds must lie within its spread (plus the
     * finite-size shift of an L = 40 r box) of phi_c.
     */
    @Test
    void overlappingSpheresPercolateNearTheContinuumThreshold() {
        double r = 1e-6;
        double box = 40 * r;
        int seeds = 16;
        double sum = 0;
        double sum2 = 0;
        for (int s = 0; s < seeds; s++) {
            double phi = threshold(new SplittableRandom(100 + s), r, box);
            sum += phi;
            sum2 += phi * phi;
        }
        double mean = sum / seeds;
        double sd = Math.sqrt(Math.max(0, sum2 / seeds - mean * mean));
        LOG.info("overlapping spheres, L = 40 r, {} seeds: phi_c = {} +- {} (sd), Lorenz-Ziff 0.2896", seeds, mean, sd);
        assertEquals(0.2896, mean, Math.max(3 * sd / Math.sqrt(seeds), 0.01) + 0.01,
                "mean " + mean + " sd " + sd);
        assertTrue(sd < 0.05, "spread " + sd);
    }

    private static double threshold(SplittableRandom rnd, double r, double box) {
        int max = (int) (0.6 * box * box * box / (4.0 / 3 * Math.PI * r * r * r));
        List<Particle> all = new ArrayList<>();
        for (int a = 0; a < max; a++) {
            all.add(new Particle(rnd.nextDouble() * box, rnd.nextDouble() * box, rnd.nextDouble() * box, r, Phase.CAM));
        }
        int lo = 1;
        int hi = max;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            boolean spans = ContactGraph.of(new Microstructure(box, box, box, 0, all.subList(0, mid))).spans();
            if (spans) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        double eta = hi * 4.0 / 3 * Math.PI * r * r * r / (box * box * box);
        return 1 - Math.exp(-eta);
    }
}
