package org.ssbfem.mesh.build;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ssbfem.mesh.gmsh.BooleanResult;
import org.ssbfem.mesh.gmsh.DimTag;
import org.ssbfem.mesh.gmsh.GmshSession;
import org.ssbfem.mesh.micro.Microstructure;
import org.ssbfem.mesh.micro.Particle;
import org.ssbfem.mesh.micro.Phase;

/**
 * Builds the OpenCASCADE model of a microstructure in micrometres: the box (rectangle in 2D) and
 * the particles (spheres; discs in the plane z = 0 in 2D) fragmented into conformal pieces. Pieces
 * outside the box and pieces of void particles are removed; every other piece gets the phase of
 * the particle(s) it came from, SE when it came from the box only. A piece shared by particles of
 * different phases takes the first of CAM, CBD, VOID.
 */
final class OccModel {
    /** Gmsh model units per metre: the model is built in micrometres. */
    static final double UNITS_PER_M = 1e6;

    private static final List<Phase> PRIORITY = List.of(Phase.CAM, Phase.CBD, Phase.VOID);

    /**
     * The fragmented model.
     *
     * @param dim model dimension (2 or 3)
     * @param phases phase of every kept top-dimensional entity, by entity tag
     * @param notes remarks for the report
     */
    record Built(int dim, Map<Integer, Phase> phases, List<String> notes) { }

    private OccModel() { }

    /** Builds, fragments, removes void and outside pieces, and synchronizes. */
    static Built build(GmshSession s, Microstructure m) {
        int dim = m.is2d() ? 2 : 3;
        List<String> notes = new ArrayList<>();
        int box = addBox(s, m);
        List<Integer> inBox = new ArrayList<>();
        List<DimTag> tools = new ArrayList<>();
        for (int i = 0; i < m.particles().size(); i++) {
            Particle p = m.particles().get(i);
            if (distanceOutsideBox(m, p) < p.radiusM()) {
                inBox.add(i);
                tools.add(new DimTag(dim, addParticle(s, p, dim)));
            }
        }
        int outside = m.particles().size() - inBox.size();
        if (outside > 0) {
            notes.add(outside + " particle(s) lie entirely outside the box and were ignored");
        }
        Map<Integer, Phase> phases = new TreeMap<>();
        if (tools.isEmpty()) {
            s.occ().synchronize();
            phases.put(box, Phase.SE);
            return new Built(dim, phases, notes);
        }
        BooleanResult r = s.occ().fragment(List.of(new DimTag(dim, box)), tools);
        classify(s, m, r, inBox, dim, phases, notes);
        s.occ().synchronize();
        return new Built(dim, phases, notes);
    }

    private static void classify(GmshSession s, Microstructure m, BooleanResult r, List<Integer> inBox,
                                 int dim, Map<Integer, Phase> phases, List<String> notes) {
        Set<Integer> boxPieces = new HashSet<>();
        r.map().get(0).forEach(dt -> boxPieces.add(dt.tag()));
        Map<Integer, EnumSet<Phase>> owners = new HashMap<>();
        for (int k = 0; k < inBox.size(); k++) {
            Phase ph = m.particles().get(inBox.get(k)).phase();
            for (DimTag dt : r.map().get(k + 1)) {
                owners.computeIfAbsent(dt.tag(), t -> EnumSet.noneOf(Phase.class)).add(ph);
            }
        }
        List<DimTag> remove = new ArrayList<>();
        int mixed = 0;
        for (DimTag dt : r.out()) {
            EnumSet<Phase> own = owners.getOrDefault(dt.tag(), EnumSet.noneOf(Phase.class));
            Phase ph = own.isEmpty() ? Phase.SE : PRIORITY.stream().filter(own::contains).findFirst().get();
            mixed += own.size() > 1 ? 1 : 0;
            if (!boxPieces.contains(dt.tag()) || ph == Phase.VOID) {
                remove.add(dt);
            } else {
                phases.put(dt.tag(), ph);
            }
        }
        if (mixed > 0) {
            notes.add(mixed + " piece(s) where particles of different phases overlap were given the"
                    + " phase first in CAM, CBD, VOID");
        }
        if (!remove.isEmpty()) {
            s.occ().remove(remove, true);
        }
    }

    private static int addBox(GmshSession s, Microstructure m) {
        double lx = m.lxM() * UNITS_PER_M;
        double ly = m.lyM() * UNITS_PER_M;
        if (m.is2d()) {
            return s.occ().addRectangle(0, 0, 0, lx, ly);
        }
        return s.occ().addBox(0, 0, 0, lx, ly, m.lzM() * UNITS_PER_M);
    }

    private static int addParticle(GmshSession s, Particle p, int dim) {
        double x = p.xM() * UNITS_PER_M;
        double y = p.yM() * UNITS_PER_M;
        double r = p.radiusM() * UNITS_PER_M;
        if (dim == 2) {
            return s.occ().addDisk(x, y, 0, r, r);
        }
        return s.occ().addSphere(x, y, p.zM() * UNITS_PER_M, r);
    }

    /** Distance from the particle centre to the box, metres (0 when the centre is inside). */
    static double distanceOutsideBox(Microstructure m, Particle p) {
        double dx = Math.max(0, Math.max(-p.xM(), p.xM() - m.lxM()));
        double dy = Math.max(0, Math.max(-p.yM(), p.yM() - m.lyM()));
        double dz = m.is2d() ? 0 : Math.max(0, Math.max(-p.zM(), p.zM() - m.lzM()));
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
