package org.ssbfem.cli;

/** Gmsh's version as text, or why it cannot be loaded. */
final class GmshVersion {
    private GmshVersion() {
    }

    static String text() {
        return "(binding not yet wired)";
    }
}
