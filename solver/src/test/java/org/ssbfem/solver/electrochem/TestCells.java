package org.ssbfem.solver.electrochem;

import java.util.ArrayList;
import java.util.List;
import org.ssbfem.mesh.FacetGroup;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.linalg.LinearSolver;
import org.ssbfem.solver.linalg.LinearSolverOptions;
import org.ssbfem.solver.linalg.LinearSolvers;
import org.ssbfem.solver.linalg.PreconditionerType;
import org.ssbfem.solver.linalg.SolverMethod;
import org.ssbfem.solver.nonlinear.Newton;
import org.ssbfem.solver.verify.UnitMesh;

/** Meshes, parameters and solvers for the electrochemistry tests. */
final class TestCells {
    /** c_max of NMC811, mol/m^3 (Chen 2020). */
    static final double C_MAX = 63104.0;

    private TestCells() {
    }

    /**
     * A planar CAM|SE bilayer: the square / cube of side {@code lengthM}, SE for x &lt; L/2 (its
     * x = 0 face the {@code anode}), CAM for x &gt; L/2 (its x = L face the
     * {@code current_collector}), the plane x = L/2 the {@code interface}; n cells per side,
     * geometric order {@code order}.
     */
    static Mesh bilayer(int dim, int n, int order, double lengthM) {
        UnitMesh b = dim == 2 ? UnitMesh.square(n) : UnitMesh.cube(n);
        Mesh m = b.order(order).regions(List.of("se", "cam"), c -> c[0] < 0.5 ? 0 : 1).build();
        double[] xyz = m.coords().clone();
        for (int i = 0; i < xyz.length; i++) {
            xyz[i] *= lengthM;
        }
        List<FacetGroup> groups = new ArrayList<>();
        m.facetGroups().forEach((name, g) -> groups.add(new FacetGroup(rename(name), g.type(), g.nodes())));
        return new Mesh(xyz, m.cellType(), m.cells(), m.cellRegions(), m.regionNames(), groups);
    }

    private static String rename(String name) {
        return switch (name) {
            case "left" -> "anode";
            case "right" -> "current_collector";
            default -> name;
        };
    }

    /**
     * The NMC811 open-circuit potential fit of Chen et al. 2020 (as in PyBaMM's
     * {@code nmc_LGM50_ocp_Chen2020}), V, with its exact derivative.
     */
    static LithiationFunction chenOcv() {
        return new LithiationFunction() {
            @Override
            public double value(double x) {
                return -0.809 * x + 4.4875 - 0.0428 * Math.tanh(18.5138 * (x - 0.5542))
                        - 17.7326 * Math.tanh(15.789 * (x - 0.3117)) + 17.5842 * Math.tanh(15.9308 * (x - 0.312));
            }

            @Override
            public double derivative(double x) {
                return -0.809 - 0.0428 * 18.5138 * sech2(18.5138 * (x - 0.5542))
                        - 17.7326 * 15.789 * sech2(15.789 * (x - 0.3117)) + 17.5842 * 15.9308 * sech2(15.9308 * (x - 0.312));
            }

            @Override public String describe() { return "Chen 2020 NMC811 OCV fit"; }
        };
    }

    private static double sech2(double t) {
        double c = Math.cosh(t);
        return 1 / (c * c);
    }

    /**
     * NMC811 (Chen 2020: c_max, D = 4e-15 m^2/s, j0 = 3.42e-6 c_e^0.5 ... with c_e = 1000
     * mol/m^3) in an SE of {@code sigmaSe}; sigma_s = 0.18 S/m, x_0 = {@code x0}, 298.15 K.
     */
    static CellParameters nmc(double x0, double sigmaSe) {
        ExchangeCurrent i0 = new ExchangeCurrent(3.42e-6 / org.ssbfem.solver.physics.ButlerVolmer.FARADAY_C_PER_MOL,
                1000.0, C_MAX, 0.5, 0.5);
        return new CellParameters(C_MAX, x0, 1.0, chenOcv(), i0, 0.5, 0.5, LithiationFunction.constant(4e-15),
                LithiationFunction.constant(0.18), sigmaSe, 1.0, 4800.0, 298.15);
    }

    /** The direct sparse solver, rtol 1e-8 (Newton needs no more; 1e-10 can lie below the rounding floor). */
    static LinearSolver direct() {
        return LinearSolvers.create(LinearSolverOptions.of(SolverMethod.DIRECT, PreconditionerType.NONE)
                .withTolerances(1e-8, 0.0));
    }

    /** Default step options with Newton to 1e-10 of the reference current. */
    static StepOptions steps() {
        StepOptions d = StepOptions.defaults();
        return new StepOptions(d.order(), d.initialStepS(), d.maxStepS(), d.minStepS(), d.lithiationTolerance(),
                d.voltageToleranceV(), d.currentTolerance(), d.maxRetries(), new Newton.Options(1e-10, 1e-14, 20, 10),
                d.maxVoltageStepV());
    }
}
