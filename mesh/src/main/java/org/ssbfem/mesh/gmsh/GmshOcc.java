package org.ssbfem.mesh.gmsh;

import com.sun.jna.ptr.DoubleByReference;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.util.ArrayList;
import java.util.List;

/**
 * Gmsh's OpenCASCADE kernel ({@code gmsh::model::occ}) within one {@link GmshSession}. Entities
 * created here reach the model (and can be meshed or grouped) after {@link #synchronize()}.
 * Lengths are in the caller's model unit; methods throw {@link GmshException} with Gmsh's message.
 */
public final class GmshOcc {
    private final NativeGmsh nat;

    GmshOcc(NativeGmsh nat) {
        this.nat = nat;
    }

    /** Adds the box {@code [x, x+dx] x [y, y+dy] x [z, z+dz]}; returns its volume tag. */
    public int addBox(double x, double y, double z, double dx, double dy, double dz) {
        IntByReference ierr = nat.ierr();
        int tag = nat.lib.gmshModelOccAddBox(x, y, z, dx, dy, dz, -1, ierr);
        nat.check("gmshModelOccAddBox", ierr);
        return tag;
    }

    /** Adds a full sphere; returns its volume tag. */
    public int addSphere(double xc, double yc, double zc, double radius) {
        IntByReference ierr = nat.ierr();
        int tag = nat.lib.gmshModelOccAddSphere(xc, yc, zc, radius, -1, -Math.PI / 2, Math.PI / 2,
                2 * Math.PI, ierr);
        nat.check("gmshModelOccAddSphere", ierr);
        return tag;
    }

    /** Adds a full cylinder with base centre (x, y, z) and axis (dx, dy, dz); returns its tag. */
    public int addCylinder(double x, double y, double z, double dx, double dy, double dz, double r) {
        IntByReference ierr = nat.ierr();
        int tag = nat.lib.gmshModelOccAddCylinder(x, y, z, dx, dy, dz, r, -1, 2 * Math.PI, ierr);
        nat.check("gmshModelOccAddCylinder", ierr);
        return tag;
    }

    /** Adds the rectangle {@code [x, x+dx] x [y, y+dy]} in the plane z; returns its surface tag. */
    public int addRectangle(double x, double y, double z, double dx, double dy) {
        IntByReference ierr = nat.ierr();
        int tag = nat.lib.gmshModelOccAddRectangle(x, y, z, dx, dy, -1, 0.0, ierr);
        nat.check("gmshModelOccAddRectangle", ierr);
        return tag;
    }

    /** Adds a disc (ellipse with radii rx, ry) parallel to the xy plane; returns its surface tag. */
    public int addDisk(double xc, double yc, double zc, double rx, double ry) {
        IntByReference ierr = nat.ierr();
        int tag;
        if (nat.abi.diskHasAxes()) {
            tag = nat.lib.gmshModelOccAddDisk(xc, yc, zc, rx, ry, -1, null, 0, null, 0, ierr);
        } else {
            tag = nat.lib.gmshModelOccAddDisk(xc, yc, zc, rx, ry, -1, ierr);
        }
        nat.check("gmshModelOccAddDisk", ierr);
        return tag;
    }

    /**
     * General fuse: splits objects and tools along each other so that the result is conformal.
     * Objects and tools are removed and replaced by the pieces.
     */
    public BooleanResult fragment(List<DimTag> objects, List<DimTag> tools) {
        return booleanOp(Op.FRAGMENT, objects, tools);
    }

    /** Intersection of objects and tools (both removed). */
    public BooleanResult intersect(List<DimTag> objects, List<DimTag> tools) {
        return booleanOp(Op.INTERSECT, objects, tools);
    }

    /** Objects minus tools (both removed). */
    public BooleanResult cut(List<DimTag> objects, List<DimTag> tools) {
        return booleanOp(Op.CUT, objects, tools);
    }

    /**
     * Removes entities.
     *
     * @param recursive true to remove their boundaries too, where nothing else uses them
     */
    public void remove(List<DimTag> dimTags, boolean recursive) {
        IntByReference ierr = nat.ierr();
        int[] in = DimTag.flatten(dimTags);
        nat.lib.gmshModelOccRemove(in, in.length, GmshSession.flag(recursive), ierr);
        nat.check("gmshModelOccRemove", ierr);
    }

    /** Copies the OpenCASCADE entities into the Gmsh model. */
    public void synchronize() {
        IntByReference ierr = nat.ierr();
        nat.lib.gmshModelOccSynchronize(ierr);
        nat.check("gmshModelOccSynchronize", ierr);
    }

    /** Length, area or volume of an OpenCASCADE entity, in model units to the power dim. */
    public double getMass(DimTag entity) {
        IntByReference ierr = nat.ierr();
        DoubleByReference mass = new DoubleByReference();
        nat.lib.gmshModelOccGetMass(entity.dim(), entity.tag(), mass, ierr);
        nat.check("gmshModelOccGetMass" + entity, ierr);
        return mass.getValue();
    }

    private enum Op { FRAGMENT, INTERSECT, CUT }

    private BooleanResult booleanOp(Op op, List<DimTag> objects, List<DimTag> tools) {
        IntByReference ierr = nat.ierr();
        int[] obj = DimTag.flatten(objects);
        int[] tool = DimTag.flatten(tools);
        PointerByReference out = new PointerByReference();
        LongByReference outN = new LongByReference();
        PointerByReference map = new PointerByReference();
        PointerByReference mapN = new PointerByReference();
        LongByReference mapNn = new LongByReference();
        String fn;
        switch (op) {
            case FRAGMENT -> {
                fn = "gmshModelOccFragment";
                nat.lib.gmshModelOccFragment(obj, obj.length, tool, tool.length, out, outN, map, mapN,
                        mapNn, -1, 1, 1, ierr);
            }
            case INTERSECT -> {
                fn = "gmshModelOccIntersect";
                nat.lib.gmshModelOccIntersect(obj, obj.length, tool, tool.length, out, outN, map, mapN,
                        mapNn, -1, 1, 1, ierr);
            }
            default -> {
                fn = "gmshModelOccCut";
                nat.lib.gmshModelOccCut(obj, obj.length, tool, tool.length, out, outN, map, mapN, mapNn,
                        -1, 1, 1, ierr);
            }
        }
        nat.check(fn, ierr);
        List<DimTag> outList = DimTag.unflatten(nat.takeInts(out, outN));
        List<List<DimTag>> mapList = new ArrayList<>();
        for (int[] m : nat.takeIntArrays(map, mapN, mapNn)) {
            mapList.add(DimTag.unflatten(m));
        }
        return new BooleanResult(outList, mapList);
    }
}
