package org.ssbfem.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ssbfem.solver.verify.AnalyticChecks;
import org.ssbfem.solver.verify.VerifyReport;
import org.ssbfem.solver.verify.VerifyRow;
import org.ssbfem.solver.verify.VerifySuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ssbfem verify [--out DIR] [--quick]}: the manufactured-solution suite of every physics
 * term at P1 and P2 and the analytic cases; prints one line per row and writes the report. Exit
 * code 0 when every row passes, 4 when one fails.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Runs the manufactured-solution suite (conduction with a coefficient jump, nonlinear",
            "diffusion D(c), Butler-Volmer interface coupling, transient diffusion, the coupled transient",
            "problem) at P1 and P2 and the analytic cases; reports measured L2 and H1 slopes against theory.",
            "Writes DIR/verify.html (self-contained), verify.md and verify.csv. Exit code 4 when a row fails."})
final class VerifyCommand implements Callable<Integer> {
    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "report folder (default: results/verify)")
    Path out = Path.of("results", "verify");

    @Option(names = "--quick", description = "shorter sequences (under a minute)")
    boolean quick;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        List<VerifyRow> rows = VerifySuite.run(quick);
        List<AnalyticChecks.Check> analytic = AnalyticChecks.run();
        double seconds = (System.nanoTime() - t0) * 1e-9;
        VerifyReport.write(out, rows, analytic, quick, seconds);
        System.out.printf(Locale.ROOT, "%-80s %-3s %8s %6s %8s %6s  %s%n", "term", "p", "L2 slope", "theory",
                "H1 slope", "theory", "result");
        for (VerifyRow r : rows) {
            System.out.printf(Locale.ROOT, "%-80s P%d %8.3f %6.0f %8.3f %6.0f  %s%n", r.term(), r.degree(), r.slopeL2(),
                    r.theoryL2(), r.slopeH1(), r.theoryH1(), r.pass() ? "pass" : "FAIL " + (r.error() == null ? ""
                            : r.error()));
        }
        for (AnalyticChecks.Check c : analytic) {
            System.out.printf(Locale.ROOT, "%-80s P%d max error %.2e  %s%n", c.name(), c.degree(), c.maxError(),
                    c.pass() ? "pass" : "FAIL");
        }
        boolean ok = rows.stream().allMatch(VerifyRow::pass) && analytic.stream().allMatch(AnalyticChecks.Check::pass);
        System.out.printf(Locale.ROOT, "%s in %.1f s; report: %s%n", ok ? "all rows pass" : "SOME ROWS FAIL", seconds,
                out.resolve("verify.html").toAbsolutePath().normalize());
        return ok ? 0 : 4;
    }
}
