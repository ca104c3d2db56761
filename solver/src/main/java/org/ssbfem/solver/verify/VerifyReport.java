package org.ssbfem.solver.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ssbfem.post.refine.CsvWriter;
import org.ssbfem.post.refine.ErrorPlot;
import org.ssbfem.post.refine.HtmlWriter;
import org.ssbfem.post.refine.MarkdownWriter;
import org.ssbfem.post.refine.ReportDocument;
import org.ssbfem.solver.study.Version;

/**
 * The report of {@code ssbfem verify}: one row per term and degree (levels, finest errors,
 * measured L2 and H1 slopes against theory, pass/fail), the analytic rows, and log-log plots of
 * the errors against unknowns; written as {@code verify.html} (self-contained), {@code verify.md}
 * and {@code verify.csv}.
 */
public final class VerifyReport {
    private VerifyReport() {
    }

    /** Writes the three files into {@code dir} (created when missing). */
    public static void write(Path dir, List<VerifyRow> rows, List<AnalyticChecks.Check> analytic, boolean quick,
                             double seconds) throws IOException {
        Files.createDirectories(dir);
        ReportDocument doc = document(rows, analytic, quick, seconds);
        HtmlWriter.write(doc, dir.resolve("verify.html"));
        MarkdownWriter.write(doc, dir.resolve("verify.md"));
        CsvWriter.write(doc.tables().get(0), dir.resolve("verify.csv"));
    }

    static ReportDocument document(List<VerifyRow> rows, List<AnalyticChecks.Check> analytic, boolean quick,
                                   double seconds) {
        ReportDocument doc = new ReportDocument("ssbfem verification: manufactured solutions and analytic cases");
        doc.fact("ssbfem version", Version.ssbfem()).fact("Java", System.getProperty("java.version"))
                .fact("date", Instant.now().toString()).fact("mode", quick ? "quick" : "full")
                .fact("wall time (s)", fmt(seconds, 3));
        doc.add(new ReportDocument.Heading("Manufactured solutions"));
        doc.add(new ReportDocument.Paragraph("Slopes are least-squares fits of log(error) over log(h), h = unknowns^(-1/dim), "
                + "on perturbed (unstructured) meshes of the unit square. Pass: L2 slope >= p + 1 - "
                + VerifySuite.MARGIN_L2 + " and H1 slope >= p - " + VerifySuite.MARGIN_H1 + ", neither above theory + "
                + VerifySuite.MARGIN_ABOVE + "."));
        doc.add(table(rows));
        doc.add(new ReportDocument.Heading("Analytic cases (exact in the discrete space)"));
        doc.add(analyticTable(analytic));
        figures(doc, rows);
        return doc;
    }

    private static ReportDocument.Table table(List<VerifyRow> rows) {
        List<List<String>> out = new ArrayList<>();
        for (VerifyRow r : rows) {
            String dofs = r.results().stream().map(m -> Long.toString(m.dofs())).collect(Collectors.joining(" "));
            double l2 = r.results().isEmpty() ? Double.NaN : r.results().get(r.results().size() - 1).errorL2();
            double h1 = r.results().isEmpty() ? Double.NaN : r.results().get(r.results().size() - 1).errorH1();
            out.add(List.of(r.term(), "P" + r.degree(), dofs, sci(l2), fmt(r.slopeL2(), 3), fmt(r.theoryL2(), 1),
                    sci(h1), fmt(r.slopeH1(), 3), fmt(r.theoryH1(), 1), fmt(r.seconds(), 2),
                    r.pass() ? "pass" : "fail", r.error() == null ? "" : r.error()));
        }
        return new ReportDocument.Table("mms", "Measured convergence slopes against theory", List.of("term", "degree",
                "unknowns per level", "finest L2 error", "L2 slope", "L2 theory", "finest H1 error", "H1 slope",
                "H1 theory", "time (s)", "result", "note"), out);
    }

    private static ReportDocument.Table analyticTable(List<AnalyticChecks.Check> checks) {
        List<List<String>> out = new ArrayList<>();
        for (AnalyticChecks.Check c : checks) {
            out.add(List.of(c.name(), "P" + c.degree(), sci(c.maxError()), sci(AnalyticChecks.TOLERANCE),
                    c.pass() ? "pass" : "fail"));
        }
        return new ReportDocument.Table("analytic", "Largest nodal error against the exact solution",
                List.of("case", "degree", "max error", "tolerance", "result"), out);
    }

    private static void figures(ReportDocument doc, List<VerifyRow> rows) {
        doc.add(new ReportDocument.Heading("Figures"));
        for (boolean l2 : new boolean[] {true, false}) {
            List<ErrorPlot.Series> series = new ArrayList<>();
            for (VerifyRow r : rows) {
                double[] n = r.results().stream().mapToDouble(MmsResult::dofs).toArray();
                double[] e = r.results().stream().mapToDouble(m -> l2 ? m.errorL2() : m.errorH1()).toArray();
                series.add(new ErrorPlot.Series(shortName(r), n, e));
            }
            String norm = l2 ? "L2" : "H1";
            byte[] png = ErrorPlot.png(norm + " error against unknowns", norm + " error", series, 2);
            if (png != null) {
                doc.add(new ReportDocument.Figure("error-" + norm, norm + " errors of every row, log-log, with reference "
                        + "slopes h^k = N^(-k/2)", png));
            }
        }
    }

    private static String shortName(VerifyRow r) {
        String t = r.term().split("[,(]")[0].trim();
        return t + " P" + r.degree();
    }

    private static String fmt(double v, int digits) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + digits + "f", v) : "-";
    }

    private static String sci(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3e", v) : "-";
    }
}
