package org.ssbfem.solver.physics;

import org.ssbfem.solver.assembly.InterfaceTerm;
import org.ssbfem.solver.assembly.LocalSystem;
import org.ssbfem.solver.assembly.QuadratureData;

/**
 * Butler-Volmer kinetics on the CAM/SE interface (MODEL.md section 3) as a two-sided term:
 *
 * <pre>
 *   eta = phi_s - phi_e - U(c)                                  (V)
 *   i_n = i0_a(c) exp(alpha_a f eta) - i0_c(c) exp(-alpha_c f eta),  f = F / (R T)   (A/m^2)
 * </pre>
 *
 * with {@code i_n} the current density from the CAM into the SE (negative on discharge). The
 * exchange current densities of the anodic (extraction) and cathodic (insertion) terms are both
 * i0(c) of MODEL.md wherever the lithiation is physical; they may differ only in how they continue
 * outside it, where only Newton iterates and interpolation over- and undershoots go (see
 * {@code ExchangeCurrent}: continued so that the current always drives the lithiation back).
 * Residual {@code +int i_n w dA} in the phi_s rows, {@code +int (i_n / F) q dA} in the c rows
 * (mol/s) and {@code -int i_n v dA} in the phi_e rows, with the exact Jacobian (derivatives in
 * phi_s, phi_e and, through {@code i0_a(c)}, {@code i0_c(c)} and {@code U(c)}, in c).
 *
 * <p>Two forms of the integrals ({@link MassMatrix}): {@link MassMatrix#CONSISTENT} evaluates
 * {@code i_n} at the facet's quadrature points (of degree {@code 2p + 2}). {@link MassMatrix#LUMPED}
 * (P1 only) takes the exchange currents at the facet's nodes: node k receives
 * {@code r_k = int phi_k [i0_a(c_k) exp(alpha_a f eta) - i0_c(c_k) exp(-alpha_c f eta)] dA}, with
 * its own concentration c_k in i0 and eta at the quadrature points (the product rule of "lumping"
 * the rate constant; O(h^2) like P1 itself). A node whose exchange current has fallen to zero (a
 * saturated surface node, x = 1) then takes no more lithium, however its neighbours on the facet
 * stand; in the consistent form, with i0 of the interpolated c, it keeps receiving the current of
 * its unsaturated neighbours and its lithiation rises past 1 (largest nodal lithiation in
 * SaturationDischargeTest, a 2D discharge to 3 V: 1.0038 consistent, 1.000012 lumped). The OCV
 * stays at the points: measured OCV tables are noisy (the Chen 2020 NMC table has slopes -0.22,
 * -1.38 and -0.02 V per unit x on three successive intervals near x = 0.7), and with U of the nodal
 * c as well Newton cycled between the table's flat and steep pieces (every other step of the
 * 42-particle default case failed near x = 0.7). Both forms put the same current into the phi_s, c
 * and phi_e rows, so lithium and charge balance alike.
 *
 * <p>Slots, in order: phi_s (minus side, CAM, V), c (minus side, CAM, mol/m^3), phi_e (plus side,
 * SE, V). {@code U}, {@code i0_a} and {@code i0_c} are functions of the surface concentration c
 * with exact derivatives; they must be defined (finite) for every c a Newton iterate can reach.
 * Immutable.
 */
public final class ButlerVolmer implements InterfaceTerm {
    /** Faraday constant, C/mol (CODATA 2018, exact). */
    public static final double FARADAY_C_PER_MOL = 96485.33212;
    /** Molar gas constant, J/(mol K) (CODATA 2018, exact). */
    public static final double GAS_CONSTANT_J_PER_MOL_K = 8.314462618;

    /** Row scale of each slot: phi_s rows take i_n, c rows i_n / F, phi_e rows -i_n. */
    private static final double[] ROW = {1.0, 1.0 / FARADAY_C_PER_MOL, -1.0};

    private final Coefficient ocvV;
    private final Coefficient anodicI0;
    private final Coefficient cathodicI0;
    private final double alphaA;
    private final double alphaC;
    private final double fPerV;
    private final MassMatrix form;
    /** Which local dofs sit on a facet, by vertex arrangement (a cache; the term stays stateless in effect). */
    private final FaceNodes.Layouts layouts = new FaceNodes.Layouts();
    /** Scratch arrays of the lumped form, one set per assembling thread. */
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    /** One exchange current for both terms, consistent form; see the full constructor. */
    public ButlerVolmer(Coefficient ocvV, Coefficient i0APerM2, double alphaA, double alphaC, double temperatureK) {
        this(ocvV, i0APerM2, i0APerM2, alphaA, alphaC, temperatureK, MassMatrix.CONSISTENT);
    }

    /** One exchange current for both terms; see the full constructor. */
    public ButlerVolmer(Coefficient ocvV, Coefficient i0APerM2, double alphaA, double alphaC, double temperatureK,
                        MassMatrix form) {
        this(ocvV, i0APerM2, i0APerM2, alphaA, alphaC, temperatureK, form);
    }

