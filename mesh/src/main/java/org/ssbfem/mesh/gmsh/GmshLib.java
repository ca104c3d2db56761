package org.ssbfem.mesh.gmsh;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.DoubleByReference;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * JNA mapping of the part of Gmsh's C API ({@code gmshc.h}) that ssbfem uses. Package-private: only
 * {@link NativeGmsh} calls it, and only under the global session lock.
 *
 * <p>{@code size_t} is mapped to {@code long} ({@link GmshLoader} refuses a platform where
 * {@code size_t} is not 8 bytes). Every array returned through a {@code **} argument is allocated by
 * Gmsh and must be released with {@link #gmshFree}. Overloads with the same name map to the same C
 * symbol; {@link GmshAbi} says which one the loaded library exports.
 */
interface GmshLib extends Library {
    void gmshFree(Pointer p);

    /** Gmsh up to 4.8. */
    void gmshInitialize(int argc, Pointer argv, int readConfigFiles, IntByReference ierr);

    /** Gmsh 4.9 and later (argument {@code run}). */
    void gmshInitialize(int argc, Pointer argv, int readConfigFiles, int run, IntByReference ierr);

    void gmshFinalize(IntByReference ierr);

    void gmshClear(IntByReference ierr);

    void gmshOptionSetNumber(String name, double value, IntByReference ierr);

    void gmshOptionGetNumber(String name, DoubleByReference value, IntByReference ierr);

    void gmshOptionSetString(String name, String value, IntByReference ierr);

    void gmshOptionGetString(String name, PointerByReference value, IntByReference ierr);

    void gmshLoggerGetLastError(PointerByReference error, IntByReference ierr);

    void gmshWrite(String fileName, IntByReference ierr);

    void gmshModelAdd(String name, IntByReference ierr);

    void gmshModelGetEntities(PointerByReference dimTags, LongByReference dimTagsN, int dim,
                              IntByReference ierr);

    void gmshModelGetBoundary(int[] dimTags, long dimTagsN, PointerByReference outDimTags,
                              LongByReference outDimTagsN, int combined, int oriented, int recursive,
                              IntByReference ierr);

    void gmshModelGetBoundingBox(int dim, int tag, DoubleByReference xmin, DoubleByReference ymin,
                                 DoubleByReference zmin, DoubleByReference xmax, DoubleByReference ymax,
                                 DoubleByReference zmax, IntByReference ierr);

    /** Gmsh up to 4.9. */
    int gmshModelAddPhysicalGroup(int dim, int[] tags, long tagsN, int tag, IntByReference ierr);

    /** Gmsh 4.10 and later (argument {@code name}). */
    int gmshModelAddPhysicalGroup(int dim, int[] tags, long tagsN, int tag, String name,
                                  IntByReference ierr);

    void gmshModelSetPhysicalName(int dim, int tag, String name, IntByReference ierr);

    void gmshModelGetPhysicalGroups(PointerByReference dimTags, LongByReference dimTagsN, int dim,
                                    IntByReference ierr);

    void gmshModelGetPhysicalName(int dim, int tag, PointerByReference name, IntByReference ierr);

    void gmshModelGetEntitiesForPhysicalGroup(int dim, int tag, PointerByReference tags,
                                              LongByReference tagsN, IntByReference ierr);

    int gmshModelOccAddBox(double x, double y, double z, double dx, double dy, double dz, int tag,
                           IntByReference ierr);

    int gmshModelOccAddSphere(double xc, double yc, double zc, double radius, int tag, double angle1,
                              double angle2, double angle3, IntByReference ierr);

    int gmshModelOccAddCylinder(double x, double y, double z, double dx, double dy, double dz,
                                double r, int tag, double angle, IntByReference ierr);

    int gmshModelOccAddRectangle(double x, double y, double z, double dx, double dy, int tag,
                                 double roundedRadius, IntByReference ierr);

    /** Gmsh up to 4.9. */
    int gmshModelOccAddDisk(double xc, double yc, double zc, double rx, double ry, int tag,
                            IntByReference ierr);

    /** Gmsh 4.10 and later (optional axes; pass null and 0 for the defaults). */
    int gmshModelOccAddDisk(double xc, double yc, double zc, double rx, double ry, int tag,
                            double[] zAxis, long zAxisN, double[] xAxis, long xAxisN,
                            IntByReference ierr);

    void gmshModelOccFragment(int[] objectDimTags, long objectN, int[] toolDimTags, long toolN,
                              PointerByReference outDimTags, LongByReference outN,
                              PointerByReference outMap, PointerByReference outMapN,
                              LongByReference outMapNn, int tag, int removeObject, int removeTool,
                              IntByReference ierr);

    void gmshModelOccIntersect(int[] objectDimTags, long objectN, int[] toolDimTags, long toolN,
                               PointerByReference outDimTags, LongByReference outN,
                               PointerByReference outMap, PointerByReference outMapN,
                               LongByReference outMapNn, int tag, int removeObject, int removeTool,
                               IntByReference ierr);

    void gmshModelOccCut(int[] objectDimTags, long objectN, int[] toolDimTags, long toolN,
                         PointerByReference outDimTags, LongByReference outN,
                         PointerByReference outMap, PointerByReference outMapN,
                         LongByReference outMapNn, int tag, int removeObject, int removeTool,
                         IntByReference ierr);

    void gmshModelOccRemove(int[] dimTags, long dimTagsN, int recursive, IntByReference ierr);

    void gmshModelOccSynchronize(IntByReference ierr);

    void gmshModelOccGetMass(int dim, int tag, DoubleByReference mass, IntByReference ierr);

    int gmshModelMeshFieldAdd(String fieldType, int tag, IntByReference ierr);

    void gmshModelMeshFieldSetNumber(int tag, String option, double value, IntByReference ierr);

    void gmshModelMeshFieldSetNumbers(int tag, String option, double[] values, long valuesN,
                                      IntByReference ierr);

    void gmshModelMeshFieldSetAsBackgroundMesh(int tag, IntByReference ierr);

    void gmshModelMeshGenerate(int dim, IntByReference ierr);

    void gmshModelMeshSetOrder(int order, IntByReference ierr);

    void gmshModelMeshOptimize(String method, int force, int niter, int[] dimTags, long dimTagsN,
                               IntByReference ierr);

    void gmshModelMeshGetNodes(PointerByReference nodeTags, LongByReference nodeTagsN,
                               PointerByReference coord, LongByReference coordN,
                               PointerByReference parametricCoord, LongByReference parametricCoordN,
                               int dim, int tag, int includeBoundary, int returnParametricCoord,
                               IntByReference ierr);

    void gmshModelMeshGetElements(PointerByReference elementTypes, LongByReference elementTypesN,
                                  PointerByReference elementTags, PointerByReference elementTagsN,
                                  LongByReference elementTagsNn, PointerByReference nodeTags,
                                  PointerByReference nodeTagsN, LongByReference nodeTagsNn, int dim,
                                  int tag, IntByReference ierr);

    void gmshModelMeshGetElementsByType(int elementType, PointerByReference elementTags,
                                        LongByReference elementTagsN, PointerByReference nodeTags,
                                        LongByReference nodeTagsN, int tag, long task, long numTasks,
                                        IntByReference ierr);
}
