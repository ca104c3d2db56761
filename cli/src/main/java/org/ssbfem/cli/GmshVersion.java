package org.ssbfem.cli;

import org.ssbfem.mesh.gmsh.Gmsh;

/** Gmsh's version as text, or why its library cannot be loaded. */
final class GmshVersion {
    private GmshVersion() {
    }

    static String text() {
        try {
            return Gmsh.session(s -> s.version()) + " (C API " + Gmsh.abi().family() + ")";
        } catch (RuntimeException | LinkageError e) {
            return "not available: " + e.getMessage()
                    + " (install it: sudo apt-get install libgmsh-dev, or run scripts/install-deps.sh)";
        }
    }
}
