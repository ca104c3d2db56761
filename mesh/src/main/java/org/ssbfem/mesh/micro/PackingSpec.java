package org.ssbfem.mesh.micro;

import java.util.Locale;
import org.ssbfem.mesh.InputError;

/**
 * What {@link PackingGenerator} should build: a box {@code [0,Lx] x [0,Ly] x [0,Lz]} (x through the
 * thickness), a CAM-free SE separator layer {@code 0 < x < Lsep}, and particles in the composite
 * layer {@code Lsep < x < Lx} reaching the requested volume fractions of that layer.
 *
 * <p>All lengths in metres, fractions of the composite layer volume. The compact constructor
 * validates every field and throws {@link InputError} naming the case-file key
 * ({@code microstructure.box_um}, {@code microstructure.separator_um},
 * {@code microstructure.cam_volume_fraction}, ...) with the reason and the fix; a fraction that no
 * packing can reach (above the 0.7405 of the densest packing of equal spheres once the contact
 * rule's gaps and overlaps are accounted for) or particles that do not fit in the box are refused
 * here, before any work.
 *
 * @param lxM box length in x (thickness), metres
 * @param lyM box length in y, metres
 * @param lzM box length in z, metres
 * @param separatorM separator thickness, metres, in [0, Lx)
 * @param camFraction requested CAM volume fraction of the composite layer, in (0, 1)
 * @param camRadius CAM radius distribution
 * @param voidFraction requested pore fraction of the composite layer, in [0, 1)
 * @param voidRadius pore radius distribution (may be null when voidFraction is 0)
 * @param cbdFraction requested carbon/binder fraction of the composite layer, in [0, 1)
 * @param cbdRadius CBD radius distribution (may be null when cbdFraction is 0)
 * @param contact contact rule
 * @param lateral CUT or PERIODIC lateral faces
 * @param seed random seed: equal specs give identical packings
 */
