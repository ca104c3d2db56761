package org.ssbfem.solver.casefile;

import org.ssbfem.mesh.build.MeshOptions;

/**
 * Reads the {@code mesh:} section of a case into {@link MeshOptions}:
 * {@code size_um} (global element size), {@code min_size_um} (size at particle surfaces, default
 * half the global size), {@code order} (1 or 2), {@code optimize}, {@code gmsh_log}.
 */
public final class MeshSection {
    private MeshSection() {
    }

    /** The mesh options of {@code m} (the {@code mesh} mapping). */
    public static MeshOptions options(CaseNode m) {
        double size = m.number("size_um");
        double min = m.number("min_size_um", size / 2);
        int order = m.integer("order", 1);
        boolean optimize = m.bool("optimize", true);
        boolean log = m.bool("gmsh_log", false);
        boolean gmshHo = "gmsh".equals(m.choice("high_order_fix", "straighten", "straighten", "gmsh"));
        return new MeshOptions(size * 1e-6, min * 1e-6, order, optimize, log, 1, gmshHo);
    }
}
