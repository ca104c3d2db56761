package org.ssbfem.mesh.gmsh;

import java.util.function.Predicate;

/**
 * The C-API signature differences between the Gmsh versions ssbfem supports (4.8 and later),
 * chosen from the symbols the loaded library exports, because {@code gmshInitialize} itself
 * changed and the version cannot be asked before initialization.
 *
 * <p>Differences, from {@code api/gmshc.h} of the Gmsh releases:
 * <ul>
 *   <li>4.9.0: {@code gmshInitialize} gained {@code int run}; the Distance size field option
 *       {@code NumPointsPerCurve} became {@code Sampling} (the old name stays a deprecated alias).
 *       First symbols of 4.9: {@code gmshModelSetTag}, {@code gmshModelMeshGetMaxNodeTag}.</li>
 *   <li>4.10.0: {@code gmshModelAddPhysicalGroup} gained {@code const char *name};
 *       {@code gmshModelOccAddDisk} gained the optional {@code zAxis} and {@code xAxis} arrays.
 *       First symbols of 4.10: {@code gmshModelMeshGetElementQualities},
 *       {@code gmshModelGeoAddGeometry}.</li>
 * </ul>
 * Calling a function with the wrong argument list is undefined behaviour in C, so these flags must
 * be right before the first call.
 *
 * @param initializeHasRun {@code gmshInitialize(argc, argv, readConfigFiles, run, ierr)} (4.9+)
 * @param physicalGroupHasName {@code gmshModelAddPhysicalGroup(..., tag, name, ierr)} (4.10+)
 * @param diskHasAxes {@code gmshModelOccAddDisk(..., tag, zAxis, n, xAxis, n, ierr)} (4.10+)
 * @param distanceSamplingOption name of the Distance field's sampling option
 */
public record GmshAbi(boolean initializeHasRun, boolean physicalGroupHasName, boolean diskHasAxes,
                      String distanceSamplingOption) {

    /** Symbols that first appear in Gmsh 4.9.0 (either one suffices). */
    static final String[] SINCE_4_9 = {"gmshModelSetTag", "gmshModelMeshGetMaxNodeTag"};

    /** Symbols that first appear in Gmsh 4.10.0 (either one suffices). */
    static final String[] SINCE_4_10 = {"gmshModelMeshGetElementQualities", "gmshModelGeoAddGeometry"};

    /** The ABI of Gmsh 4.8 (Debian 12). */
    public static final GmshAbi V4_8 = new GmshAbi(false, false, false, "NumPointsPerCurve");

    /** The ABI of Gmsh 4.9. */
    public static final GmshAbi V4_9 = new GmshAbi(true, false, false, "Sampling");

    /** The ABI of Gmsh 4.10 and later (4.13 in Debian 13). */
    public static final GmshAbi V4_10 = new GmshAbi(true, true, true, "Sampling");

    /**
     * Chooses the ABI from the exported symbol set.
     *
     * @param exports true when the loaded library exports the named C function
     * @return {@link #V4_10}, {@link #V4_9} or {@link #V4_8}
     */
    public static GmshAbi fromSymbols(Predicate<String> exports) {
        if (anyExported(exports, SINCE_4_10)) {
            return V4_10;
        }
        if (anyExported(exports, SINCE_4_9)) {
            return V4_9;
        }
        return V4_8;
    }

    private static boolean anyExported(Predicate<String> exports, String[] names) {
        for (String n : names) {
            if (exports.test(n)) {
                return true;
            }
        }
        return false;
    }

    /** Short description such as {@code "4.10+"} for logs. */
    public String family() {
        if (physicalGroupHasName) {
            return "4.10+";
        }
        return initializeHasRun ? "4.9" : "4.8";
    }
}
