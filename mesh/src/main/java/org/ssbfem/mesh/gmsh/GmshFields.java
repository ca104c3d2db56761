package org.ssbfem.mesh.gmsh;

import com.sun.jna.ptr.IntByReference;
import java.util.Arrays;

/**
 * Mesh size fields ({@code gmsh::model::mesh::field}) within one {@link GmshSession}: the generic
 * calls plus typed helpers for the Distance, Threshold and Min fields. Sizes and distances are in
 * model units. Methods throw {@link GmshException} with Gmsh's message (e.g. for an unknown option).
 */
public final class GmshFields {
    private final NativeGmsh nat;

    GmshFields(NativeGmsh nat) {
        this.nat = nat;
    }

    /** Adds a field of Gmsh type {@code type} ("Distance", "Threshold", "Min", "Ball", ...). */
    public int add(String type) {
        IntByReference ierr = nat.ierr();
        int tag = nat.lib.gmshModelMeshFieldAdd(type, -1, ierr);
        nat.check("gmshModelMeshFieldAdd(" + type + ")", ierr);
        return tag;
    }

    /** Sets a numeric option of field {@code tag}. */
    public void setNumber(int tag, String option, double value) {
        IntByReference ierr = nat.ierr();
        nat.lib.gmshModelMeshFieldSetNumber(tag, option, value, ierr);
        nat.check("gmshModelMeshFieldSetNumber(" + tag + "," + option + ")", ierr);
    }

    /** Sets a list option of field {@code tag}. */
    public void setNumbers(int tag, String option, double[] values) {
        IntByReference ierr = nat.ierr();
        nat.lib.gmshModelMeshFieldSetNumbers(tag, option, values, values.length, ierr);
        nat.check("gmshModelMeshFieldSetNumbers(" + tag + "," + option + ")", ierr);
    }

    /** Uses field {@code tag} as the background mesh size. */
    public void setAsBackgroundMesh(int tag) {
        IntByReference ierr = nat.ierr();
        nat.lib.gmshModelMeshFieldSetAsBackgroundMesh(tag, ierr);
        nat.check("gmshModelMeshFieldSetAsBackgroundMesh(" + tag + ")", ierr);
    }

    /**
     * Distance to surfaces and curves, each sampled by a grid of {@code sampling} points per
     * parametric direction (option {@code Sampling}, {@code NumPointsPerCurve} before Gmsh 4.9).
     *
     * @return the field tag
     */
    public int distance(int[] surfaceTags, int[] curveTags, int sampling) {
        int f = add("Distance");
        if (surfaceTags.length > 0) {
            setNumbers(f, "SurfacesList", toDoubles(surfaceTags));
        }
        if (curveTags.length > 0) {
            setNumbers(f, "CurvesList", toDoubles(curveTags));
        }
        setNumber(f, nat.abi.distanceSamplingOption(), sampling);
        return f;
    }

    /**
     * Size {@code sizeMin} where field {@code inField} is below {@code distMin}, {@code sizeMax}
     * above {@code distMax}, linear in between.
     *
     * @return the field tag
     */
    public int threshold(int inField, double sizeMin, double sizeMax, double distMin, double distMax) {
        int f = add("Threshold");
        setNumber(f, "InField", inField);
        setNumber(f, "SizeMin", sizeMin);
        setNumber(f, "SizeMax", sizeMax);
        setNumber(f, "DistMin", distMin);
        setNumber(f, "DistMax", distMax);
        return f;
    }

    /** The minimum of other fields; returns the field tag. */
    public int min(int... fields) {
        int f = add("Min");
        setNumbers(f, "FieldsList", toDoubles(fields));
        return f;
    }

    private static double[] toDoubles(int[] tags) {
        return Arrays.stream(tags).asDoubleStream().toArray();
    }
}
