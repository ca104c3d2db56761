package org.ssbfem.mesh.micro;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ssbfem.mesh.InputError;

/**
 * One snapshot of a LAMMPS/LIGGGHTS text dump: where its atom lines are and what its header says.
 *
 * @param timestep the TIMESTEP value
 * @param atoms NUMBER OF ATOMS
 * @param lo lower box bounds (dump units)
 * @param hi upper box bounds (dump units)
 * @param periodic which axes have periodic ("pp") bounds
 * @param columnNames ATOMS column names
 * @param atomsHeaderLine 0-based line of "ITEM: ATOMS"
 * @param firstAtomLine 0-based line of the first atom
 */
record DumpSnapshot(long timestep, int atoms, double[] lo, double[] hi, boolean[] periodic,
                    List<String> columnNames, int atomsHeaderLine, int firstAtomLine) {
    /**
     * Finds every snapshot in the lines of a dump.
     *
     * @throws InputError naming file and line when an ITEM block is malformed or truncated
     */
    static List<DumpSnapshot> scan(List<String> lines, String file) {
        List<DumpSnapshot> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String t = lines.get(i).trim();
            if (t.isEmpty()) {
                i++;
                continue;
            }
            if (!t.startsWith("ITEM: TIMESTEP")) {
                throw new InputError(file + ":" + (i + 1), "expected 'ITEM: TIMESTEP', found '" + shorten(t) + "'",
                        "give a LAMMPS/LIGGGHTS text dump");
            }
            DumpSnapshot s = parse(lines, i, file);
            out.add(s);
            i = s.firstAtomLine() + s.atoms();
        }
        return out;
    }

    private static DumpSnapshot parse(List<String> lines, int start, String file) {
        long step = (long) value(lines, start + 1, file);
        expect(lines, start + 2, "ITEM: NUMBER OF ATOMS", file);
        double n = value(lines, start + 3, file);
        if (n < 0 || n != Math.rint(n)) {
            throw new InputError(file + ":" + (start + 4), "NUMBER OF ATOMS " + n + " is not a count", "check the dump");
        }
        String boxItem = expect(lines, start + 4, "ITEM: BOX BOUNDS", file);
        String[] flags = boxItem.substring("ITEM: BOX BOUNDS".length()).trim().split("\\s+");
        if (boxItem.contains("xy")) {
            throw new InputError(file + ":" + (start + 5), "triclinic boxes are not supported",
                    "dump an orthogonal box");
        }
        double[] lo = new double[3];
        double[] hi = new double[3];
        boolean[] periodic = new boolean[3];
        for (int d = 0; d < 3; d++) {
            int ln = start + 5 + d;
            String[] f = line(lines, ln, file).trim().split("\\s+");
            if (f.length != 2) {
                throw new InputError(file + ":" + (ln + 1), "box bounds need two numbers, found " + f.length
                        + (f.length == 3 ? " (triclinic boxes are not supported)" : ""), "dump an orthogonal box");
            }
            lo[d] = LammpsDumpReader.number(f[0], file + ":" + (ln + 1));
            hi[d] = LammpsDumpReader.number(f[1], file + ":" + (ln + 1));
            if (!(hi[d] > lo[d])) {
                throw new InputError(file + ":" + (ln + 1), "box bounds are not increasing", "check the dump");
            }
            periodic[d] = d < flags.length && flags[d].toLowerCase(Locale.ROOT).equals("pp");
        }
        String atomsItem = expect(lines, start + 8, "ITEM: ATOMS", file);
        List<String> cols = List.of(atomsItem.substring("ITEM: ATOMS".length()).trim().split("\\s+"));
        int first = start + 9;
        if (first + (int) n > lines.size()) {
            throw new InputError(file + ":" + lines.size(), "the snapshot of timestep " + step + " announces " + (int) n
                    + " atoms but the file ends after " + (lines.size() - first), "the dump is truncated: rewrite it");
        }
        return new DumpSnapshot(step, (int) n, lo, hi, periodic, cols, start + 8, first);
    }

    /** Positions of the columns the reader needs. */
    record Columns(int id, int type, int[] position, boolean scaled, int size, boolean diameter, int width) { }

    /**
     * @throws InputError at the ATOMS line when type, position or size columns are missing
     */
    Columns columns(String file) {
        String where = file + ":" + (atomsHeaderLine + 1);
        int type = need(columnNames.indexOf("type"), "type", where);
        int[] pos = new int[3];
        boolean scaled = false;
        String[] axes = {"x", "y", "z"};
        for (int d = 0; d < 3; d++) {
            int c = columnNames.indexOf(axes[d]);
            c = c >= 0 ? c : columnNames.indexOf(axes[d] + "u");
            if (c < 0 && columnNames.indexOf(axes[d] + "s") >= 0) {
                c = columnNames.indexOf(axes[d] + "s");
                scaled = true;
            }
            pos[d] = need(c, axes[d] + " (or " + axes[d] + "u, " + axes[d] + "s)", where);
        }
        int radius = columnNames.indexOf("radius");
        boolean diameter = radius < 0;
        int size = need(diameter ? columnNames.indexOf("diameter") : radius, "radius (or diameter)", where);
        return new Columns(columnNames.indexOf("id"), type, pos, scaled, size, diameter, columnNames.size());
    }

    private int need(int column, String name, String where) {
        if (column < 0) {
            throw new InputError(where, "no column " + name + " in 'ITEM: ATOMS " + String.join(" ", columnNames) + "'",
                    "dump with: dump custom ... id type x y z radius");
        }
        return column;
    }

    private static String expect(List<String> lines, int i, String item, String file) {
        String t = line(lines, i, file).trim();
        if (!t.startsWith(item)) {
            throw new InputError(file + ":" + (i + 1), "expected '" + item + "', found '" + shorten(t) + "'",
                    "check the dump: each snapshot has TIMESTEP, NUMBER OF ATOMS, BOX BOUNDS and ATOMS items");
        }
        return t;
    }

    private static double value(List<String> lines, int i, String file) {
        return LammpsDumpReader.number(line(lines, i, file).trim(), file + ":" + (i + 1));
    }

    private static String line(List<String> lines, int i, String file) {
        if (i >= lines.size()) {
            throw new InputError(file + ":" + lines.size(), "the file ends inside a snapshot header",
                    "the dump is truncated: rewrite it");
        }
        return lines.get(i);
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
