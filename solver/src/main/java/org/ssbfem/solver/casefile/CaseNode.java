package org.ssbfem.solver.casefile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ssbfem.mesh.InputError;

/**
 * One node of a case file (a YAML mapping, list or scalar) that remembers where it came from
 * (file and line) and which keys of a mapping were read, so that unknown keys and bad values are
 * reported as {@code file:line: key ...} with the fix, and so that defaults can be written back
 * into the resolved case.
 *
 * <p>Typed getters take the key with its unit suffix ({@code radius_um}); a value read with a
 * default that is absent is inserted, so {@link #toPlain()} gives the case with defaults filled in.
 */
public final class CaseNode {
    private final String file;
    private final int line;
    private final String path;
    private final Object scalar;
    private final Map<String, CaseNode> map;
    private final List<CaseNode> list;
    private final Set<String> used = new LinkedHashSet<>();

    private CaseNode(String file, int line, String path, Object scalar, Map<String, CaseNode> map,
                     List<CaseNode> list) {
        this.file = file;
        this.line = line;
        this.path = path;
        this.scalar = scalar;
        this.map = map;
        this.list = list;
    }

    static CaseNode scalar(String file, int line, String path, Object value) {
        return new CaseNode(file, line, path, value, null, null);
    }

    static CaseNode mapping(String file, int line, String path) {
        return new CaseNode(file, line, path, null, new LinkedHashMap<>(), null);
    }

    static CaseNode sequence(String file, int line, String path) {
        return new CaseNode(file, line, path, null, null, new ArrayList<>());
    }

    void put(String key, CaseNode value) {
        if (map.put(key, value) != null) {
            throw error(key, "appears twice", "keep one of the two entries");
        }
    }

    void addItem(CaseNode value) { list.add(value); }

    /** Dotted key path from the case root, e.g. {@code microstructure.cam_radius_um}. */
    public String path() { return path; }

    /** "file:line" of this node. */
    public String where() { return file + ":" + line; }

    public boolean isMap() { return map != null; }

    public boolean isList() { return list != null; }

    /** True when this mapping has the key (does not mark it as used). */
    public boolean has(String key) { return map != null && map.containsKey(key); }

    /** Keys of this mapping in file order (empty for non-mappings). */
    public Set<String> keys() { return map == null ? Set.of() : map.keySet(); }

    /** The child at {@code key}, marked as used; null when absent. */
    public CaseNode get(String key) {
        requireMap();
        used.add(key);
        return map.get(key);
    }

    /** The child mapping at {@code key}; created (empty) when absent so defaults land there. */
    public CaseNode section(String key) {
        CaseNode n = get(key);
        if (n == null) {
            n = mapping(file, line, childPath(key));
            map.put(key, n);
        } else if (!n.isMap()) {
            throw new InputError(n.where() + " (" + n.path + ")", "must be a mapping of keys",
                    "indent the keys of '" + key + "' below it");
        }
        return n;
    }

    /** The child at {@code key}, which must exist. */
    public CaseNode require(String key) {
        CaseNode n = get(key);
        if (n == null) {
            throw new InputError(where() + " (" + childPath(key) + ")", "required key is missing",
                    "add '" + key + ":' to " + (path.isEmpty() ? "the case file" : "'" + path + "'"));
        }
        return n;
    }

    /** List items (empty for non-lists). */
    public List<CaseNode> items() {
        if (list == null) {
            throw new InputError(where() + " (" + path + ")", "must be a list", "write it as [a, b, ...] or '- item' lines");
        }
        return list;
    }

    /** Scalar value as text. */
    public String text() {
        if (scalar == null) {
            throw new InputError(where() + " (" + path + ")", "must be a single value", "write 'key: value'");
        }
        return String.valueOf(scalar);
    }

    /** Scalar value as a finite number. */
    public double number() {
        if (scalar instanceof Number num && Double.isFinite(num.doubleValue())) {
            return num.doubleValue();
        }
        throw new InputError(where() + " (" + path + ")", "'" + scalar + "' is not a number",
                "write a finite number, e.g. 1.5e-3 (units are given by the key's suffix)");
    }

    /** A number at {@code key}, or {@code def} (written back) when absent. */
    public double number(String key, double def) {
        CaseNode n = get(key);
        if (n == null) {
            map.put(key, scalar(file, line, childPath(key), def));
            return def;
        }
        return n.number();
    }

    /** A required number at {@code key}. */
    public double number(String key) { return require(key).number(); }

    /** A positive number at {@code key} (or the positive default). */
    public double positive(String key, double def) {
        double v = number(key, def);
        if (!(v > 0)) {
            throw error(key, "must be positive, got " + v, "give a value > 0");
        }
        return v;
    }

