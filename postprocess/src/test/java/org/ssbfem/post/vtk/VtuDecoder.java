package org.ssbfem.post.vtk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes the appended raw arrays of a .vtu file written by {@link VtuWriter} (test helper). */
final class VtuDecoder {
    private static final Pattern ARRAY = Pattern.compile(
            "<DataArray type=\"(\\w+)\" Name=\"([^\"]+)\" NumberOfComponents=\"(\\d+)\" format=\"appended\" offset=\"(\\d+)\"/>");
    private static final Pattern PIECE = Pattern.compile("NumberOfPoints=\"(\\d+)\" NumberOfCells=\"(\\d+)\"");

    final String header;
    final int points;
    final int cells;
    private final ByteBuffer data;
    private final Map<String, String[]> arrays = new HashMap<>();

    VtuDecoder(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int start = text.indexOf("<AppendedData encoding=\"raw\">\n_") + "<AppendedData encoding=\"raw\">\n_".length();
        header = text.substring(0, start);
        data = ByteBuffer.wrap(bytes, start, bytes.length - start).slice().order(ByteOrder.LITTLE_ENDIAN);
        Matcher m = ARRAY.matcher(header);
        while (m.find()) {
            arrays.put(m.group(2), new String[] {m.group(1), m.group(3), m.group(4)});
        }
        Matcher p = PIECE.matcher(header);
        if (!p.find()) {
            throw new IllegalStateException("no Piece in " + file);
        }
        points = Integer.parseInt(p.group(1));
        cells = Integer.parseInt(p.group(2));
    }

    /** The byte count stored before array {@code name}. */
    long blockBytes(String name) {
        return data.getLong(offset(name));
    }

    double[] float64(String name) {
        int at = offset(name);
        double[] v = new double[(int) (data.getLong(at) / 8)];
        for (int i = 0; i < v.length; i++) {
            v[i] = data.getDouble(at + 8 + 8 * i);
        }
        return v;
    }

    long[] integers(String name) {
        String type = arrays.get(name)[0];
        int size = type.equals("Int64") ? 8 : type.equals("Int32") ? 4 : 1;
        int at = offset(name);
        long[] v = new long[(int) (data.getLong(at) / size)];
        for (int i = 0; i < v.length; i++) {
            int p = at + 8 + size * i;
            v[i] = size == 8 ? data.getLong(p) : size == 4 ? data.getInt(p) : data.get(p);
        }
        return v;
    }

    int components(String name) {
        return Integer.parseInt(arrays.get(name)[1]);
    }

    private int offset(String name) {
        String[] a = arrays.get(name);
        if (a == null) {
            throw new IllegalArgumentException("no array " + name + " in " + arrays.keySet());
        }
        return Integer.parseInt(a[2]);
    }
}
