package org.ssbfem.mesh.gmsh;

/** Mesh optimizers of {@code gmsh::model::mesh::optimize} (names as Gmsh spells them). */
public enum OptimizeMethod {
    /** Gmsh's own tetrahedron optimizer (the default). */
    GMSH(""),
    /** Netgen's tetrahedron optimizer. */
    NETGEN("Netgen"),
    /** High-order optimizer: untangles curved elements (scaled-Jacobian barrier). */
    HIGH_ORDER("HighOrder"),
    /** High-order elastic analogy: moves interior high-order nodes like an elastic body. */
    HIGH_ORDER_ELASTIC("HighOrderElastic"),
    /** Fast curving of boundary layers. */
    HIGH_ORDER_FAST_CURVING("HighOrderFastCurving"),
    /** Laplace smoothing of 2D meshes ({@code niter} iterations). */
    LAPLACE_2D("Laplace2D"),
    /** Node relocation in 2D. */
    RELOCATE_2D("Relocate2D"),
    /** Node relocation in 3D. */
    RELOCATE_3D("Relocate3D");

    private final String gmshName;

    OptimizeMethod(String gmshName) {
        this.gmshName = gmshName;
    }

    /** The method string Gmsh expects. */
    public String gmshName() { return gmshName; }
}
