package org.ssbfem.solver.physics;

/**
 * Butler-Volmer kinetics of a metal counter electrode (Li or Li-In) at the {@code anode} face of
 * the solid electrolyte (MODEL.md section 1), as the outward flux of phi_e for
 * {@link BoundaryFlux}. The model's potentials are gauged so that phi_e = 0 where the counter
 * electrode is at equilibrium (its metal at its equilibrium potential), so its overpotential is
 * {@code eta_ce = -phi_e} and the current density it sends into the SE
 * (oxidation Li -> Li+ + e-, positive on discharge) is
 *
 * <pre>
 *   i_ce = i0_ce [exp(alpha_a f eta_ce) - exp(-alpha_c f eta_ce)],   f = F / (R T)   (A/m^2)
 * </pre>
 *
 * The outward flux of the SE's current through that face is {@code g(phi_e) = -i_ce}, with
 * {@code dg/dphi_e = i0_ce f [alpha_a exp(alpha_a f eta_ce) + alpha_c exp(-alpha_c f eta_ce)] > 0}.
 * Immutable.
 */
public final class CounterElectrodeKinetics implements FluxFunction {
    private final double i0APerM2;
    private final double alphaA;
    private final double alphaC;
    private final double fPerV;

    /**
     * @param i0APerM2 exchange current density of the counter electrode, A/m^2, &gt; 0
     * @param alphaA anodic transfer coefficient, &gt; 0
     * @param alphaC cathodic transfer coefficient, &gt; 0
     * @param temperatureK temperature, K, &gt; 0
     * @throws IllegalArgumentException for a non-positive argument
     */
    public CounterElectrodeKinetics(double i0APerM2, double alphaA, double alphaC, double temperatureK) {
        if (!(i0APerM2 > 0 && alphaA > 0 && alphaC > 0 && temperatureK > 0)) {
            throw new IllegalArgumentException("i0 " + i0APerM2 + ", alpha_a " + alphaA + ", alpha_c " + alphaC
                    + " and T " + temperatureK + " must be positive");
        }
        this.i0APerM2 = i0APerM2;
        this.alphaA = alphaA;
        this.alphaC = alphaC;
        this.fPerV = ButlerVolmer.FARADAY_C_PER_MOL / (ButlerVolmer.GAS_CONSTANT_J_PER_MOL_K * temperatureK);
    }

    /** Current density from the counter electrode into the SE at SE potential {@code phiEV}, A/m^2. */
    public double currentDensityAPerM2(double phiEV) {
        double eta = -phiEV;
        return i0APerM2 * (Math.exp(alphaA * fPerV * eta) - Math.exp(-alphaC * fPerV * eta));
    }

    @Override
    public double value(double x, double y, double z, double tS, double phiEV) {
        return -currentDensityAPerM2(phiEV);
    }

    @Override
    public double derivative(double x, double y, double z, double tS, double phiEV) {
        double eta = -phiEV;
        return i0APerM2 * fPerV * (alphaA * Math.exp(alphaA * fPerV * eta) + alphaC * Math.exp(-alphaC * fPerV * eta));
    }

    @Override
    public String toString() {
        return "CounterElectrodeKinetics(i0 " + i0APerM2 + " A/m2, alpha_a " + alphaA + ", alpha_c " + alphaC + ")";
    }
}
