package org.ssbfem.post.refine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a {@link ReportDocument} as GitHub-flavoured Markdown; figures go to PNG files beside it
 * ({@code <stem>-<figure name>.png}), linked by relative path.
 */
public final class MarkdownWriter {
    private MarkdownWriter() {
    }

    /** Writes {@code doc} to {@code file} and its figures next to it. */
    public static void write(ReportDocument doc, Path file) throws IOException {
        String stem = file.getFileName().toString().replaceFirst("\\.md$", "");
        StringBuilder sb = new StringBuilder("# ").append(doc.title()).append("\n\n");
        doc.facts().forEach((k, v) -> sb.append("- **").append(k).append("**: ").append(v).append('\n'));
        sb.append('\n');
        for (ReportDocument.Block b : doc.blocks()) {
            if (b instanceof ReportDocument.Heading h) {
                sb.append("## ").append(h.text()).append("\n\n");
            } else if (b instanceof ReportDocument.Paragraph p) {
                sb.append(p.text()).append("\n\n");
            } else if (b instanceof ReportDocument.Table t) {
                table(sb, t);
            } else if (b instanceof ReportDocument.Figure f) {
                String name = stem + "-" + f.name() + ".png";
                Files.write(file.resolveSibling(name), f.png());
                sb.append("![").append(f.caption()).append("](").append(name).append(")\n\n*").append(f.caption())
                        .append("*\n\n");
            }
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    private static void table(StringBuilder sb, ReportDocument.Table t) {
        sb.append(t.caption()).append("\n\n");
        row(sb, t.headers());
        sb.append('|').append("---|".repeat(t.headers().size())).append('\n');
        t.rows().forEach(r -> row(sb, r));
        sb.append('\n');
    }

    private static void row(StringBuilder sb, List<String> cells) {
        sb.append('|');
        cells.forEach(c -> sb.append(' ').append(c.replace("|", "\\|")).append(" |"));
        sb.append('\n');
    }
}
