package org.ssbfem.solver.study.conductivity;

import java.util.List;
import java.util.OptionalDouble;
import org.ssbfem.mesh.InputError;

/**
 * Bulk conductivities of the phases, S/m ({@code conductivity.sigma_*_S_per_m}).
 *
 * <p>Defaults (assumptions, to be replaced by measured values of the materials at hand):
 * <ul>
 *   <li>{@value #DEFAULT_SE_S_PER_M} S/m for the SE: Li6PS5Cl, 2.4 mS/cm at 300 K (Zhou et al.,
 *       ACS Energy Lett. 4 (2019) 265, solution-engineered material), taken from the secondary table
 *       {@code reference/assb/assb_literature_values_SECONDARY.csv}; unverified against the paper.
 *       Cold-pressed pellets are often lower (about 1 mS/cm).</li>
 *   <li>{@value #DEFAULT_CAM_S_PER_M} S/m for the CAM: an order-of-magnitude assumption for lithiated
 *       NCM; no source checked (the secondary table has only composite values, e.g. Strauss et al.
 *       2018: effective electronic conductivity of carbon-free NCM622 composites 1e-3 to 1e-6 S/cm).
 *       NCM's electronic conductivity rises by orders of magnitude on delithiation.</li>
 *   <li>{@value #DEFAULT_CBD_S_PER_M} S/m for the carbon-binder domain: assumption, unverified (carbon
 *       black / binder films lie roughly between 1 and 100 S/m).</li>
 * </ul>
 *
 * @param seSPerM solid electrolyte (ionic), &gt; 0
 * @param camSPerM active material (electronic), &gt; 0
 * @param cbdSPerM carbon-binder domain (electronic), &gt; 0
 */
public record Conductivities(double seSPerM, double camSPerM, double cbdSPerM) {
    public static final double DEFAULT_SE_S_PER_M = 0.24;
    public static final double DEFAULT_CAM_S_PER_M = 1e-2;
    public static final double DEFAULT_CBD_S_PER_M = 10.0;

    /** @throws IllegalArgumentException for a value that is not positive and finite */
    public Conductivities {
        for (double s : new double[] {seSPerM, camSPerM, cbdSPerM}) {
            if (!(s > 0) || Double.isInfinite(s)) {
                throw new IllegalArgumentException("conductivities must be positive and finite: " + s);
            }
        }
    }

    /** The defaults above. */
    public static Conductivities defaults() {
        return new Conductivities(DEFAULT_SE_S_PER_M, DEFAULT_CAM_S_PER_M, DEFAULT_CBD_S_PER_M);
    }

    /**
     * Conductivity of region {@code region}, S/m.
     *
     * @throws InputError for a region that is none of se, cam, cbd (e.g. a user mesh with other names)
     */
    public double of(String region) {
        return switch (region) {
            case "se" -> seSPerM;
            case "cam" -> camSPerM;
            case "cbd" -> cbdSPerM;
            default -> throw new InputError("mesh region '" + region + "'", "no conductivity is known for it",
                    "name the mesh's volume groups se, cam and cbd (or leave this region out of the transport)");
        };
    }

    /**
     * The one bulk conductivity of {@code regions} when they all have the same value, which is what
     * a tortuosity factor refers to; empty for no region or for regions of different conductivity.
     */
    public OptionalDouble common(List<String> regions) {
        if (regions.isEmpty()) {
            return OptionalDouble.empty();
        }
        double s = of(regions.get(0));
        for (String r : regions) {
            if (of(r) != s) {
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.of(s);
    }
}
