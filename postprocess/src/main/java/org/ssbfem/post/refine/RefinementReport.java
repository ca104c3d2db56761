package org.ssbfem.post.refine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The refinement report of a set of sequences: per quantity and sequence the values per level,
 * the observed order, the Richardson-extrapolated value, the GCI (fine and coarse), the
 * asymptotic-range ratio and the verdict against the user's tolerance; the P1/P2 comparison on
 * the same meshes (p-check); figures. Written as {@code <stem>.html} (self-contained),
 * {@code <stem>.md} (+ PNGs), {@code <stem>.csv} (the GCI table) and {@code <stem>-levels.csv}.
 *
 * @param title report title
 * @param facts case, parameters, versions, date (shown first)
 * @param quantities quantity names in report order
 * @param units unit of each quantity ("1" when dimensionless)
 * @param sequences the sequences (not modified)
 * @param toleranceRel relative tolerance of the verdicts
 */
public record RefinementReport(String title, Map<String, String> facts, List<String> quantities,
                               Map<String, String> units, List<RefinementSequence> sequences, double toleranceRel) {

    /** One row of the GCI table. */
    public record Row(String quantity, RefinementSequence sequence, ConvergenceResult result, String verdict) { }

    /** The analysis of every quantity over every sequence. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String q : quantities) {
            for (RefinementSequence s : sequences) {
                ConvergenceResult r = s.analyze(q);
                rows.add(new Row(q, s, r, r.verdict(toleranceRel)));
            }
        }
        return rows;
    }

    /**
     * P1 against P2 on the same mesh: for each pair of mesh sequences of degrees 1 and 2, each
     * quantity and each mesh size both completed.
     */
    public List<PCheck> pChecks() {
        List<PCheck> out = new ArrayList<>();
        RefinementSequence p1 = meshSequence(1);
        RefinementSequence p2 = meshSequence(2);
        if (p1 == null || p2 == null) {
            return out;
        }
        for (String q : quantities) {
            ConvergenceResult r2 = p2.analyze(q);
            ConvergenceResult r1 = p1.analyze(q);
            for (RefinementLevel a : p1.levels()) {
                for (RefinementLevel b : p2.levels()) {
                    if (a.parameter() == b.parameter() && Double.isFinite(a.value(q)) && Double.isFinite(b.value(q))) {
                        boolean e2 = r2.hasEstimate();
                        double ref = e2 ? r2.extrapolated() : r1.hasEstimate() ? r1.extrapolated() : b.value(q);
                        String refName = e2 ? "P2 extrapolated" : r1.hasEstimate() ? "P1 extrapolated" : "P2 value";
                        out.add(new PCheck(q, p1.parameterName() + " = " + fmt(a.parameter()), a.value(q), b.value(q),
                                ref, refName));
                    }
                }
            }
        }
        return out;
    }

    private RefinementSequence meshSequence(int degree) {
        return sequences.stream().filter(s -> !s.timeStep() && !s.levels().isEmpty()
                && s.levels().get(0).degree() == degree).findFirst().orElse(null);
    }

    /** Writes the HTML, Markdown and CSV versions into {@code dir} with file names {@code stem.*}. */
    public void write(Path dir, String stem) throws IOException {
        ReportDocument doc = document();
        HtmlWriter.write(doc, dir.resolve(stem + ".html"));
        MarkdownWriter.write(doc, dir.resolve(stem + ".md"));
        CsvWriter.write(doc.tables().get(0), dir.resolve(stem + ".csv"));
        CsvWriter.write(levelTable(), dir.resolve(stem + "-levels.csv"));
    }

    /** The report as a document (tables, then figures). */
    public ReportDocument document() {
        ReportDocument doc = new ReportDocument(title);
        facts.forEach(doc::fact);
        doc.fact("tolerance (relative)", fmt(toleranceRel));
        doc.add(new ReportDocument.Heading("Grid and time-step convergence"));
        doc.add(new ReportDocument.Paragraph(RefinementText.METHOD));
        doc.add(gciTable());
        List<PCheck> checks = pChecks();
        if (!checks.isEmpty()) {
            doc.add(new ReportDocument.Heading("p-check: P1 against P2 on the same mesh"));
            doc.add(pTable(checks));
        }
        doc.add(new ReportDocument.Heading("Levels"));
        doc.add(levelTable());
        figures(doc);
        return doc;
    }

    private ReportDocument.Table gciTable() {
        List<List<String>> rows = new ArrayList<>();
        for (Row r : rows()) {
            ConvergenceResult c = r.result();
            long done = r.sequence().levels().stream().filter(RefinementLevel::complete).count();
            rows.add(List.of(r.quantity(), units.getOrDefault(r.quantity(), ""), r.sequence().name(),
                    done + "/" + r.sequence().levels().size(), c.kind().text(), fmt(c.finest()), fmt(c.observedOrder()),
                    fmt(c.extrapolated()), pct(c.approxRelError()), pct(c.gciFine()), pct(c.gciCoarse()),
                    fmt(c.asymptoticRatio()), fmt(c.safetyFactor()), r.verdict()));
        }
        return new ReportDocument.Table("gci", "Observed order p, Richardson extrapolation f_ext and GCI (finest three "
                + "levels of each sequence)", List.of("quantity", "unit", "sequence", "levels done", "behaviour",
                "finest value", "observed order p", "extrapolated", "e_a21 (%)", "GCI fine (%)", "GCI coarse (%)",
                "GCI_coarse/(r^p GCI_fine)", "Fs", "verdict"), rows);
    }

    private ReportDocument.Table pTable(List<PCheck> checks) {
        List<List<String>> rows = new ArrayList<>();
        for (PCheck c : checks) {
            rows.add(List.of(c.quantity(), c.level(), fmt(c.p1()), fmt(c.p2()), c.referenceName(), fmt(c.reference()),
                    pct(c.relativeDifference()), c.verdict(toleranceRel)));
        }
        return new ReportDocument.Table("pcheck", "|P2 - P1| relative to the best available estimate of the exact value",
                List.of("quantity", "mesh", "P1", "P2", "reference", "reference value", "|P2-P1|/ref (%)", "verdict"),
                rows);
    }

    /** Every level with its unknowns, size, time, status and quantity values. */
    public ReportDocument.Table levelTable() {
        List<String> headers = new ArrayList<>(List.of("sequence", "level", "degree", "refined parameter", "unknowns",
                "h", "wall time (s)", "status"));
        quantities.forEach(q -> headers.add(q + " (" + units.getOrDefault(q, "") + ")"));
        List<List<String>> rows = new ArrayList<>();
        for (RefinementSequence s : sequences) {
            for (RefinementLevel l : s.levels()) {
                List<String> row = new ArrayList<>(List.of(s.name(), l.label(), "P" + l.degree(), fmt(l.parameter()),
                        Long.toString(l.unknowns()), fmt(l.h()), fmt(l.wallTimeS()),
                        l.complete() ? "complete" : "failed: " + l.error()));
                quantities.forEach(q -> row.add(fmt(l.value(q))));
                rows.add(row);
            }
        }
        return new ReportDocument.Table("levels", "Every run (failed levels are kept and marked)", headers, rows);
    }

    private void figures(ReportDocument doc) {
        doc.add(new ReportDocument.Heading("Figures"));
        int k = 0;
        for (String q : quantities) {
            k++;
            byte[] v = RefinementPlots.valueAgainstH(q, units.getOrDefault(q, ""), sequences);
            if (v != null) {
                doc.add(new ReportDocument.Figure("value-" + k, q + " against the characteristic size h", v));
            }
            byte[] e = RefinementPlots.errorAgainstUnknowns(q, sequences);
            if (e != null) {
                doc.add(new ReportDocument.Figure("error-" + k, q + ": estimated error against unknowns, with"
                        + " reference slopes", e));
            }
        }
        byte[] c = RefinementPlots.curves(sequences);
        if (c != null) {
            doc.add(new ReportDocument.Figure("curves", "discharge curves of every level", c));
        }
    }

    /** Six significant digits, "-" for NaN. */
    static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "-";
    }

    /** A fraction as percent with three significant digits, "-" for NaN. */
    static String pct(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3g", 100 * v) : "-";
    }
}
