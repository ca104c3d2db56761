package org.ssbfem.solver.study;

/** The ssbfem version, from the jar manifest (or "dev" when run from classes). */
public final class Version {
    private Version() {
    }

    /** ssbfem's version string. */
    public static String ssbfem() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
