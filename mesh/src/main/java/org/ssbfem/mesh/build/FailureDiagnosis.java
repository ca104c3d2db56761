package org.ssbfem.mesh.build;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.gmsh.GmshException;
import org.ssbfem.mesh.micro.Microstructure;
import org.ssbfem.mesh.micro.Particle;

/**
 * Turns a Gmsh failure on a microstructure into an {@link InputError} naming what the user can
 * change, when the geometry shows a likely cause: two particles that nearly touch or barely
 * overlap (a sliver Gmsh cannot mesh), a particle nearly tangent to a box face, or, when mesh
 * generation failed, an element size at particle surfaces larger than the smallest radius.
 * Otherwise the {@link GmshException} is returned unchanged.
 */
final class FailureDiagnosis {
    /** A gap, overlap or face clearance below this fraction of the radius is a likely cause. */
    static final double NEAR_CONTACT_FRACTION = 0.01;

    private FailureDiagnosis() { }

    /** The exception to throw for {@code e} (an InputError when a cause is identified). */
    static RuntimeException diagnose(Microstructure m, MeshOptions o, GmshException e) {
        String cause = "Gmsh: " + e.getMessage();
        Near worst = nearestContact(m);
        Near face = nearestFaceTangency(m);
        if (face != null && (worst == null || face.fraction < worst.fraction)) {
            worst = face;
        }
        if (worst != null && worst.fraction < NEAR_CONTACT_FRACTION) {
            return new InputError("microstructure.particles", worst.description + "; " + cause,
                    worst.fix, e);
        }
        double rMin = m.particles().stream().mapToDouble(Particle::radiusM).min().orElse(Double.MAX_VALUE);
        if (e.function().contains("Generate") && o.minSizeM() > rMin) {
            boolean refined = o.minSizeM() < o.sizeM();
            String param = refined ? "mesh.min_size_um" : "mesh.size_um";
            return new InputError(param, param + " = " + MeshOptions.um(o.minSizeM())
                    + " um is too large for particles of radius " + MeshOptions.um(rMin) + " um; " + cause,
                    "use an element size at particle surfaces of at most half the smallest radius ("
                            + MeshOptions.um(rMin / 2) + " um)", e);
        }
        return e;
    }

    /** {@code fraction} in percent with two significant digits, e.g. "0.3". */
    static String percent(double fraction) {
        return new BigDecimal(100 * fraction).round(new MathContext(2)).stripTrailingZeros().toPlainString();
    }

    /** A near-degenerate configuration, its size relative to the radius, and advice. */
    record Near(double fraction, String description, String fix) { }

    /** The particle pair whose gap or overlap depth is smallest relative to the smaller radius. */
    static Near nearestContact(Microstructure m) {
        AnalyticShapes shapes = new AnalyticShapes(m.is2d() ? 2 : 3);
        List<Particle> ps = m.particles();
        Near best = null;
        for (int i = 0; i < ps.size(); i++) {
            for (int j = i + 1; j < ps.size(); j++) {
                double gap = shapes.gap(ps.get(i), ps.get(j));
                double r = Math.min(ps.get(i).radiusM(), ps.get(j).radiusM());
                double f = Math.abs(gap) / r;
                if (best == null || f < best.fraction) {
                    best = new Near(f, String.format(Locale.ROOT, "particles %d and %d %s (%s %s %% of radius)",
                            i, j, gap >= 0 ? "nearly touch" : "barely overlap", gap >= 0 ? "gap" : "overlap",
                            percent(f)), "the packing's contact rule should prevent this: move them apart or"
                            + " let them overlap by more than " + (int) (100 * NEAR_CONTACT_FRACTION) + " % of the radius");
                }
            }
        }
        return best;
    }

    /** The particle whose surface comes closest (relative to its radius) to being tangent to a box face. */
    static Near nearestFaceTangency(Microstructure m) {
        double[] len = {m.lxM(), m.lyM(), m.lzM()};
        String[] axis = {"x", "y", "z"};
        Near best = null;
        for (int i = 0; i < m.particles().size(); i++) {
            Particle p = m.particles().get(i);
            double[] c = {p.xM(), p.yM(), p.zM()};
            for (int d = 0; d < (m.is2d() ? 2 : 3); d++) {
                for (int side = 0; side < 2; side++) {
                    double h = side == 0 ? c[d] : len[d] - c[d];
                    double f = Math.abs(h - p.radiusM()) / p.radiusM();
                    if (best == null || f < best.fraction) {
                        best = new Near(f, String.format(Locale.ROOT, "particle %d nearly touches the box face %s = %s"
                                + " (clearance %s %% of radius)", i, axis[d], side == 0 ? "0" : "L" + axis[d],
                                percent(f)), "move the particle so that it either crosses the face clearly or stays"
                                + " clear of it by more than " + (int) (100 * NEAR_CONTACT_FRACTION) + " % of its radius");
                    }
                }
            }
        }
        return best;
    }
}