public record PackingSpec(double lxM, double lyM, double lzM, double separatorM,
                          double camFraction, SizeDistribution camRadius,
                          double voidFraction, SizeDistribution voidRadius,
                          double cbdFraction, SizeDistribution cbdRadius,
                          ContactRule contact, LateralMode lateral, long seed) {
    /** Density of the densest packing of equal spheres, pi / sqrt(18). */
    public static final double KEPLER = Math.PI / Math.sqrt(18);
    /** Largest number of particles the generator accepts. */
    public static final int MAX_PARTICLES = 50_000;

    public PackingSpec {
        checkBox(lxM, lyM, lzM, separatorM);
        checkFraction("microstructure.cam_volume_fraction", camFraction, false);
        checkFraction("microstructure.void_volume_fraction", voidFraction, true);
        checkFraction("microstructure.cbd_volume_fraction", cbdFraction, true);
        if (camRadius == null) {
            throw new InputError("microstructure.cam_radius_um", "no CAM size distribution",
                    "give cam_radius_um.mean and .sd, or cam_radius_um.list");
        }
        requireDistribution("microstructure.void_radius_um", voidFraction, voidRadius);
        requireDistribution("microstructure.cbd_radius_um", cbdFraction, cbdRadius);
        if (contact == null) {
            throw new InputError("microstructure.contact.mode", "no contact rule", "use one of: gap, overlap");
        }
        if (lateral == null) {
            throw new InputError("microstructure.lateral", "no lateral mode", "use one of: cut, periodic");
        }
        double total = camFraction + voidFraction + cbdFraction;
        if (total >= 1) {
            throw new InputError("microstructure.cam_volume_fraction", String.format(Locale.ROOT,
                    "cam + void + cbd fractions add up to %.4g, leaving no room for the SE", total),
                    "lower the fractions so that they add up to less than 1");
        }
    }

    /** A CAM-only spec (no pores, no CBD). */
    public static PackingSpec camOnly(double lxM, double lyM, double lzM, double separatorM, double camFraction,
                                      SizeDistribution camRadius, ContactRule contact, LateralMode lateral,
                                      long seed) {
        PackingSpec s = new PackingSpec(lxM, lyM, lzM, separatorM, camFraction, camRadius, 0, null, 0, null,
                contact, lateral, seed);
        s.checkFeasible();
        return s;
    }

    /** This spec with pores added. */
    public PackingSpec withVoid(double fraction, SizeDistribution radius) {
        PackingSpec s = new PackingSpec(lxM, lyM, lzM, separatorM, camFraction, camRadius, fraction, radius,
                cbdFraction, cbdRadius, contact, lateral, seed);
        s.checkFeasible();
        return s;
    }

    /** This spec with carbon/binder particles added. */
    public PackingSpec withCbd(double fraction, SizeDistribution radius) {
        PackingSpec s = new PackingSpec(lxM, lyM, lzM, separatorM, camFraction, camRadius, voidFraction,
                voidRadius, fraction, radius, contact, lateral, seed);
        s.checkFeasible();
        return s;
    }

    /** This spec with another seed. */
    public PackingSpec withSeed(long newSeed) {
        return new PackingSpec(lxM, lyM, lzM, separatorM, camFraction, camRadius, voidFraction, voidRadius,
                cbdFraction, cbdRadius, contact, lateral, newSeed);
    }

    /** Thickness of the composite layer, Lx - Lsep, metres. */
    public double compositeThicknessM() { return lxM - separatorM; }

    /** Volume of the composite layer, m^3. */
    public double compositeVolume() { return compositeThicknessM() * lyM * lzM; }

    /** Requested fraction of the composite layer for a particle phase (0 for SE). */
    public double fraction(Phase p) {
        return switch (p) {
            case CAM -> camFraction;
            case VOID -> voidFraction;
            case CBD -> cbdFraction;
            case SE -> 0;
        };
    }

    /** Size distribution of a particle phase (null when the phase is absent). */
    public SizeDistribution radius(Phase p) {
        return switch (p) {
            case CAM -> camRadius;
            case VOID -> voidRadius;
            case CBD -> cbdRadius;
            case SE -> null;
        };
    }

    /**
     * Checks that the particles fit in the box and that the fractions are reachable; called by the
     * generator (and by the factories) so that a spec can be built field by field first.
     *
     * @throws InputError naming the radius or fraction key, with the reason
     */
    public void checkFeasible() {
        for (Phase p : new Phase[] {Phase.CAM, Phase.VOID, Phase.CBD}) {
            if (fraction(p) > 0) {
                checkSize(p, radius(p));
            }
        }
        double g = contact.minGap();
        double core = contact.mode() == ContactRule.Mode.GAP ? Math.pow(1 + g / 2, 3)
                : Math.pow(1 - contact.minOverlap() / 2, 3);
        double hardCore = (camFraction * core + voidFraction * Math.pow(1 + g / 2, 3)
                + cbdFraction * Math.pow(1 + g / 2, 3));
        if (hardCore > KEPLER) {
            throw new InputError("microstructure.cam_volume_fraction", String.format(Locale.ROOT,
                    "unreachable: with the contact rule %s the particles would fill %.3f of the layer with "
                            + "non-overlapping cores, above %.4f, the densest packing of equal spheres",
                    contact, hardCore, KEPLER), "lower the fractions, or use contact.mode = overlap");
        }
        double count = 0;
        for (Phase p : new Phase[] {Phase.CAM, Phase.VOID, Phase.CBD}) {
            if (fraction(p) > 0) {
                count += fraction(p) * compositeVolume() / radius(p).meanVolume();
            }
        }
        if (count > MAX_PARTICLES) {
            throw new InputError("microstructure.box_um", String.format(Locale.ROOT,
                    "the box would hold about %.0f particles, more than %d", count, MAX_PARTICLES),
                    "use a smaller box or larger particles");
        }
    }

    private void checkSize(Phase p, SizeDistribution d) {
        double dMax = 2 * d.maxM() * (1 + contact.minGap());
        String key = d.key() + (d.kind() == SizeDistribution.Kind.LIST ? ".list" : ".max");
        if (dMax > compositeThicknessM()) {
            throw new InputError(key, String.format(Locale.ROOT, "%s particles up to %s um radius do not fit "
                    + "in the composite layer, %s um thick", p.id(), SizeDistribution.um(d.maxM()),
                    SizeDistribution.um(compositeThicknessM())), "use a thicker box or smaller particles");
        }
        double lateralNeed = lateral == LateralMode.PERIODIC ? 2 * dMax : dMax;
        if (lateralNeed > Math.min(lyM, lzM)) {
            throw new InputError(key, String.format(Locale.ROOT, "%s particles up to %s um radius are too large "
                    + "for the %s x %s um lateral box%s", p.id(), SizeDistribution.um(d.maxM()),
                    SizeDistribution.um(lyM), SizeDistribution.um(lzM),
                    lateral == LateralMode.PERIODIC ? " with periodic images (needs 4 radii)" : ""),
                    "use a wider box or smaller particles");
        }
    }

    private static void checkBox(double lx, double ly, double lz, double sep) {
        for (double v : new double[] {lx, ly, lz}) {
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new InputError("microstructure.box_um", "box lengths " + SizeDistribution.um(lx) + ", "
                        + SizeDistribution.um(ly) + ", " + SizeDistribution.um(lz) + " um must all be positive",
                        "give three positive lengths in um, e.g. [60, 30, 30]");
            }
        }
        if (!(sep >= 0) || !(sep < lx)) {
            throw new InputError("microstructure.separator_um", "separator thickness " + SizeDistribution.um(sep)
                    + " um must lie in [0, Lx = " + SizeDistribution.um(lx) + " um)",
                    "give a separator thinner than the box");
        }
    }

    private static void checkFraction(String key, double f, boolean zeroAllowed) {
        boolean ok = zeroAllowed ? f >= 0 && f < 1 : f > 0 && f < 1;
        if (!ok || !Double.isFinite(f)) {
            throw new InputError(key, "volume fraction " + f + " is outside " + (zeroAllowed ? "[0, 1)" : "(0, 1)"),
                    "give a fraction of the composite layer volume, e.g. 0.6");
        }
    }

    private static void requireDistribution(String key, double fraction, SizeDistribution d) {
        if (fraction > 0 && d == null) {
            throw new InputError(key, "a volume fraction is given but no size distribution",
                    "give " + key + ".mean and .sd, or " + key + ".list");
        }
    }
}
