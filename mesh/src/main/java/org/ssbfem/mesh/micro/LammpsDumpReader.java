package org.ssbfem.mesh.micro;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ssbfem.mesh.InputError;

/**
 * Reads spheres from a LIGGGHTS/LAMMPS text dump (custom style):
 * <pre>
 * ITEM: TIMESTEP
 * 1000
 * ITEM: NUMBER OF ATOMS
 * 125
 * ITEM: BOX BOUNDS pp pp ff
 * 0.0 3.0e-5
 * ...
 * ITEM: ATOMS id type x y z radius
 * 1 1 1.2e-5 ...
 * </pre>
 * Columns may come in any order; positions from {@code x y z}, {@code xu yu zu} or scaled
 * {@code xs ys zs}; size from {@code radius} or {@code diameter}; {@code type} is mapped to a phase
 * by the case; {@code id} labels particles (the row number when absent). The last snapshot is read
 * unless a timestep is chosen. Coordinates are shifted so that the dump's box starts at 0 and
 * multiplied by the length unit; on periodic axes ({@code pp}) they are wrapped into the box. The box
 * is the dump's unless the case gives one. Triclinic boxes are refused.
 *
 * <p>Every problem raises an {@link InputError} naming the file and line (or the case key
 * {@code microstructure.dump.*} for bad options).
 */
public final class LammpsDumpReader {
    private LammpsDumpReader() { }

    /**
     * What the case says about a dump.
     *
     * @param typePhases phase of each atom type (key {@code microstructure.dump.types})
     * @param lengthUnitM metres per dump length unit (1 for SI, 1e-6 for micrometres), &gt; 0
     * @param timestep snapshot to read, or null for the last
     * @param boxM box lengths {Lx, Ly, Lz} in metres, or null to take the dump's box
     * @param separatorM separator thickness, metres
     */
    public record Options(Map<Integer, Phase> typePhases, double lengthUnitM, Long timestep, double[] boxM,
                          double separatorM) {
        public Options {
            typePhases = Map.copyOf(typePhases);
            boxM = boxM == null ? null : boxM.clone();
            if (typePhases.isEmpty() || typePhases.containsValue(Phase.SE)) {
                throw new InputError("microstructure.dump.types", "the type-to-phase map " + typePhases
                        + " is empty or maps a type to se", "map each atom type to cam, void or cbd");
            }
            if (!(lengthUnitM > 0) || !Double.isFinite(lengthUnitM)) {
                throw new InputError("microstructure.dump.length_unit_m", "length unit " + lengthUnitM
                        + " is not positive", "give metres per dump length unit, e.g. 1 (SI) or 1e-6");
            }
            if (boxM != null && (boxM.length != 3 || !(boxM[0] > 0 && boxM[1] > 0 && boxM[2] > 0))) {
                throw new InputError("microstructure.box_um", "the box needs three positive lengths",
                        "give [Lx, Ly, Lz] in um, or leave it out to use the dump's box");
            }
        }

        /** Defaults: last snapshot, box from the dump, no separator. */
        public static Options of(Map<Integer, Phase> typePhases, double lengthUnitM) {
            return new Options(typePhases, lengthUnitM, null, null, 0);
        }
    }

    /**
     * @throws InputError naming file and line for any problem in the dump
     */
    public static ImportedParticles read(Path file, Options options) {
        List<String> lines = DemCsvReader.readLines(file);
        List<DumpSnapshot> snapshots = DumpSnapshot.scan(lines, file.toString());
        if (snapshots.isEmpty()) {
            throw new InputError(file.toString(), "no 'ITEM: TIMESTEP' found: the file is empty or not a dump",
                    "give a LAMMPS/LIGGGHTS text dump (dump custom ... id type x y z radius)");
        }
        DumpSnapshot snap = choose(snapshots, options.timestep(), file);
        return build(lines, snap, options, file);
    }

    private static DumpSnapshot choose(List<DumpSnapshot> snapshots, Long timestep, Path file) {
        if (timestep == null) {
            return snapshots.get(snapshots.size() - 1);
        }
        List<Long> steps = new ArrayList<>();
        for (DumpSnapshot s : snapshots) {
            if (s.timestep() == timestep) {
                return s;
            }
            steps.add(s.timestep());
        }
        throw new InputError("microstructure.dump.timestep", "timestep " + timestep + " is not in " + file
                + "; it has " + (steps.size() > 10 ? steps.subList(0, 10) + " ..." : steps),
                "choose one of the timesteps listed, or leave it out for the last");
    }

    private static ImportedParticles build(List<String> lines, DumpSnapshot snap, Options o, Path file) {
        double unit = o.lengthUnitM();
        double[] len = new double[3];
        for (int d = 0; d < 3; d++) {
            len[d] = o.boxM() != null ? o.boxM()[d] : (snap.hi()[d] - snap.lo()[d]) * unit;
        }
        if (!(o.separatorM() >= 0 && o.separatorM() < len[0])) {
            throw new InputError("microstructure.separator_um", "separator thickness " + o.separatorM() * 1e6
                    + " um must lie in [0, Lx)", "give a separator thinner than the box");
        }
        DumpSnapshot.Columns c = snap.columns(file.toString());
        List<Particle> particles = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        String name = file.getFileName().toString();
        for (int k = 0; k < snap.atoms(); k++) {
            int lineNo = snap.firstAtomLine() + k;
            String where = file + ":" + (lineNo + 1);
            String[] f = lines.get(lineNo).trim().split("\\s+");
            if (f.length != c.width()) {
                throw new InputError(where, "the atom line has " + f.length + " values, the ATOMS header "
                        + c.width(), "check that the dump is complete and not truncated");
            }
            Phase phase = phaseOf(f[c.type()], o, where);
            double[] pos = new double[3];
            for (int d = 0; d < 3; d++) {
                double v = number(f[c.position()[d]], where);
                double raw = c.scaled() ? v * (snap.hi()[d] - snap.lo()[d]) : v - snap.lo()[d];
                pos[d] = raw * unit;
                if (snap.periodic()[d]) {
                    pos[d] -= len[d] * Math.floor(pos[d] / len[d]);
                }
            }
            double size = number(f[c.size()], where) * unit * (c.diameter() ? 0.5 : 1);
            if (!(size > 0)) {
                throw new InputError(where, "radius " + size * 1e6 + " um is not positive", "give every atom a size > 0");
            }
            Particle p = new Particle(pos[0], pos[1], pos[2], size, phase);
            DemCsvReader.checkInBox(p, where, len[0], len[1], len[2], o.separatorM());
            particles.add(p);
            labels.add(name + " atom " + (c.id() >= 0 ? f[c.id()] : String.valueOf(k + 1)));
        }
        return new ImportedParticles(new Microstructure(len[0], len[1], len[2], o.separatorM(), particles), labels);
    }

    private static Phase phaseOf(String typeText, Options o, String where) {
        int type;
        try {
            type = (int) Math.round(Double.parseDouble(typeText));
        } catch (NumberFormatException e) {
            throw new InputError(where, "atom type '" + typeText + "' is not a number", "check the ATOMS columns", e);
        }
        Phase p = o.typePhases().get(type);
        if (p == null) {
            throw new InputError(where, "atom type " + type + " has no phase; microstructure.dump.types maps "
                    + o.typePhases().keySet(), "add type " + type + " to microstructure.dump.types (cam, void or cbd)");
        }
        return p;
    }

    static double number(String s, String where) {
        try {
            double d = Double.parseDouble(s);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputError(where, String.format(Locale.ROOT, "'%s' is not a number", s), "check the dump file");
    }
}
