package org.ssbfem.solver.study.refinement;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ssbfem.mesh.InputError;
import org.ssbfem.solver.casefile.CaseNode;
import org.ssbfem.solver.casefile.CaseReader;

/**
 * Case files as plain YAML trees (maps, lists, scalars) for writing the derived case of each
 * refinement level: reading, deep merging, setting dotted keys, and making file names absolute.
 */
final class PlainYaml {
    private PlainYaml() {
    }

    /** The plain view of a case node; every key below it counts as read (no unknown-key error). */
    static Map<String, Object> of(CaseNode n) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String key : List.copyOf(n.keys())) {
            m.put(key, value(n.get(key)));
        }
        return m;
    }

    private static Object value(CaseNode n) {
        if (n.isMap()) {
            return of(n);
        }
        if (n.isList()) {
            List<Object> l = new ArrayList<>();
            n.items().forEach(i -> l.add(value(i)));
            return l;
        }
        return n.toPlain();
    }

    /**
     * Reads a case file as a plain map; it is checked by {@link CaseReader} first so that YAML
     * mistakes are reported with their line.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path file) {
        CaseReader.read(file);
        try {
            return new YAMLMapper().readValue(file.toFile(), LinkedHashMap.class);
        } catch (IOException e) {
            throw new InputError(file.toString(), "cannot read the base case: " + e.getMessage(), "check the file");
        }
    }

    /** Merges {@code extra} into {@code target} (mappings recursively, other values replaced). */
    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> target, Map<String, Object> extra) {
        extra.forEach((k, v) -> {
            Object old = target.get(k);
            if (old instanceof Map<?, ?> om && v instanceof Map<?, ?> vm) {
                merge((Map<String, Object>) om, (Map<String, Object>) vm);
            } else {
                target.put(k, v instanceof Map<?, ?> vm ? deepCopy((Map<String, Object>) vm) : v);
            }
        });
    }

    /** Sets {@code a.b.c = value}, creating mappings on the way. */
    @SuppressWarnings("unchecked")
    static void set(Map<String, Object> root, String dotted, Object value) {
        String[] parts = dotted.split("\\.");
        Map<String, Object> m = root;
        for (int i = 0; i < parts.length - 1; i++) {
            Object next = m.get(parts[i]);
            if (!(next instanceof Map)) {
                next = new LinkedHashMap<String, Object>();
                m.put(parts[i], next);
            }
            m = (Map<String, Object>) next;
        }
        m.put(parts[parts.length - 1], value);
    }

    /** The value at {@code a.b.c}, or null. */
    static Object get(Map<String, Object> root, String dotted) {
        Object o = root;
        for (String p : dotted.split("\\.")) {
            if (!(o instanceof Map<?, ?> m)) {
                return null;
            }
            o = m.get(p);
        }
        return o;
    }

    /** A deep copy of a plain tree. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> deepCopy(Map<String, Object> m) {
        Map<String, Object> c = new LinkedHashMap<>();
        m.forEach((k, v) -> c.put(k, v instanceof Map<?, ?> vm ? deepCopy((Map<String, Object>) vm)
                : v instanceof List<?> l ? new ArrayList<>(l) : v));
        return c;
    }

    /**
     * Replaces every text value naming an existing file relative to {@code dir} by its absolute
     * path, so that the derived case runs from another folder (particle files, OCV tables).
     */
    @SuppressWarnings("unchecked")
    static void absolutizeFiles(Map<String, Object> m, Path dir) {
        for (Map.Entry<String, Object> e : m.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Map<?, ?> sub) {
                absolutizeFiles((Map<String, Object>) sub, dir);
            } else if (v instanceof String s && isRelativeFile(s, dir)) {
                e.setValue(dir.resolve(s).toAbsolutePath().normalize().toString());
            }
        }
    }

    private static boolean isRelativeFile(String s, Path dir) {
        try {
            return !s.isBlank() && !Path.of(s).isAbsolute() && Files.isRegularFile(dir.resolve(s));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** Writes a plain tree as YAML. */
    static void write(Map<String, Object> m, Path file) throws IOException {
        new YAMLMapper().writeValue(file.toFile(), m);
    }
}
