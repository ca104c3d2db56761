package org.ssbfem.cli;

import picocli.CommandLine.Command;

/** {@code ssbfem bench ...}: speed and memory benchmarks (not part of the test suite). */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchMeshCommand.class, BenchConductivityCommand.class,
        BenchIterationsCommand.class},
        description = {"Speed and memory benchmarks. Studies also print timings with 'run --profile'."})
final class BenchCommand {
}
