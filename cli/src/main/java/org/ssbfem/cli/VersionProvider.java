package org.ssbfem.cli;

import org.ssbfem.solver.study.Version;
import picocli.CommandLine.IVersionProvider;

/** {@code ssbfem --version}: ssbfem's, Java's and Gmsh's versions. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "ssbfem " + Version.ssbfem(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
            "Gmsh " + GmshVersion.text()};
    }
}
