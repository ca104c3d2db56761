package org.ssbfem.solver.study.discharge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.FacetGroup;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.study.RunContext;

/**
 * What identifies the problem a checkpoint belongs to: a SHA-256 per top-level section of the
 * resolved case (defaults filled in; keys sorted; files named by a {@code file:} key hashed by
 * content into their section), and the mesh (node, cell and unknown counts, a hash of the cells,
 * regions and facet groups, a weighted sum of the coordinates).
 *
 * <p>{@code title:} and {@code output:} only name and shape the files and are left out. The
 * numerical settings {@link #SETTINGS} ({@code time:}, {@code solver:}) are kept but may differ on
 * resume (with a warning): a saved state stays a valid state of the same problem under other step
 * limits or another linear solver, so a run that failed can be continued with, e.g., a smaller
 * {@code min_step_s}. Every other section must match.
 *
 * @param sections hex SHA-256 per top-level case key (sorted by key)
 * @param nodes mesh nodes (0 until the mesh is known)
 * @param cells mesh cells
 * @param unknowns reduced unknowns of the model
 * @param topologyHash 64-bit hash of cell type, cells, cell regions, region names and facet groups
 * @param coordinateSum {@code sum_i |x_i| (1 + i mod 7)} over the coordinate array, m (a generated
 *     mesh read back from {@code mesh.msh} matches to rounding, not bit for bit)
 */
record Fingerprint(SortedMap<String, String> sections, int nodes, int cells, int unknowns, long topologyHash,
                   double coordinateSum) {
    private static final Logger LOG = LoggerFactory.getLogger(Fingerprint.class);
    /** Case sections that do not change the problem and may differ on resume. */
    static final Set<String> SETTINGS = Set.of("time", "solver");
    /** Case keys left out of the fingerprint: they only name and shape the output. */
    static final Set<String> OUTPUT_ONLY = Set.of("title", "output");
    /** Relative tolerance of the coordinate sum. */
    static final double COORDINATE_TOLERANCE = 1e-9;

    Fingerprint {
        sections = new TreeMap<>(sections);
    }

    /** The case part, from the case as read so far (call once every key has been read). */
    @SuppressWarnings("unchecked")
    static Fingerprint ofCase(RunContext ctx) {
        Map<String, Object> plain = (Map<String, Object>) ctx.root().toPlain();
        SortedMap<String, String> sections = new TreeMap<>();
        ObjectMapper json = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        for (Map.Entry<String, Object> e : plain.entrySet()) {
            if (!OUTPUT_ONLY.contains(e.getKey())) {
                sections.put(e.getKey(), sectionHash(ctx, json, e.getValue()));
            }
        }
        return new Fingerprint(sections, 0, 0, 0, 0L, 0.0);
    }

    /** This case part with the mesh and the model's unknowns. */
    Fingerprint withMesh(Mesh mesh, int modelUnknowns) {
        return new Fingerprint(sections, mesh.nodeCount(), mesh.cellCount(), modelUnknowns, topologyHash(mesh),
                coordinateSum(mesh.coords()));
    }

    /**
     * Refuses a checkpoint of another problem ({@code saved}, read from {@code file}); warns when
     * only the numerical settings differ.
     *
     * @throws InputError naming the file, the sections that differ and the fix
     */
    void checkCase(Fingerprint saved, Path file) {
        List<String> differ = new ArrayList<>();
        List<String> settings = new ArrayList<>();
        Set<String> keys = new TreeSet<>(sections.keySet());
        keys.addAll(saved.sections.keySet());
        for (String k : keys) {
            if (!Objects.equals(sections.get(k), saved.sections.get(k))) {
                (SETTINGS.contains(k) ? settings : differ).add(k);
            }
        }
        if (!differ.isEmpty()) {
            throw new InputError(file.toString(), "was written for a different case (it differs in " + String.join(", ",
                    differ) + ")", "run without --resume to start again, or choose another --out");
        }
        if (!settings.isEmpty()) {
            LOG.warn("resuming with other {} settings than the interrupted run: the continuation is valid but differs"
                    + " from an uninterrupted run", String.join(" and ", settings));
        }
    }

    /**
     * Refuses a checkpoint whose mesh or model size differs from this one's.
     *
     * @throws InputError naming the file and what differs
     */
    void checkMesh(Fingerprint saved, Path file) {
        String fix = "run without --resume to start again (the mesh of the interrupted run is "
                + "needed to continue it: keep mesh.msh and the mesh file of the case)";
        if (nodes != saved.nodes || cells != saved.cells || unknowns != saved.unknowns) {
            throw new InputError(file.toString(), String.format(Locale.ROOT, "was written for a mesh of %d"
                    + " nodes and %d cells with %d unknowns; the case now gives %d nodes, %d cells, %d unknowns",
                    saved.nodes, saved.cells, saved.unknowns, nodes, cells, unknowns), fix);
        }
        if (topologyHash != saved.topologyHash
                || !(Math.abs(coordinateSum - saved.coordinateSum) <= COORDINATE_TOLERANCE * coordinateSum)) {
            throw new InputError(file.toString(), "was written for another mesh of the same size (cells, regions or node"
                    + " positions differ)", fix);
        }
    }

    private static String sectionHash(RunContext ctx, ObjectMapper json, Object value) {
        MessageDigest d = sha256();
        try {
            d.update(json.writeValueAsBytes(value));
            List<String> files = new ArrayList<>();
            collectFiles(value, files);
            for (String name : files) {
                hashPath(d, ctx.caseFile(name));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("case section not serializable", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a file of the case for the checkpoint fingerprint", e);
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /** Values of every {@code file:} key below {@code value}, in order. */
    private static void collectFiles(Object value, List<String> out) {
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if ("file".equals(k) && v instanceof String s) {
                    out.add(s);
                } else {
                    collectFiles(v, out);
                }
            });
        } else if (value instanceof List<?> l) {
            l.forEach(v -> collectFiles(v, out));
        }
    }

    /** A regular file's bytes, or a folder's regular files (by name) with their bytes; nothing if missing. */
    private static void hashPath(MessageDigest d, Path p) throws IOException {
        if (Files.isRegularFile(p)) {
            try (InputStream in = new DigestInputStream(Files.newInputStream(p), d)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        } else if (Files.isDirectory(p)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(p)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                d.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                hashPath(d, f);
            }
        }
    }

    private static long topologyHash(Mesh mesh) {
        long h = 1125899906842597L;
        h = mix(h, mesh.cellType().name().hashCode());
        for (int v : mesh.cells()) {
            h = mix(h, v);
        }
        for (int v : mesh.cellRegions()) {
            h = mix(h, v);
        }
        h = mix(h, mesh.regionNames().hashCode());
        for (FacetGroup g : new TreeMap<>(mesh.facetGroups()).values()) {
            h = mix(h, g.name().hashCode());
            h = mix(h, g.type().name().hashCode());
            for (int v : g.nodes()) {
                h = mix(h, v);
            }
        }
        return h;
    }

    private static long mix(long h, int v) {
        return 31 * h + v;
    }

    private static double coordinateSum(double[] xyz) {
        double s = 0;
        for (int i = 0; i < xyz.length; i++) {
            s += Math.abs(xyz[i]) * (1 + i % 7);
        }
        return s;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
