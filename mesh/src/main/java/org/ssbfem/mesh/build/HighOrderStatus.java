package org.ssbfem.mesh.build;

/** What happened when the mesh was raised to order 2. */
public enum HighOrderStatus {
    /** Order 1: nothing to do. */
    NOT_APPLICABLE,
    /** Order 2 without optimization (curved cells may be inverted; see the report's Jacobian). */
    NOT_OPTIMIZED,
    /** Every curved cell had a positive Jacobian after raising the order: nothing to optimize. */
    VALID_WITHOUT_OPTIMIZATION,
    /** Some curved cells were inverted; they are made straight in Java (see the report's count). */
    STRAIGHTENED,
    /** Gmsh's HighOrder optimizer succeeded. */
    OPTIMIZED,
    /** The HighOrder optimizer failed but left every cell with a positive Jacobian: kept. */
    KEPT_AFTER_FAILURE,
    /** The HighOrder optimizer failed; the elastic-analogy optimizer was used instead. */
    ELASTIC_FALLBACK
}
