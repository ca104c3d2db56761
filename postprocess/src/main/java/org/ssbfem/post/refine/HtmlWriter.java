package org.ssbfem.post.refine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link ReportDocument} as one self-contained HTML file: well-formed XHTML (parses as
 * XML), inline CSS, figures embedded as base64 PNG data URIs; it opens in any browser without
 * ssbfem or network access.
 */
public final class HtmlWriter {
    private static final String CSS = "body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}"
            + "table{border-collapse:collapse;margin:0.5em 0 1.5em}td,th{border:1px solid #bbb;padding:3px 8px;"
            + "text-align:right}th{background:#eee}td:first-child,th:first-child{text-align:left}"
            + "img{max-width:100%}.pass{color:#070}.fail{color:#b00}";

    private HtmlWriter() {
    }

    /** Writes {@code doc} to {@code file} (UTF-8, replaced when present). */
    public static void write(ReportDocument doc, Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>").append(esc(doc.title())).append("</title>\n<style>")
                .append(CSS).append("</style>\n</head>\n<body>\n<h1>").append(esc(doc.title())).append("</h1>\n");
        facts(sb, doc.facts());
        for (ReportDocument.Block b : doc.blocks()) {
            block(sb, b);
        }
        sb.append("</body>\n</html>\n");
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    private static void facts(StringBuilder sb, Map<String, String> facts) {
        sb.append("<table class=\"facts\">\n");
        facts.forEach((k, v) -> sb.append("<tr><th>").append(esc(k)).append("</th><td style=\"text-align:left\">")
                .append(esc(v)).append("</td></tr>\n"));
        sb.append("</table>\n");
    }

    private static void block(StringBuilder sb, ReportDocument.Block b) {
        if (b instanceof ReportDocument.Heading h) {
            sb.append("<h2>").append(esc(h.text())).append("</h2>\n");
        } else if (b instanceof ReportDocument.Paragraph p) {
            sb.append("<p>").append(esc(p.text())).append("</p>\n");
        } else if (b instanceof ReportDocument.Table t) {
            table(sb, t);
        } else if (b instanceof ReportDocument.Figure f) {
            sb.append("<figure><img alt=\"").append(esc(f.caption())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(f.png())).append("\"/><figcaption>")
                    .append(esc(f.caption())).append("</figcaption></figure>\n");
        }
    }

    private static void table(StringBuilder sb, ReportDocument.Table t) {
        sb.append("<table>\n<caption style=\"text-align:left\">").append(esc(t.caption())).append("</caption>\n<tr>");
        t.headers().forEach(h -> sb.append("<th>").append(esc(h)).append("</th>"));
        sb.append("</tr>\n");
        for (List<String> row : t.rows()) {
            sb.append("<tr>");
            for (String c : row) {
                String cls = "pass".equals(c) ? " class=\"pass\"" : "fail".equals(c) ? " class=\"fail\"" : "";
                sb.append("<td").append(cls).append('>').append(esc(c)).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n");
    }

    /** Escapes text for HTML/XML content and attributes. */
    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
