package org.ssbfem.solver.electrochem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ssbfem.mesh.InputError;

/**
 * A two-column table of numbers in a text file (CSV or whitespace separated), e.g. an OCV curve
 * {@code x, U_V}: lines starting with {@code #} are comments (keep the data's source there), blank
 * lines are skipped, and a first line that is not numeric is taken as the header.
 *
 * @param file the file read
 * @param x first column
 * @param y second column
 * @param comments the comment lines, without the leading {@code #}
 */
public record TableFile(Path file, double[] x, double[] y, List<String> comments) {
    /**
     * Reads {@code file}.
     *
     * @throws InputError when the file is missing or unreadable, a row does not hold two numbers,
     *     or there are fewer than 2 rows (naming the file and line)
     */
    public static TableFile read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new InputError(file.toString(), "cannot read the table: " + e.getMessage(),
                    "check the file name (relative names resolve against the case file's folder)", e);
        }
        List<String> comments = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.startsWith("#")) {
                comments.add(line.substring(1).trim());
            } else if (!line.isEmpty()) {
                double[] row = parse(line);
                if (row == null && !rows.isEmpty()) {
                    throw new InputError(file + ":" + (i + 1), "'" + line + "' is not two numbers",
                            "write one 'x, y' pair per line (a header is allowed only before the first row)");
                }
                if (row != null) {
                    rows.add(row);
                }
            }
        }
        if (rows.size() < 2) {
            throw new InputError(file.toString(), "the table has " + rows.size() + " rows", "give at least 2 rows x, y");
        }
        double[] x = new double[rows.size()];
        double[] y = new double[rows.size()];
        for (int k = 0; k < x.length; k++) {
            x[k] = rows.get(k)[0];
            y[k] = rows.get(k)[1];
        }
        return new TableFile(file, x, y, List.copyOf(comments));
    }

    /** Two finite numbers separated by a comma, semicolon or blanks, or null. */
    private static double[] parse(String line) {
        String[] parts = line.split("[,;\\s]+");
        if (parts.length != 2) {
            return null;
        }
        try {
            double a = Double.parseDouble(parts[0]);
            double b = Double.parseDouble(parts[1]);
            return Double.isFinite(a) && Double.isFinite(b) ? new double[] {a, b} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The monotone interpolant of the table.
     *
     * @throws InputError when x is not strictly increasing
     */
    public Pchip interpolant() {
        try {
            return Pchip.of(x, y);
        } catch (IllegalArgumentException e) {
            throw new InputError(file.toString(), e.getMessage(), "sort the rows by increasing x without repeats", e);
        }
    }
}