    /**
     * @param ocvV open-circuit potential U(c), V, of c in mol/m^3
     * @param anodicI0 exchange current density of the anodic term i0_a(c), A/m^2, of c in mol/m^3
     * @param cathodicI0 exchange current density of the cathodic term i0_c(c), A/m^2
     * @param alphaA anodic transfer coefficient, &gt; 0
     * @param alphaC cathodic transfer coefficient, &gt; 0
     * @param temperatureK temperature, K, &gt; 0
     * @param form quadrature points ({@link MassMatrix#CONSISTENT}) or nodes ({@link MassMatrix#LUMPED},
     *     P1 fields only: an {@link IllegalStateException} at assembly otherwise)
     * @throws IllegalArgumentException for a non-positive coefficient or temperature
     */
    public ButlerVolmer(Coefficient ocvV, Coefficient anodicI0, Coefficient cathodicI0, double alphaA, double alphaC,
                        double temperatureK, MassMatrix form) {
        if (!(alphaA > 0 && alphaC > 0 && temperatureK > 0)) {
            throw new IllegalArgumentException("alpha_a " + alphaA + ", alpha_c " + alphaC + " and T " + temperatureK
                    + " must be positive");
        }
        this.ocvV = ocvV;
        this.anodicI0 = anodicI0;
        this.cathodicI0 = cathodicI0;
        this.alphaA = alphaA;
        this.alphaC = alphaC;
        this.fPerV = FARADAY_C_PER_MOL / (GAS_CONSTANT_J_PER_MOL_K * temperatureK);
        this.form = form;
    }

    /** The form of the integrals. */
    public MassMatrix form() { return form; }

    @Override public int slots() { return 3; }

    /** Values at the facet's points only: the dofs off the facet do not couple. */
    @Override public boolean traceOnly() { return true; }

    /** The exponential needs more points than mass terms: at least {@code 2p + 2} (MODEL.md section 6). */
    @Override
    public int quadratureDegree(int p, int order) {
        return Math.max(2 * p + 2, InterfaceTerm.super.quadratureDegree(p, order));
    }

    /** Overpotential {@code phi_s - phi_e - U(c)}, V. */
    public double overpotentialV(double phiSV, double cMolPerM3, double phiEV) {
        return phiSV - phiEV - ocvV.value(cMolPerM3);
    }

    /** Current density {@code i_n} from the CAM into the SE, A/m^2. */
    public double currentDensityAPerM2(double phiSV, double cMolPerM3, double phiEV) {
        double eta = overpotentialV(phiSV, cMolPerM3, phiEV);
        return anodicI0.value(cMolPerM3) * Math.exp(alphaA * fPerV * eta)
                - cathodicI0.value(cMolPerM3) * Math.exp(-alphaC * fPerV * eta);
    }

    @Override
    public void add(QuadratureData in, LocalSystem out) {
        if (form == MassMatrix.LUMPED) {
            addLumped(in, out);
            return;
        }
        double[] d = new double[2];
        for (int q = 0; q < in.points(); q++) {
            double current = rate(in.value(0, q), in.value(1, q), in.value(2, q), in.weight(q), d);
            for (int s = 0; s < 3; s++) {
                for (int a = 0; a < in.dofs(s); a++) {
                    out.addResidual(s, a, ROW[s] * current * in.phi(s, q, a));
                }
            }
            if (out.wantsJacobian()) {
                for (int rs = 0; rs < 3; rs++) {
                    out.addMass(in, rs, 0, q, ROW[rs] * d[0]);
                    out.addMass(in, rs, 1, q, ROW[rs] * d[1]);
                    out.addMass(in, rs, 2, q, -ROW[rs] * d[0]);
                }
            }
        }
    }

    /**
     * The lumped form: for each facet node k, {@code r_k = sum_q w_q phi_k(q) [i0_a(c_k) e_a(q) -
     * i0_c(c_k) e_c(q)]} with the exchange currents of the node's own concentration c_k and the
     * exponentials of the overpotential at the points; r_k into node k's phi_s row, r_k / F into its
     * c row, -r_k into the phi_e row of the same node on the plus side. Only the facet's dofs enter
     * (the others' shape functions vanish on it), and the three slots' shape functions of one
     * facet node are the same function, so the derivatives in phi_s, c and phi_e at node j share
     * one sum over the points.
     */
    private void addLumped(QuadratureData in, LocalSystem out) {
        int[][] dof = FaceNodes.dofs(in, 3, layouts);
        int points = in.points();
        int count = dof[0].length;
        Scratch w = scratch.get().ensure(points, count);
        double[] pair = w.pair;
        for (int q = 0; q < points; q++) {
            ocvV.evaluate(in.value(1, q), pair);
            double eta = in.value(0, q) - in.value(2, q) - pair[0];
            w.ea[q] = Math.exp(alphaA * fPerV * eta);
            w.ec[q] = alphaA == alphaC ? 1.0 / w.ea[q] : Math.exp(-alphaC * fPerV * eta);
            w.dU[q] = pair[1];
            w.weight[q] = in.weight(q);
            for (int k = 0; k < count; k++) {
                w.phi[q * count + k] = in.phi(0, q, dof[0][k]);
            }
        }
        boolean jacobian = out.wantsJacobian();
        for (int k = 0; k < count; k++) {
            addNode(in, out, dof, k, w, jacobian);
        }
    }

