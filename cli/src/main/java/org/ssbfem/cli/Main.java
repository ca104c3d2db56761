package org.ssbfem.cli;

import org.ssbfem.mesh.InputError;
import org.ssbfem.solver.linalg.SolverException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ssbfem} command line. Exit codes: 0 success, 1 internal error (a bug: please report
 * it), 2 a problem with the input the user can fix, 3 a solver that did not converge.
 */
@Command(name = "ssbfem", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Particle-resolved finite element simulation of all-solid-state battery composite cathodes.",
            "Builds microstructures (generated packings, DEM particle lists, Gmsh meshes), meshes them",
            "with Gmsh and solves the studies of the case file; results open in ParaView.", ""},
        subcommands = {RunCommand.class, BenchCommand.class, RefineCommand.class, VerifyCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Case file format: cases/README.md. Examples: cases/*/case.yaml."})
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (used by tests). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> handle(ex, cmd));
        cl.getSubcommands().get("run").getCommandSpec().usageMessage().footer(RunCommand.studyList());
        return cl.execute(args);
    }

    private static int handle(Exception ex, CommandLine cmd) {
        if (ex instanceof InputError) {
            cmd.getErr().println("error: " + ex.getMessage());
            return 2;
        }
        if (ex instanceof SolverException) {
            cmd.getErr().println("solver failed: " + ex.getMessage());
            return 3;
        }
        cmd.getErr().println("internal error (a bug in ssbfem; please report it with the case file):");
        ex.printStackTrace(cmd.getErr());
        return 1;
    }
}
