package org.ssbfem.solver.physics;

import org.ssbfem.solver.assembly.InterfaceTerm;
import org.ssbfem.solver.assembly.LocalSystem;
import org.ssbfem.solver.assembly.QuadratureData;

/**
 * Butler-Volmer kinetics on the CAM/SE interface (MODEL.md section 3) as a two-sided term:
 *
 * <pre>
 *   eta = phi_s - phi_e - U(c)                                  (V)
 *   i_n = i0(c) [exp(alpha_a f eta) - exp(-alpha_c f eta)],  f = F / (R T)   (A/m^2)
 * </pre>
 *
 * with {@code i_n} the current density from the CAM into the SE (negative on discharge). Residual
 * {@code +int i_n w dA} in the phi_s rows, {@code +int (i_n / F) q dA} in the c rows (mol/s) and
 * {@code -int i_n v dA} in the phi_e rows, with the exact Jacobian (derivatives in phi_s, phi_e
 * and, through {@code i0(c)} and {@code U(c)}, in c).
 *
 * <p>Slots, in order: phi_s (minus side, CAM, V), c (minus side, CAM, mol/m^3), phi_e (plus side,
 * SE, V). {@code U} and {@code i0} are functions of the surface concentration c with exact
 * derivatives; they must be defined (finite) for every c a Newton iterate can reach. Immutable.
 */
public final class ButlerVolmer implements InterfaceTerm {
    /** Faraday constant, C/mol (CODATA 2018, exact). */
    public static final double FARADAY_C_PER_MOL = 96485.33212;
    /** Molar gas constant, J/(mol K) (CODATA 2018, exact). */
    public static final double GAS_CONSTANT_J_PER_MOL_K = 8.314462618;

    /** Row scale of each slot: phi_s rows take i_n, c rows i_n / F, phi_e rows -i_n. */
    private static final double[] ROW = {1.0, 1.0 / FARADAY_C_PER_MOL, -1.0};

    private final Coefficient ocvV;
    private final Coefficient i0APerM2;
    private final double alphaA;
    private final double alphaC;
    private final double fPerV;

    /**
     * @param ocvV open-circuit potential U(c), V, of c in mol/m^3
     * @param i0APerM2 exchange current density i0(c), A/m^2, of c in mol/m^3
     * @param alphaA anodic transfer coefficient, &gt; 0
     * @param alphaC cathodic transfer coefficient, &gt; 0
     * @param temperatureK temperature, K, &gt; 0
     * @throws IllegalArgumentException for a non-positive coefficient or temperature
     */
    public ButlerVolmer(Coefficient ocvV, Coefficient i0APerM2, double alphaA, double alphaC, double temperatureK) {
        if (!(alphaA > 0 && alphaC > 0 && temperatureK > 0)) {
            throw new IllegalArgumentException("alpha_a " + alphaA + ", alpha_c " + alphaC + " and T " + temperatureK
                    + " must be positive");
        }
        this.ocvV = ocvV;
        this.i0APerM2 = i0APerM2;
        this.alphaA = alphaA;
        this.alphaC = alphaC;
        this.fPerV = FARADAY_C_PER_MOL / (GAS_CONSTANT_J_PER_MOL_K * temperatureK);
    }

    @Override public int slots() { return 3; }

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
        return i0APerM2.value(cMolPerM3) * (Math.exp(alphaA * fPerV * eta) - Math.exp(-alphaC * fPerV * eta));
    }

    @Override
    public void add(QuadratureData in, LocalSystem out) {
        for (int q = 0; q < in.points(); q++) {
            double c = in.value(1, q);
            double eta = in.value(0, q) - in.value(2, q) - ocvV.value(c);
            double ea = Math.exp(alphaA * fPerV * eta);
            double ec = Math.exp(-alphaC * fPerV * eta);
            double i0 = i0APerM2.value(c);
            double w = in.weight(q);
            double current = i0 * (ea - ec) * w;
            residual(in, out, q, current);
            if (out.wantsJacobian()) {
                double dPhi = i0 * fPerV * (alphaA * ea + alphaC * ec) * w;
                double dC = i0APerM2.derivative(c) * (ea - ec) * w - dPhi * ocvV.derivative(c);
                jacobian(in, out, q, dPhi, dC);
            }
        }
    }

    /** Adds {@code current} (i_n times the weight) to the three slots' rows with their scales. */
    private static void residual(QuadratureData in, LocalSystem out, int q, double current) {
        for (int s = 0; s < 3; s++) {
            for (int a = 0; a < in.dofs(s); a++) {
                out.addResidual(s, a, ROW[s] * current * in.phi(s, q, a));
            }
        }
    }

    /**
     * Adds the derivatives of {@code i_n w}: dPhi in phi_s, {@code -dPhi} in phi_e and dC in c,
     * times each row's scale.
     */
    private static void jacobian(QuadratureData in, LocalSystem out, int q, double dPhi, double dC) {
        for (int rs = 0; rs < 3; rs++) {
            out.addMass(in, rs, 0, q, ROW[rs] * dPhi);
            out.addMass(in, rs, 1, q, ROW[rs] * dC);
            out.addMass(in, rs, 2, q, -ROW[rs] * dPhi);
        }
    }

    @Override
    public String toString() {
        return "ButlerVolmer(alpha_a " + alphaA + ", alpha_c " + alphaC + ", F/RT " + fPerV + " 1/V)";
    }
}
