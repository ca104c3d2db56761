package org.ssbfem.solver.verify;

import java.util.List;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.assembly.Assembler;
import org.ssbfem.solver.assembly.InterfaceSlot;
import org.ssbfem.solver.physics.BodySource;
import org.ssbfem.solver.physics.ButlerVolmer;
import org.ssbfem.solver.physics.Coefficient;
import org.ssbfem.solver.physics.Diffusion;
import org.ssbfem.solver.physics.MassMatrix;
import org.ssbfem.solver.physics.TimeDerivative;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;

/**
 * Butler-Volmer interface coupling (MODEL.md section 3) between a "cam" half (x &lt; 1/2: phi_s,
 * c) and an "se" half (x &gt; 1/2: phi_e), with U(c) = 3.8 (1 + 0.01 c^2) V,
 * i0(c) = exp(0.5 c) A/m^2, alpha_a = alpha_c = 1/2, T = 298.15 K. The exact fields satisfy the
 * three interface conditions exactly: with X = x - 1/2, phi_e = 0.1 sin(2x + y),
 * i_n(y) = -sigma_e d(phi_e)/dx at X = 0, c = g(y) - X i_n / (F D) + 0.3 X^2 cos y,
 * phi_s = phi_e(1/2, y) + U(g) + eta(y) - X i_n / sigma_s + 0.2 X^2 sin y with
 * eta = (2 RT/F) asinh(i_n / (2 i0(g))), g(y) = 1 + 0.2 sin 2y; the bulk sources balance each
 * field's conduction or diffusion. The transient variant (the full coupled problem of MODEL.md
 * sections 2-3) scales every field by 1 + t/2 and adds dc/dt: c is linear in t, so four
 * backward-Euler steps to t = 1 s are exact in time and the error is the spatial one. Either
 * form of the mass-type integrals ({@link MassMatrix}): consistent, or lumped (P1 only: lumped
 * mass of dc/dt, Butler-Volmer at the interface nodes).
 */
final class ButlerVolmerCase implements MmsCase {
    private static final double SIGMA_S = 2.0;
    private static final double SIGMA_E = 1.0;
    private static final double D = 1.0;
    private static final double T_K = 298.15;
    private static final double F = ButlerVolmer.FARADAY_C_PER_MOL;
    private static final double F_RT = F / (ButlerVolmer.GAS_CONSTANT_J_PER_MOL_K * T_K);
    private static final Coefficient OCV = Coefficient.quadratic(3.8, 0.01);
    private static final Coefficient I0 = Coefficient.exponential(1.0, 0.5);
    private static final int STEPS = 4;

    private final boolean timeDependent;
    private final MassMatrix form;

    /** The consistent form; see {@link #ButlerVolmerCase(boolean, MassMatrix)}. */
    ButlerVolmerCase(boolean timeDependent) {
        this(timeDependent, MassMatrix.CONSISTENT);
    }

    /**
     * @param timeDependent true for the coupled transient problem (dc/dt in the CAM, 4 backward-Euler steps)
     * @param form consistent or lumped mass-type integrals (lumped: P1 only)
     */
    ButlerVolmerCase(boolean timeDependent, MassMatrix form) {
        this.timeDependent = timeDependent;
        this.form = form;
    }

    @Override
    public String term() {
        String lumped = form == MassMatrix.LUMPED ? "lumped " : "";
        return lumped + (timeDependent
                ? "coupled transient: conduction, dc/dt + diffusion, Butler-Volmer (BDF1, 4 steps)"
                : "Butler-Volmer interface coupling (phi_s, c | phi_e)");
    }

    @Override public int dim() { return 2; }

    @Override public boolean supports(int degree) { return form.supports(degree); }

    /** Time factor: fields grow linearly in t in the transient variant (backward Euler exact for c). */
    private static double s(double t) {
        return 1 + 0.5 * t;
    }

    private static double phiE(double x, double y, double t) {
        return 0.1 * Math.sin(2 * x + y) * s(t);
    }

