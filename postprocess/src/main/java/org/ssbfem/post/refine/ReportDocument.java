package org.ssbfem.post.refine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report as data: a title, facts (case, parameters, software versions, date) and a list of
 * blocks (headings, paragraphs, tables, PNG figures), rendered by {@link HtmlWriter} (one
 * self-contained file), {@link MarkdownWriter} and {@link CsvWriter}. Writers do not modify it.
 */
public final class ReportDocument {
    /** A part of the report. */
    public sealed interface Block permits Heading, Paragraph, Table, Figure { }

    /** A section heading. */
    public record Heading(String text) implements Block { }

    /** A paragraph of plain text. */
    public record Paragraph(String text) implements Block { }

    /**
     * A table of text cells.
     *
     * @param name short name, used for the CSV file of the table
     * @param caption one line above the table
     * @param headers column headers (with units)
     * @param rows rows, each as long as {@code headers}
     */
    public record Table(String name, String caption, List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            for (List<String> r : rows) {
                if (r.size() != headers.size()) {
                    throw new IllegalArgumentException("table " + name + ": row " + r + " has " + r.size()
                            + " cells for " + headers.size() + " headers");
                }
            }
        }
    }

    /**
     * A figure.
     *
     * @param name file name stem for the Markdown version's PNG
     * @param caption text under the figure
     * @param png the image, PNG-encoded
     */
    public record Figure(String name, String caption, byte[] png) implements Block { }

    private final String title;
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final List<Block> blocks = new ArrayList<>();

    public ReportDocument(String title) {
        this.title = title;
    }

    public String title() { return title; }

    /** Adds a fact shown at the top (e.g. "Gmsh version"). */
    public ReportDocument fact(String name, String value) {
        facts.put(name, value);
        return this;
    }

    /** Appends a block. */
    public ReportDocument add(Block b) {
        blocks.add(b);
        return this;
    }

    public Map<String, String> facts() { return Collections.unmodifiableMap(facts); }

    public List<Block> blocks() { return Collections.unmodifiableList(blocks); }

    /** The tables in order. */
    public List<Table> tables() {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }
}
