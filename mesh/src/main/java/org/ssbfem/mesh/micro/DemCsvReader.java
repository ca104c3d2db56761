package org.ssbfem.mesh.micro;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ssbfem.mesh.InputError;

/**
 * Reads a particle list from CSV, e.g. from a DEM simulation:
 * <pre>
 * x_um,y_um,z_um,r_um,phase
 * 12.5,3.0,7.25,3.9,cam
 * </pre>
 * The numeric columns carry their unit as a suffix, {@code _m} or {@code _um}, the same for all four
 * ({@code radius} is accepted for {@code r}); {@code phase} is one of {@code cam}, {@code void},
 * {@code cbd} (SE fills the rest). Columns may come in any order; other columns are ignored; blank
 * lines and lines starting with {@code #} are skipped. The box comes from the case.
 *
 * <p>Every problem raises an {@link InputError} naming the file and line: empty file, header
 * without units or with mixed units, missing columns, ragged rows, non-numeric values, unknown
 * phase, radius not positive, centre outside the box, CAM reaching into the separator.
 */
public final class DemCsvReader {
    private static final Pattern NUMERIC = Pattern.compile("(x|y|z|r|radius)(?:_(.*))?");
    private static final String[] AXES = {"x", "y", "z", "r"};

    private DemCsvReader() { }

    /**
     * @param file CSV file
     * @param lxM box length in x, metres
     * @param lyM box length in y, metres
     * @param lzM box length in z, metres
     * @param separatorM separator thickness, metres (CAM may not reach below it; 0 for none)
     * @throws InputError for any problem in the file, naming file and line
     */
    public static ImportedParticles read(Path file, double lxM, double lyM, double lzM, double separatorM) {
        List<String> lines = readLines(file);
        String name = file.getFileName().toString();
        int headerLine = nextContentLine(lines, 0);
        if (headerLine < 0) {
            throw new InputError(file.toString(), "the file is empty",
                    "write a header x_um,y_um,z_um,r_um,phase and one particle per line");
        }
        Header h = Header.parse(lines.get(headerLine), file + ":" + (headerLine + 1));
        List<Particle> particles = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = nextContentLine(lines, headerLine + 1); i >= 0; i = nextContentLine(lines, i + 1)) {
            String where = file + ":" + (i + 1);
            Particle p = h.particle(lines.get(i), where);
            checkInBox(p, where, lxM, lyM, lzM, separatorM);
            particles.add(p);
            labels.add(name + ":" + (i + 1));
        }
        if (particles.isEmpty()) {
            throw new InputError(file + ":" + (headerLine + 1), "the file has a header but no particles",
                    "add one line per particle below the header");
        }
        return new ImportedParticles(new Microstructure(lxM, lyM, lzM, separatorM, particles), labels);
    }

    static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputError(file.toString(), "cannot read the file: " + e.getMessage(),
                    "check the path in the case file", e);
        }
    }

    private static int nextContentLine(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String t = lines.get(i).trim();
            if (!t.isEmpty() && !t.startsWith("#")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Refuses a centre outside the box or CAM reaching into the separator.
     *
     * @throws InputError at {@code where}
     */
    static void checkInBox(Particle p, String where, double lxM, double lyM, double lzM, double separatorM) {
        if (p.xM() < 0 || p.xM() > lxM || p.yM() < 0 || p.yM() > lyM || p.zM() < 0 || p.zM() > lzM) {
            throw new InputError(where, String.format(Locale.ROOT, "particle centre (%.4g, %.4g, %.4g) um lies "
                    + "outside the box [0, %.4g] x [0, %.4g] x [0, %.4g] um", p.xM() * 1e6, p.yM() * 1e6,
                    p.zM() * 1e6, lxM * 1e6, lyM * 1e6, lzM * 1e6),
                    "check the units of the columns and microstructure.box_um");
        }
        if (separatorM > 0 && p.phase() == Phase.CAM && p.xM() - p.radiusM() < separatorM) {
            throw new InputError(where, String.format(Locale.ROOT, "CAM particle reaches x = %.4g um, into the "
                    + "separator (0 < x < %.4g um)", (p.xM() - p.radiusM()) * 1e6, separatorM * 1e6),
                    "move the particle, or make microstructure.separator_um thinner");
        }
    }

    /** Column positions and the length unit found in the header. */
    private record Header(int[] column, int phaseColumn, int width, double unitM) {
        static Header parse(String line, String where) {
            String[] names = line.split(",", -1);
            int[] column = {-1, -1, -1, -1};
            int phase = -1;
            String unit = null;
            for (int c = 0; c < names.length; c++) {
                String n = names[c].trim().toLowerCase(Locale.ROOT);
                Matcher m = NUMERIC.matcher(n);
                if (n.equals("phase")) {
                    phase = c;
                } else if (m.matches()) {
                    int axis = "radius".equals(m.group(1)) ? 3 : List.of(AXES).indexOf(m.group(1));
                    unit = checkUnit(n, m.group(2), unit, where);
                    if (column[axis] >= 0) {
                        throw new InputError(where, "column " + AXES[axis] + " appears twice", "keep one");
                    }
                    column[axis] = c;
                }
            }
            for (int a = 0; a < 4; a++) {
                if (column[a] < 0) {
                    throw new InputError(where, "no column " + AXES[a] + "_um (or " + AXES[a] + "_m); the header is '"
                            + line.trim() + "'", "use the header x_um,y_um,z_um,r_um,phase");
                }
            }
            if (phase < 0) {
                throw new InputError(where, "no column 'phase'", "add a phase column with cam, void or cbd");
            }
            return new Header(column, phase, names.length, "um".equals(unit) ? 1e-6 : 1.0);
        }

        private static String checkUnit(String name, String unit, String previous, String where) {
            if (unit == null) {
                throw new InputError(where, "column '" + name + "' has no unit",
                        "add _m or _um to the column name, e.g. " + name + "_um");
            }
            if (!unit.equals("m") && !unit.equals("um")) {
                throw new InputError(where, "column '" + name + "' has unit '" + unit + "'",
                        "use _m or _um (metres or micrometres)");
            }
            if (previous != null && !previous.equals(unit)) {
                throw new InputError(where, "columns mix units _" + previous + " and _" + unit,
                        "give x, y, z and r in the same unit");
            }
            return unit;
        }

        Particle particle(String line, String where) {
            String[] f = line.split(",", -1);
            if (f.length != width) {
                throw new InputError(where, "the row has " + f.length + " fields, the header " + width,
                        "give one value per header column");
            }
            double[] v = new double[4];
            for (int a = 0; a < 4; a++) {
                v[a] = number(f[column[a]].trim(), AXES[a], where) * unitM;
            }
            String ph = f[phaseColumn].trim();
            Phase phase = Phase.parse(ph);
            if (phase == null || phase == Phase.SE) {
                throw new InputError(where, "unknown phase '" + ph + "'", "use one of: cam, void, cbd (se fills the rest)");
            }
            if (!(v[3] > 0)) {
                throw new InputError(where, "radius " + f[column[3]].trim() + " is not positive",
                        "give every particle a radius > 0");
            }
            return new Particle(v[0], v[1], v[2], v[3], phase);
        }

        private static double number(String s, String what, String where) {
            try {
                double d = Double.parseDouble(s);
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new InputError(where, "the " + what + " value '" + s + "' is not a number", "write a decimal number");
        }
    }
}