    /** An integer at {@code key}, or {@code def} when absent. */
    public int integer(String key, int def) {
        double v = number(key, def);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw error(key, "must be a whole number, got " + v, "remove the fraction");
        }
        return (int) v;
    }

    /** A boolean at {@code key}, or {@code def} when absent. */
    public boolean bool(String key, boolean def) {
        CaseNode n = get(key);
        if (n == null) {
            map.put(key, scalar(file, line, childPath(key), def));
            return def;
        }
        if (n.scalar instanceof Boolean b) {
            return b;
        }
        throw error(key, "must be true or false, got '" + n.scalar + "'", "write true or false");
    }

    /** A text value at {@code key}, or {@code def} when absent (null default: optional). */
    public String text(String key, String def) {
        CaseNode n = get(key);
        if (n == null) {
            if (def != null) {
                map.put(key, scalar(file, line, childPath(key), def));
            }
            return def;
        }
        return n.text();
    }

    /** A text value at {@code key} that must be one of {@code allowed} (case-insensitive). */
    public String choice(String key, String def, String... allowed) {
        String v = text(key, def);
        if (v == null) {
            return null;
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(v)) {
                return a;
            }
        }
        throw error(key, "unknown value '" + v + "'", "use one of " + String.join(", ", allowed));
    }

    /** A list of numbers at {@code key} of the given length (any length when {@code len} &lt; 0). */
    public double[] numbers(String key, int len) {
        CaseNode n = require(key);
        List<CaseNode> it = n.items();
        if (len >= 0 && it.size() != len) {
            throw error(key, "needs " + len + " numbers, got " + it.size(), "write [" + "a, ".repeat(len - 1) + "a]");
        }
        double[] out = new double[it.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = it.get(i).number();
        }
        return out;
    }

    /** An InputError located at {@code key} of this mapping. */
    public InputError error(String key, String problem, String fix) {
        CaseNode n = map == null ? null : map.get(key);
        String at = (n != null ? n.where() : where()) + " (" + childPath(key) + ")";
        return new InputError(at, problem, fix);
    }

    /**
     * Refuses keys of this mapping (and, recursively, of child mappings that were read) that no
     * getter asked for: almost always a typo or a unit suffix missing.
     */
    public void rejectUnknownKeys() {
        if (map == null) {
            return;
        }
        for (Map.Entry<String, CaseNode> e : map.entrySet()) {
            if (!used.contains(e.getKey())) {
                List<String> valid = new ArrayList<>(used);
                throw new InputError(e.getValue().where() + " (" + childPath(e.getKey()) + ")",
                        "unknown key '" + e.getKey() + "'",
                        valid.isEmpty() ? "remove it" : "valid keys here are " + valid
                                + " (keys with a unit carry it in the name, e.g. radius_um)");
            }
            e.getValue().rejectUnknownKeys();
            if (e.getValue().list != null) {
                for (CaseNode item : e.getValue().list) {
                    item.rejectUnknownKeys();
                }
            }
        }
    }

    /**
     * The node at a dotted key path below this one (e.g. {@code microstructure.cam_radius_um.mean}),
     * or null. Does not mark keys as used.
     */
    public CaseNode find(String dottedPath) {
        CaseNode n = this;
        for (String part : dottedPath.split("\\.")) {
            if (n.map == null || !n.map.containsKey(part)) {
                return null;
            }
            n = n.map.get(part);
        }
        return n;
    }

    /**
     * An error raised by library code that names a case key path as its location (e.g.
     * {@code microstructure.cam_volume_fraction}) gets that key's file and line in front; other
     * errors are returned unchanged.
     */
    public InputError locate(InputError e) {
        String key = e.where();
        int cut = key.indexOf(' ');
        CaseNode n = find(cut < 0 ? key : key.substring(0, cut));
        if (n == null || key.contains(":")) {
            return e;
        }
        return new InputError(n.where() + " (" + key + ")", e.problem(), e.fix(), e);
    }

    /** Plain Java view (LinkedHashMap / List / scalar) for writing the resolved case. */
    public Object toPlain() {
        if (map != null) {
            Map<String, Object> m = new LinkedHashMap<>();
            map.forEach((k, v) -> m.put(k, v.toPlain()));
            return m;
        }
        if (list != null) {
            List<Object> l = new ArrayList<>();
            list.forEach(v -> l.add(v.toPlain()));
            return l;
        }
        return scalar;
    }

    String childPath(String key) { return path.isEmpty() ? key : path + "." + key; }

    private void requireMap() {
        if (map == null) {
            throw new InputError(where() + " (" + path + ")", "must be a mapping of keys", "write 'key: value' lines below it");
        }
    }
}
