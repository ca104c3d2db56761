package org.ssbfem.mesh.micro;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ssbfem.mesh.InputError;

/**
 * A particle radius distribution: lognormal or normal given by the mean and standard deviation of
 * the radius and truncated to [min, max] (by rejection), or an explicit list of radii sampled
 * uniformly with replacement. Radii in metres. Immutable; {@link #sample} is deterministic for a
 * given random stream.
 *
 * <p>Parameters are validated by the factories, which throw {@link InputError} naming
 * {@code key.mean}, {@code key.sd}, {@code key.min}, {@code key.max} or {@code key.list}, where
 * {@code key} is the case-file key of the distribution, e.g. {@code microstructure.cam_radius_um}.
 * Default truncation when min/max are not given: [max(mean - 3 sd, mean / 5), mean + 3 sd].
 *
 * @param kind shape of the distribution
 * @param key case-file key, for messages
 * @param meanM mean radius, metres (for a list: the list mean)
 * @param sdM standard deviation of the radius, metres (for a list: the list's)
 * @param minM smallest radius drawn, metres
 * @param maxM largest radius drawn, metres
 * @param listM the explicit radii (empty unless kind is LIST); the array is copied
 */
public record SizeDistribution(Kind kind, String key, double meanM, double sdM, double minM, double maxM,
                               double[] listM) {
    /** Shapes of a size distribution. */
    public enum Kind { LOGNORMAL, NORMAL, LIST }

    private static final int MAX_TRIES = 10_000;

    public SizeDistribution {
        listM = listM.clone();
    }

    /** The explicit radii in metres (a copy; empty unless kind is LIST). */
    @Override
    public double[] listM() { return listM.clone(); }

    /** Lognormal radius with default truncation. */
    public static SizeDistribution lognormal(String key, double meanM, double sdM) {
        return lognormal(key, meanM, sdM, defaultMin(meanM, sdM), meanM + 3 * sdM);
    }

    /**
     * Lognormal radius truncated to [minM, maxM].
     *
     * @throws InputError if mean &lt;= 0, sd &lt; 0, min &lt;= 0, max &lt; min, or [min, max] misses the mean
     */
    public static SizeDistribution lognormal(String key, double meanM, double sdM, double minM, double maxM) {
        check(key, meanM, sdM, minM, maxM);
        return new SizeDistribution(Kind.LOGNORMAL, key, meanM, sdM, minM, maxM, new double[0]);
    }

    /** Normal radius with default truncation. */
    public static SizeDistribution normal(String key, double meanM, double sdM) {
        return normal(key, meanM, sdM, defaultMin(meanM, sdM), meanM + 3 * sdM);
    }

    /** Normal radius truncated to [minM, maxM]; same checks as {@link #lognormal(String, double, double, double, double)}. */
    public static SizeDistribution normal(String key, double meanM, double sdM, double minM, double maxM) {
        check(key, meanM, sdM, minM, maxM);
        return new SizeDistribution(Kind.NORMAL, key, meanM, sdM, minM, maxM, new double[0]);
    }

    /**
     * Radii drawn uniformly from {@code radiiM}.
     *
     * @param key the distribution's key, e.g. {@code microstructure.cam_radius_um} (a trailing
     *     {@code .list} is accepted and dropped)
     * @throws InputError naming {@code key.list} if the list is empty or holds a radius that is not
     *     positive and finite
     */
    public static SizeDistribution list(String key, double... radiiM) {
        if (key.endsWith(".list")) {
            return list(key.substring(0, key.length() - ".list".length()), radiiM);
        }
        if (radiiM.length == 0) {
            throw new InputError(key + ".list", "the list of radii is empty", "give at least one radius in um");
        }
        for (int i = 0; i < radiiM.length; i++) {
            if (!(radiiM[i] > 0) || !Double.isFinite(radiiM[i])) {
                throw new InputError(key + ".list", "radius number " + (i + 1) + " is " + um(radiiM[i])
                        + " um", "every radius must be a positive number of micrometres");
            }
        }
        double mean = Arrays.stream(radiiM).average().orElseThrow();
        double var = Arrays.stream(radiiM).map(r -> (r - mean) * (r - mean)).sum() / radiiM.length;
        return new SizeDistribution(Kind.LIST, key, mean, Math.sqrt(var), Arrays.stream(radiiM).min().orElseThrow(),
                Arrays.stream(radiiM).max().orElseThrow(), radiiM);
    }

    /** Draws one radius in metres. */
    public double sample(SplittableRandom rng) {
        if (kind == Kind.LIST) {
            return listM[rng.nextInt(listM.length)];
        }
        for (int i = 0; i < MAX_TRIES; i++) {
            double r = kind == Kind.NORMAL ? meanM + sdM * gaussian(rng) : lognormalDraw(rng);
            if (r >= minM && r <= maxM) {
                return r;
            }
        }
        throw new InputError(key + ".min", "the range [" + um(minM) + ", " + um(maxM)
                + "] um holds almost none of the distribution", "widen min/max around the mean");
    }

    /** Mean volume of one sphere drawn from this distribution, m^3 (estimated by sampling). */
    public double meanVolume() {
        SplittableRandom rng = new SplittableRandom(12345);
        double sum = 0;
        int n = kind == Kind.LIST ? listM.length : 20_000;
        for (int i = 0; i < n; i++) {
            sum += SphereVolumes.sphere(kind == Kind.LIST ? listM[i] : sample(rng));
        }
        return sum / n;
    }

    private double lognormalDraw(SplittableRandom rng) {
        double s2 = Math.log(1 + sdM * sdM / (meanM * meanM));
        double mu = Math.log(meanM) - 0.5 * s2;
        return Math.exp(mu + Math.sqrt(s2) * gaussian(rng));
    }

    /** Standard normal variate (Box-Muller). */
    private static double gaussian(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static double defaultMin(double meanM, double sdM) {
        return Math.max(meanM - 3 * sdM, meanM / 5);
    }

    private static void check(String key, double meanM, double sdM, double minM, double maxM) {
        if (!(meanM > 0) || !Double.isFinite(meanM)) {
            throw new InputError(key + ".mean", "mean radius " + um(meanM) + " um is not positive",
                    "give the mean particle radius in um, e.g. 3.0");
        }
        if (!(sdM >= 0) || !Double.isFinite(sdM)) {
            throw new InputError(key + ".sd", "standard deviation " + um(sdM) + " um is negative",
                    "give sd >= 0 (0 for equal spheres)");
        }
        if (!(minM > 0) || !Double.isFinite(minM)) {
            throw new InputError(key + ".min", "smallest radius " + um(minM) + " um is not positive",
                    "give min > 0 um");
        }
        if (!(maxM >= minM) || !Double.isFinite(maxM)) {
            throw new InputError(key + ".max", "largest radius " + um(maxM) + " um is below min " + um(minM)
                    + " um", "give max >= min");
        }
        if (meanM < minM || meanM > maxM) {
            throw new InputError(key + ".mean", "mean " + um(meanM) + " um lies outside [min, max] = ["
                    + um(minM) + ", " + um(maxM) + "] um", "put the mean between min and max");
        }
    }

    static String um(double m) {
        return String.format(java.util.Locale.ROOT, "%.4g", m * 1e6);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SizeDistribution s && kind == s.kind && key.equals(s.key) && meanM == s.meanM
                && sdM == s.sdM && minM == s.minM && maxM == s.maxM && Arrays.equals(listM, s.listM);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(kind, key, meanM, sdM, minM, maxM, Arrays.hashCode(listM));
    }

    @Override
    public String toString() {
        return kind == Kind.LIST ? "list of " + listM.length + " radii (mean " + um(meanM) + " um)"
                : kind.name().toLowerCase(java.util.Locale.ROOT) + "(mean " + um(meanM) + " um, sd " + um(sdM)
                + " um, in [" + um(minM) + ", " + um(maxM) + "] um)";
    }
}
