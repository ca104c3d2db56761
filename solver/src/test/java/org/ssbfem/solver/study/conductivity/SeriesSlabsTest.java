package org.ssbfem.solver.study.conductivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.linalg.petsc.KspType;
import org.ssbfem.solver.linalg.petsc.PcType;
import org.ssbfem.solver.linalg.petsc.PetscLinearSolver;
import org.ssbfem.solver.linalg.petsc.PetscOptions;
import org.ssbfem.solver.verify.UnitMesh;

/**
 * Two slabs of SE and CAM, each half of the unit cube, with the interface at x = 1/2 on a mesh
 * plane: the exact potential is piecewise linear, which P1 and P2 represent exactly, so the
 * effective conductivity equals the series (harmonic) mean across the layers (direction x) and the
 * parallel (arithmetic) mean along them (y, z) to rounding, also on a mesh with randomly moved
 * interior vertices.
 */
class SeriesSlabsTest {
    private static final Conductivities SIGMA = new Conductivities(0.3, 2e-3, 1.0);

    static Mesh slabs(int n, int order, double perturbation) {
        return UnitMesh.cube(n).order(order).perturb(perturbation, 7).keepPlaneX(0.5)
                .regions(List.of("se", "cam"), c -> c[0] < 0.5 ? 0 : 1).build();
    }

    @ParameterizedTest(name = "P{0} on order-{1} mesh, perturbation {2}")
    @CsvSource({"1, 1, 0.0", "1, 1, 0.25", "2, 2, 0.0", "2, 2, 0.2", "1, 2, 0.2"})
    void compositeGivesHarmonicAcrossAndArithmeticAlong(int degree, int order, double perturbation) {
        MeshMeasures m = MeshMeasures.of(slabs(4, order, perturbation));
        assertEquals(1.0, m.interfaceArea().getAsDouble(), 1e-12, "the interface is the plane x = 1/2");
        assertEquals(1.0, m.boxVolume(), 1e-15);
        ConductivitySettings s = ConductivitySettings.of(Transport.COMPOSITE, SIGMA).withDegree(degree)
                .withDirections(Axis.X, Axis.Y, Axis.Z);
        TransportResult r = ConductivitySolver.solve(m, Transport.COMPOSITE, s);
        double harmonic = 1 / (0.5 / SIGMA.seSPerM() + 0.5 / SIGMA.camSPerM());
        double arithmetic = 0.5 * (SIGMA.seSPerM() + SIGMA.camSPerM());
        assertEquals(harmonic, r.directions().get(0).sigmaEffSPerM(), 1e-9 * harmonic);
        assertEquals(arithmetic, r.directions().get(1).sigmaEffSPerM(), 1e-9 * arithmetic);
        assertEquals(arithmetic, r.directions().get(2).sigmaEffSPerM(), 1e-9 * arithmetic);
        for (DirectionResult d : r.directions()) {
            assertTrue(d.imbalance() < 1e-9, "imbalance " + d.imbalance());
            assertEquals(d.sigmaEffSPerM(), d.sigmaEnergySPerM(), 1e-8 * d.sigmaEffSPerM());
        }
    }

    @Test
    void petscBoomerAmgGivesTheSameExactValue() {
        assumeTrue(PetscLinearSolver.isAvailable(), "PETSc not installed");
        MeshMeasures m = MeshMeasures.of(slabs(4, 2, 0.2));
        SolverChoice petsc = SolverChoice.petsc(PetscOptions.of(KspType.CG, PcType.BOOMERAMG)
                .withExtraOptions(SolverChoice.HYPRE_3D_OPTIONS).withTolerances(1e-12, 0));
        ConductivitySettings s = ConductivitySettings.of(Transport.COMPOSITE, SIGMA).withDegree(2)
                .withDirections(Axis.X, Axis.Z).withSolver(petsc);
        TransportResult r = ConductivitySolver.solve(m, Transport.COMPOSITE, s);
        double harmonic = 1 / (0.5 / SIGMA.seSPerM() + 0.5 / SIGMA.camSPerM());
        assertEquals(harmonic, r.directions().get(0).sigmaEffSPerM(), 1e-9 * harmonic);
        assertEquals(0.5 * (SIGMA.seSPerM() + SIGMA.camSPerM()), r.directions().get(1).sigmaEffSPerM(), 1e-9);
    }

    @ParameterizedTest(name = "2D, P{0}")
    @CsvSource({"1", "2"})
    void twoDimensionalSlabs(int degree) {
        Mesh square = UnitMesh.square(6).order(degree).perturb(0.2, 3).keepPlaneX(0.5)
                .regions(List.of("se", "cam"), c -> c[0] < 0.5 ? 0 : 1).build();
        ConductivitySettings s = ConductivitySettings.of(Transport.COMPOSITE, SIGMA).withDegree(degree)
                .withDirections(Axis.X, Axis.Y);
        TransportResult r = ConductivitySolver.solve(MeshMeasures.of(square), Transport.COMPOSITE, s);
        double harmonic = 1 / (0.5 / SIGMA.seSPerM() + 0.5 / SIGMA.camSPerM());
        assertEquals(harmonic, r.directions().get(0).sigmaEffSPerM(), 1e-9 * harmonic);
        assertEquals(0.5 * (SIGMA.seSPerM() + SIGMA.camSPerM()), r.directions().get(1).sigmaEffSPerM(), 1e-9);
    }

    @ParameterizedTest(name = "P{0}")
    @CsvSource({"1, 1", "2, 2"})
    void ionicSpansAlongTheLayersOnly(int degree, int order) {
        MeshMeasures m = MeshMeasures.of(slabs(4, order, 0.0));
        ConductivitySettings s = ConductivitySettings.of(Transport.IONIC, SIGMA).withDegree(degree)
                .withDirections(Axis.Y, Axis.X);
        TransportResult r = ConductivitySolver.solve(m, Transport.IONIC, s);
        DirectionResult along = r.directions().get(0);
        DirectionResult across = r.directions().get(1);
        assertEquals(0.5, r.volumeFraction(), 1e-12);
        assertNull(along.reason());
        assertEquals(0.5 * SIGMA.seSPerM(), along.sigmaEffSPerM(), 1e-9 * SIGMA.seSPerM());
        assertEquals(1.0, r.tortuosity(along).getAsDouble(), 1e-9);
        assertEquals(Math.pow(0.5, 1.5) * SIGMA.seSPerM(), r.bruggemanSPerM().getAsDouble(), 1e-15);
        assertEquals(0.0, across.sigmaEffSPerM());
        assertTrue(across.reason().contains("no cluster of [se] connects"), across.reason());
        assertTrue(r.tortuosity(across).isEmpty(), "kappa is infinite: not reported");
        assertEquals(0.5, across.clusters().volume(Clusters.Kind.DEAD_END), 1e-12, "the SE slab touches x = 0 only");
    }
}
