package org.ssbfem.mesh.build;

import java.util.Locale;
import org.ssbfem.mesh.InputError;

/**
 * How to mesh a microstructure. Parameter paths in error messages ({@code mesh.size_um}, ...) are
 * the case-file keys, which give lengths in micrometres.
 *
 * @param sizeM global element size away from interfaces, metres (&gt; 0)
 * @param minSizeM element size at particle surfaces (interfaces and contacts), metres, in
 *                 {@code (0, sizeM]}; equal to {@code sizeM} for no refinement
 * @param order geometric and Lagrange order of the cells: 1 (straight) or 2 (curved)
 * @param optimize optimize the mesh: Gmsh's tetrahedron optimizer while generating, and for order 2
 *                 the high-order optimizer that untangles curved cells
 * @param gmshLog let Gmsh print its log on the terminal
 * @param threads threads Gmsh may use (&ge; 1)
 * @param gmshHighOrderOptimizer order 2: untangle curved cells that {@code setOrder(2)} inverted
 *                 with Gmsh's HighOrder optimizer (keeps them curved, but can take minutes for
 *                 hundreds of particles); false: make just those cells straight in Java (fast; the
 *                 count is reported)
 * @throws InputError naming the parameter when a value is out of range
 */
public record MeshOptions(double sizeM, double minSizeM, int order, boolean optimize, boolean gmshLog,
                          int threads, boolean gmshHighOrderOptimizer) {
    public MeshOptions {
        if (!(sizeM > 0) || !Double.isFinite(sizeM)) {
            throw new InputError("mesh.size_um", "element size must be positive and finite, got "
                    + um(sizeM) + " um", "give a size of a fraction of the smallest particle radius");
        }
        if (!(minSizeM > 0) || !(minSizeM <= sizeM)) {
            throw new InputError("mesh.min_size_um", "size at interfaces must lie in (0, mesh.size_um = "
                    + um(sizeM) + " um], got " + um(minSizeM) + " um",
                    "give a value at most mesh.size_um (equal to it for a uniform mesh)");
        }
        if (order != 1 && order != 2) {
            throw new InputError("mesh.order", "order must be 1 or 2, got " + order,
                    "use 1 for straight P1 cells or 2 for curved P2 cells");
        }
        if (threads < 1) {
            throw new InputError("mesh.threads", "threads must be at least 1, got " + threads,
                    "use 1 (or the number of cores)");
        }
    }

    /** Options without Gmsh's high-order optimizer (inverted curved cells are straightened). */
    public MeshOptions(double sizeM, double minSizeM, int order, boolean optimize, boolean gmshLog, int threads) {
        this(sizeM, minSizeM, order, optimize, gmshLog, threads, false);
    }

    /**
     * Optimized, quiet, single-threaded options.
     *
     * @param sizeM global element size, metres
     * @param minSizeM size at particle surfaces, metres
     * @param order 1 or 2
     */
    public static MeshOptions of(double sizeM, double minSizeM, int order) {
        return new MeshOptions(sizeM, minSizeM, order, true, false, 1);
    }

    /** A copy with another order. */
    public MeshOptions withOrder(int newOrder) {
        return new MeshOptions(sizeM, minSizeM, newOrder, optimize, gmshLog, threads, gmshHighOrderOptimizer);
    }

    /** A copy with optimization switched on or off. */
    public MeshOptions withOptimize(boolean on) {
        return new MeshOptions(sizeM, minSizeM, order, on, gmshLog, threads, gmshHighOrderOptimizer);
    }

    /** A copy with Gmsh's high-order optimizer switched on or off. */
    public MeshOptions withGmshHighOrderOptimizer(boolean on) {
        return new MeshOptions(sizeM, minSizeM, order, optimize, gmshLog, threads, on);
    }

    static String um(double metres) {
        return String.format(Locale.ROOT, "%.4g", metres * 1e6);
    }
}
