package org.ssbfem.mesh.gmsh;

import com.sun.jna.ptr.DoubleByReference;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One open Gmsh session (see {@link Gmsh#session}): options, the model's topology, physical groups
 * and file output, with {@link #occ()}, {@link #mesh()} and {@link #fields()} for the OpenCASCADE
 * kernel, meshing and mesh size fields.
 *
 * <p>Every method throws {@link GmshException} carrying Gmsh's message when Gmsh reports an error,
 * and {@link IllegalStateException} when used after its session ended or from another thread.
 * Lengths are in whatever unit the caller builds the model in.
 */
public final class GmshSession {
    private final NativeGmsh nat;
    private final GmshOcc occ;
    private final GmshMesh mesh;
    private final GmshFields fields;

    GmshSession(NativeGmsh nat) {
        this.nat = nat;
        this.occ = new GmshOcc(nat);
        this.mesh = new GmshMesh(nat);
        this.fields = new GmshFields(nat);
    }

    /** OpenCASCADE geometry kernel ({@code gmsh::model::occ}). */
    public GmshOcc occ() { return occ; }

    /** Meshing and mesh data ({@code gmsh::model::mesh}). */
    public GmshMesh mesh() { return mesh; }

    /** Mesh size fields ({@code gmsh::model::mesh::field}). */
    public GmshFields fields() { return fields; }

    /** The C-API variant of the loaded library. */
    public GmshAbi abi() { return nat.abi; }

    /** Gmsh's version string, e.g. {@code "4.8.4"}. */
    public String version() { return getString("General.Version"); }

    /** Sets a numeric option, e.g. {@code setNumber("Mesh.MeshSizeMax", 2.0)}. */
    public void setNumber(String name, double value) {
        IntByReference ierr = nat.ierr();
        nat.lib.gmshOptionSetNumber(name, value, ierr);
        nat.check("gmshOptionSetNumber(" + name + ")", ierr);
    }

    /** Value of a numeric option. */
    public double getNumber(String name) {
        IntByReference ierr = nat.ierr();
        DoubleByReference v = new DoubleByReference();
        nat.lib.gmshOptionGetNumber(name, v, ierr);
        nat.check("gmshOptionGetNumber(" + name + ")", ierr);
        return v.getValue();
    }

    /** Sets a string option. */
    public void setString(String name, String value) {
        IntByReference ierr = nat.ierr();
        nat.lib.gmshOptionSetString(name, value, ierr);
        nat.check("gmshOptionSetString(" + name + ")", ierr);
    }

    /** Value of a string option. */
    public String getString(String name) {
        IntByReference ierr = nat.ierr();
        PointerByReference v = new PointerByReference();
        nat.lib.gmshOptionGetString(name, v, ierr);
        nat.check("gmshOptionGetString(" + name + ")", ierr);
        return nat.takeString(v);
    }

    /** Gmsh's last error message (empty text replaced by a placeholder). */
    public String lastError() {
        nat.ierr();
        return nat.lastError();
    }

    /** Removes every model and mesh and starts an empty model (options are kept). */
    public void clear() {
        IntByReference ierr = nat.ierr();
        nat.lib.gmshClear(ierr);
        nat.check("gmshClear", ierr);
    }

    /**
     * Entities of the synchronized model.
     *
     * @param dim 0..3, or -1 for all dimensions
     */
    public List<DimTag> getEntities(int dim) {
        IntByReference ierr = nat.ierr();
        PointerByReference out = new PointerByReference();
        LongByReference n = new LongByReference();
        nat.lib.gmshModelGetEntities(out, n, dim, ierr);
        nat.check("gmshModelGetEntities", ierr);
        return DimTag.unflatten(nat.takeInts(out, n));
    }

    /**
     * Boundary entities of {@code dimTags} (one dimension lower).
     *
     * @param combined true for the boundary of the union; false for each entity's own boundary
     * @param oriented true to carry orientation in the sign of the returned tags
     * @param recursive true to descend down to points
     */
    public List<DimTag> getBoundary(List<DimTag> dimTags, boolean combined, boolean oriented,
                                    boolean recursive) {
        IntByReference ierr = nat.ierr();
        int[] in = DimTag.flatten(dimTags);
        PointerByReference out = new PointerByReference();
        LongByReference n = new LongByReference();
        nat.lib.gmshModelGetBoundary(in, in.length, out, n, flag(combined), flag(oriented),
                flag(recursive), ierr);
        nat.check("gmshModelGetBoundary", ierr);
        return DimTag.unflatten(nat.takeInts(out, n));
    }

    /** Bounding box of one entity (dim -1 and tag -1: the whole model). */
    public BoundingBox getBoundingBox(int dim, int tag) {
        IntByReference ierr = nat.ierr();
        DoubleByReference[] v = new DoubleByReference[6];
        for (int i = 0; i < 6; i++) {
            v[i] = new DoubleByReference();
        }
        nat.lib.gmshModelGetBoundingBox(dim, tag, v[0], v[1], v[2], v[3], v[4], v[5], ierr);
        nat.check("gmshModelGetBoundingBox(" + dim + "," + tag + ")", ierr);
        return new BoundingBox(v[0].getValue(), v[1].getValue(), v[2].getValue(), v[3].getValue(),
                v[4].getValue(), v[5].getValue());
    }

    /**
     * Adds a named physical group. Gmsh itself accepts tags of entities that do not exist; this
     * method checks them against the synchronized model first.
     *
     * @param dim dimension of the entities
     * @param tags entity tags, not empty
     * @param name physical name (non-empty)
     * @return the new physical tag
     * @throws GmshException when a tag names no entity of dimension {@code dim} or {@code tags} is empty
     */
    public int addPhysicalGroup(int dim, int[] tags, String name) {
        checkEntitiesExist(dim, tags, name);
        IntByReference ierr = nat.ierr();
        int tag;
        if (nat.abi.physicalGroupHasName()) {
            tag = nat.lib.gmshModelAddPhysicalGroup(dim, tags, tags.length, -1, name, ierr);
            nat.check("gmshModelAddPhysicalGroup(" + name + ")", ierr);
        } else {
            tag = nat.lib.gmshModelAddPhysicalGroup(dim, tags, tags.length, -1, ierr);
            nat.check("gmshModelAddPhysicalGroup(" + name + ")", ierr);
            IntByReference ierr2 = nat.ierr();
            nat.lib.gmshModelSetPhysicalName(dim, tag, name, ierr2);
            nat.check("gmshModelSetPhysicalName(" + name + ")", ierr2);
        }
        return tag;
    }

    /** Physical groups of dimension {@code dim} (-1: all), with their names. */
    public List<PhysicalGroup> getPhysicalGroups(int dim) {
        IntByReference ierr = nat.ierr();
        PointerByReference out = new PointerByReference();
        LongByReference n = new LongByReference();
        nat.lib.gmshModelGetPhysicalGroups(out, n, dim, ierr);
        nat.check("gmshModelGetPhysicalGroups", ierr);
        List<PhysicalGroup> groups = new ArrayList<>();
        for (DimTag dt : DimTag.unflatten(nat.takeInts(out, n))) {
            groups.add(new PhysicalGroup(dt.dim(), dt.tag(), getPhysicalName(dt.dim(), dt.tag())));
        }
        return groups;
    }

    /** Name of a physical group (empty when unnamed). */
    public String getPhysicalName(int dim, int tag) {
        IntByReference ierr = nat.ierr();
        PointerByReference out = new PointerByReference();
        nat.lib.gmshModelGetPhysicalName(dim, tag, out, ierr);
        nat.check("gmshModelGetPhysicalName", ierr);
        return nat.takeString(out);
    }

    /** Entity tags of a physical group. */
    public int[] getEntitiesForPhysicalGroup(int dim, int tag) {
        IntByReference ierr = nat.ierr();
        PointerByReference out = new PointerByReference();
        LongByReference n = new LongByReference();
        nat.lib.gmshModelGetEntitiesForPhysicalGroup(dim, tag, out, n, ierr);
        nat.check("gmshModelGetEntitiesForPhysicalGroup", ierr);
        return nat.takeInts(out, n);
    }

    /**
     * Writes the model or mesh; the format follows the extension ({@code .msh}, {@code .vtk},
     * {@code .brep}, ...).
     */
    public void write(Path file) {
        IntByReference ierr = nat.ierr();
        nat.lib.gmshWrite(file.toString(), ierr);
        nat.check("gmshWrite(" + file + ")", ierr);
    }

    private void checkEntitiesExist(int dim, int[] tags, String name) {
        if (tags.length == 0) {
            throw new GmshException("addPhysicalGroup(" + name + ")", "no entities given");
        }
        Set<Integer> existing = new HashSet<>();
        for (DimTag dt : getEntities(dim)) {
            existing.add(dt.tag());
        }
        for (int t : tags) {
            if (!existing.contains(t)) {
                throw new GmshException("addPhysicalGroup(" + name + ")", "no entity of dimension "
                        + dim + " with tag " + t + " in the synchronized model");
            }
        }
    }

    static int flag(boolean b) { return b ? 1 : 0; }
}
