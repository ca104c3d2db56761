package org.ssbfem.post.refine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes one {@link ReportDocument.Table} as CSV (RFC 4180 quoting, header row first). */
public final class CsvWriter {
    private CsvWriter() {
    }

    /** Writes {@code table} to {@code file}. */
    public static void write(ReportDocument.Table table, Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        line(sb, table.headers());
        table.rows().forEach(r -> line(sb, r));
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            boolean quote = c.contains(",") || c.contains("\"") || c.contains("\n");
            sb.append(i == 0 ? "" : ",").append(quote ? '"' + c.replace("\"", "\"\"") + '"' : c);
        }
        sb.append('\n');
    }
}
