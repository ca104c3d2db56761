package org.ssbfem.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code summary.json} of a run: named quantities (names as in MODEL.md section 7, e.g.
 * {@code volume_fraction.cam}), each written as {@code {"value": v, "unit": "u"}}, plus free-form
 * information entries (text, counts, nested maps). Keys keep insertion order.
 *
 * <p>{@link #write(Path)} replaces the file atomically, so a run can rewrite its summary as it goes
 * and an interrupted run leaves the last complete version.
 */
public final class Summary {
    private final Map<String, Object> entries = new LinkedHashMap<>();

    /**
     * Sets a quantity with its unit ("1" for dimensionless).
     *
     * @throws IllegalArgumentException for NaN or infinite values: a summary never hides a failure
     *     as a number; record the reason with {@link #info} instead
     */
    public Summary quantity(String name, double value, String unit) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("quantity " + name + " is not finite: " + value);
        }
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("value", value);
        q.put("unit", unit);
        entries.put(name, q);
        return this;
    }

    /** Sets an information entry (text, number, boolean, list or map of those). */
    public Summary info(String name, Object value) {
        entries.put(name, value);
        return this;
    }

    /** The value of a quantity set earlier, or NaN when absent. */
    public double value(String name) {
        Object o = entries.get(name);
        if (o instanceof Map<?, ?> m && m.get("value") instanceof Number n) {
            return n.doubleValue();
        }
        return Double.NaN;
    }

    /** All entries (live view, insertion order). */
    public Map<String, Object> entries() { return entries; }

    /** Writes the summary as pretty JSON, atomically (temp file + move). */
    public void write(Path file) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(tmp.toFile(), entries);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Reads a summary written by {@link #write}, e.g. to rebuild a report without the solver. */
    @SuppressWarnings("unchecked")
    public static Summary read(Path file) {
        try {
            Summary s = new Summary();
            s.entries.putAll(new ObjectMapper().readValue(file.toFile(), LinkedHashMap.class));
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