    private static double currentDensity(double y, double t) {
        return -SIGMA_E * 0.2 * Math.cos(1 + y) * s(t);
    }

    private static double g(double y, double t) {
        return (1 + 0.2 * Math.sin(2 * y)) * s(t);
    }

    private static double c(double x, double y, double t) {
        double X = x - 0.5;
        return g(y, t) - X * currentDensity(y, t) / (F * D) + 0.3 * X * X * Math.cos(y) * s(t);
    }

    private static double phiS(double x, double y, double t) {
        double X = x - 0.5;
        double in = currentDensity(y, t);
        double eta = 2 / F_RT * asinh(in / (2 * I0.value(g(y, t))));
        return phiE(0.5, y, t) + OCV.value(g(y, t)) + eta - X * in / SIGMA_S + 0.2 * X * X * Math.sin(y);
    }

    private static double asinh(double v) {
        return Math.log(v + Math.sqrt(v * v + 1));
    }

    @Override
    public MmsResult solve(int degree, int n) {
        Mesh mesh = UnitMesh.square(n).order(degree).perturb(0.2, 7 + n).keepPlaneX(0.5)
                .regions(List.of("cam", "se"), p -> p[0] < 0.5 ? 0 : 1).build();
        FieldLayout layout = FieldLayout.builder().add("phi_s", FunctionSpace.on(mesh, degree, "cam"))
                .add("c", FunctionSpace.on(mesh, degree, "cam")).add("phi_e", FunctionSpace.on(mesh, degree, "se"))
                .build();
        Exact[] ex = {Exact.of((x, y, z, t) -> phiS(x, y, t)), Exact.of((x, y, z, t) -> c(x, y, t)),
            Exact.of((x, y, z, t) -> phiE(x, y, t))};
        Constraints cons = Constraints.builder(layout).fix("phi_s", "boundary", ex[0].u())
                .fix("c", "boundary", ex[1].u()).fix("phi_e", "boundary", ex[2].u()).build();
        var b = Assembler.builder(layout, cons)
                .cell(Diffusion.constant(SIGMA_S), "phi_s").cell(source(ex[0], SIGMA_S, false), "phi_s")
                .cell(Diffusion.constant(D), "c").cell(source(ex[1], D, timeDependent), "c")
                .cell(Diffusion.constant(SIGMA_E), "phi_e").cell(source(ex[2], SIGMA_E, false), "phi_e")
                .interfaceTerm(new ButlerVolmer(OCV, I0, 0.5, 0.5, T_K, form), "interface", List.of("cam"),
                        InterfaceSlot.minus("phi_s"), InterfaceSlot.minus("c"), InterfaceSlot.plus("phi_e"));
        if (timeDependent) {
            b.cell(new TimeDerivative(1.0, form), "c");
        }
        Assembler asm = b.build();
        double[] full = MmsSolver.interpolate(layout, ex, 0);
        int steps = timeDependent ? STEPS : 1;
        for (int k = 1; k <= steps; k++) {
            double t = timeDependent ? (double) k / STEPS : 0;
            if (timeDependent) {
                asm.setTime(t);
                asm.setShift(STEPS);
                asm.setHistory(full.clone());
                for (int f = 0; f < 3; f++) {
                    asm.constraints().setFixedValues(layout.name(f), "boundary", ex[f].u(), t);
                }
            }
            MmsSolver.solve(asm, full);
        }
        return MmsSolver.errors(layout, full, ex, timeDependent ? 1.0 : 0.0);
    }

    /** f = -k lap u, plus du/dt (by differences of the exact field over 1e-3 s) when {@code dt}. */
    private static BodySource source(Exact e, double k, boolean dt) {
        return new BodySource((x, y, z, t) -> -k * e.laplacian(2, x, y, z, t)
                + (dt ? (e.value(x, y, z, t + 1e-3) - e.value(x, y, z, t - 1e-3)) / 2e-3 : 0));
    }
}
