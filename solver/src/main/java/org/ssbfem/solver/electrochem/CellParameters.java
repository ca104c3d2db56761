package org.ssbfem.solver.electrochem;

import java.util.Objects;

/**
 * The material and operating parameters of the half cell (MODEL.md sections 2 to 4), SI units.
 * The case reader checks ranges with file and line; this record repeats the basic checks for
 * programmatic use.
 *
 * @param cMaxMolPerM3 c_max, the CAM's maximum Li concentration, mol/m^3
 * @param initialLithiation x_0 = c(t = 0) / c_max, uniform, in (0, 1)
 * @param maxLithiation x_max, the highest lithiation allowed (theoretical capacity, MODEL.md
 *     section 4), in (x_0, 1]
 * @param ocvV U(x), V vs the counter electrode's reference (Li/Li+)
 * @param exchangeCurrentAPerM2 i0(x), A/m^2
 * @param alphaA anodic transfer coefficient, &gt; 0
 * @param alphaC cathodic transfer coefficient, &gt; 0
 * @param diffusivityM2PerS D(x) of Li in the CAM, m^2/s
 * @param camConductivitySPerM sigma_s(x) of the CAM, S/m
 * @param seConductivitySPerM sigma_e of the solid electrolyte, S/m, &gt; 0
 * @param cbdConductivitySPerM sigma of the carbon-binder domain, S/m, &gt; 0 (unused without CBD)
 * @param camDensityKgPerM3 CAM density for mAh/g, kg/m^3, &gt; 0
 * @param temperatureK T, K, &gt; 0
 */
public record CellParameters(double cMaxMolPerM3, double initialLithiation, double maxLithiation,
                             LithiationFunction ocvV, LithiationFunction exchangeCurrentAPerM2,
                             double alphaA, double alphaC, LithiationFunction diffusivityM2PerS,
                             LithiationFunction camConductivitySPerM, double seConductivitySPerM,
                             double cbdConductivitySPerM, double camDensityKgPerM3, double temperatureK) {
    /** @throws IllegalArgumentException for a value out of its range */
    public CellParameters {
        Objects.requireNonNull(ocvV);
        Objects.requireNonNull(exchangeCurrentAPerM2);
        Objects.requireNonNull(diffusivityM2PerS);
        Objects.requireNonNull(camConductivitySPerM);
        if (!(cMaxMolPerM3 > 0 && alphaA > 0 && alphaC > 0 && seConductivitySPerM > 0 && cbdConductivitySPerM > 0
                && camDensityKgPerM3 > 0 && temperatureK > 0)) {
            throw new IllegalArgumentException("c_max, transfer coefficients, conductivities, density and temperature"
                    + " must be positive");
        }
        if (!(initialLithiation > 0 && initialLithiation < maxLithiation && maxLithiation <= 1)) {
            throw new IllegalArgumentException("need 0 < x_0 < x_max <= 1, got x_0 = " + initialLithiation
                    + ", x_max = " + maxLithiation);
        }
    }

    /** The initial concentration x_0 c_max, mol/m^3. */
    public double initialConcentrationMolPerM3() { return initialLithiation * cMaxMolPerM3; }
}
