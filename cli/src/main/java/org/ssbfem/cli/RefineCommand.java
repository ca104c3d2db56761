package org.ssbfem.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ssbfem.mesh.InputError;
import org.ssbfem.solver.casefile.CaseNode;
import org.ssbfem.solver.casefile.CaseReader;
import org.ssbfem.solver.study.CaseRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ssbfem refine CASE.yaml --out DIR}: runs a {@code study: refinement} case (a base case at
 * several mesh sizes, degrees and time steps) and prints where its report is.
 */
@Command(name = "refine", mixinStandardHelpOptions = true,
        description = {"Runs a refinement case (study: refinement): the base case it names at every mesh size,",
            "degree and time-step setting, each in DIR/level-<k>-P<d>/, levels in parallel (Gmsh one at a time).",
            "Writes DIR/refinement.html (self-contained, with plots), refinement.md, refinement.csv and",
            "summary.json with observed orders, extrapolated values and GCI of every quantity."})
final class RefineCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CASE.yaml",
            description = "a case with study: refinement (see cases/README.md)")
    Path caseFile;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "output folder (default: results/<case folder name>)")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path parent = caseFile.toAbsolutePath().getParent();
        String name = parent == null ? "refinement" : parent.getFileName().toString();
        Path dir = out != null ? out : Path.of("results", name);
        CaseNode study = CaseReader.read(caseFile).find("study");
        if (study == null || !"refinement".equals(study.text())) {
            throw new InputError(study == null ? caseFile.toString() : study.where() + " (study)",
                    "ssbfem refine needs a case with study: refinement",
                    "write a refinement case that names this one as refinement.base_case"
                    + " (see cases/refinement-conductivity/case.yaml), or use ssbfem run");
        }
        CaseRunner.run(caseFile, dir, false);
        System.out.println("report: " + dir.resolve("refinement.html").toAbsolutePath().normalize());
        System.out.println("results: " + dir.toAbsolutePath().normalize());
        return 0;
    }
}