    /**
     * Node k's rate r_k into its rows and, with {@code jacobian}, its derivatives; {@code w} holds
     * e_a, e_c, U' and the weights at the points and the facet nodes' shape functions there
     * ({@code phi[q * count + j]}).
     */
    private void addNode(QuadratureData in, LocalSystem out, int[][] dof, int k, Scratch w, boolean jacobian) {
        int count = dof[0].length;
        double c = in.coefficient(1, dof[1][k]);
        double ia;
        double ic;
        double dia = 0.0;
        double dic = 0.0;
        if (jacobian) {
            anodicI0.evaluate(c, w.pair);
            ia = w.pair[0];
            dia = w.pair[1];
            cathodicI0.evaluate(c, w.pair);
            ic = w.pair[0];
            dic = w.pair[1];
        } else {
            ia = anodicI0.value(c);
            ic = cathodicI0.value(c);
        }
        double[] ea = w.ea;
        double[] ec = w.ec;
        double[] phi = w.phi;
        double[] d = w.d;
        double current = 0;
        double dOwnC = 0;
        for (int j = 0; jacobian && j < 2 * count; j++) {
            d[j] = 0.0; // a loop: Arrays.fill of six entries cost 5 % of the bench's assembly samples
        }
        for (int q = 0; q < in.points(); q++) {
            double wk = w.weight[q] * phi[q * count + k];
            current += wk * (ia * ea[q] - ic * ec[q]);
            if (jacobian) {
                dOwnC += wk * (dia * ea[q] - dic * ec[q]);
                double dEta = wk * fPerV * (alphaA * ia * ea[q] + alphaC * ic * ec[q]);
                for (int j = 0; j < count; j++) {
                    double p = dEta * phi[q * count + j];
                    d[j] += p;
                    d[count + j] += p * w.dU[q];
                }
            }
        }
        for (int rs = 0; rs < 3; rs++) {
            int a = dof[rs][k];
            out.addResidual(rs, a, ROW[rs] * current);
            if (jacobian) {
                out.addJacobian(rs, a, 1, dof[1][k], ROW[rs] * dOwnC);
                for (int j = 0; j < count; j++) {
                    out.addJacobian(rs, a, 0, dof[0][j], ROW[rs] * d[j]);
                    out.addJacobian(rs, a, 1, dof[1][j], -ROW[rs] * d[count + j]);
                    out.addJacobian(rs, a, 2, dof[2][j], -ROW[rs] * d[j]);
                }
            }
        }
    }

    /** Per-thread scratch of the lumped form (the term itself stays immutable and thread-safe). */
    private static final class Scratch {
        final double[] pair = new double[2];
        double[] ea = new double[0];
        double[] ec = new double[0];
        double[] dU = new double[0];
        double[] weight = new double[0];
        double[] phi = new double[0];
        double[] d = new double[0];

        Scratch ensure(int points, int count) {
            if (ea.length < points || d.length < 2 * count || phi.length < points * count) {
                int p = Math.max(points, ea.length);
                int c = Math.max(count, d.length / 2);
                ea = new double[p];
                ec = new double[p];
                dU = new double[p];
                weight = new double[p];
                phi = new double[p * c];
                d = new double[2 * c];
            }
            return this;
        }
    }

    /**
     * {@code i_n w} at phi_s, c, phi_e; its derivatives go to {@code d}: {@code d[0]} in phi_s
     * (minus that in phi_e), {@code d[1]} in c.
     */
    private double rate(double phiS, double c, double phiE, double w, double[] d) {
        double eta = phiS - phiE - ocvV.value(c);
        double ea = Math.exp(alphaA * fPerV * eta);
        double ec = Math.exp(-alphaC * fPerV * eta);
        double ia = anodicI0.value(c);
        double ic = cathodicI0.value(c);
        d[0] = fPerV * (alphaA * ia * ea + alphaC * ic * ec) * w;
        d[1] = (anodicI0.derivative(c) * ea - cathodicI0.derivative(c) * ec) * w - d[0] * ocvV.derivative(c);
        return (ia * ea - ic * ec) * w;
    }

    @Override
    public String toString() {
        return "ButlerVolmer(alpha_a " + alphaA + ", alpha_c " + alphaC + ", F/RT " + fPerV + " 1/V, " + form.key()
                + ")";
    }
}
